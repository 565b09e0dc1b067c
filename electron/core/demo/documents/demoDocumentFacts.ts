import type { Db } from '../../db/openDatabase.ts';

/** What a letter about a person needs, read back from the rows the generator has just written. */
export interface PersonFacts {
  id: string;
  /** "Anna de Jong". */
  fullName: string;
  /** "A. de Jong", as the agency addresses its letters. */
  formalName: string;
  /** "mevrouw" / "heer", for the salutation. */
  title: 'mevrouw' | 'heer';
  /** "Javastraat 41", "1094 HB  AMSTERDAM" (the postal form). */
  addressLines: [string, string];
  city: string;
  iban: string | null;
  email: string | null;
}

export interface CaseFacts {
  id: string;
  openedOn: string;
  clientName: string;
  clientReference: string;
  claimDescription: string;
  agreementReference: string | null;
  principalCents: number;
  interestCents: number;
  costsCents: number;
  /** The arrangement agreed on the case, if any: number of instalments and their amount. */
  arrangement: { agreedOn: string; instalments: number; instalmentCents: number } | null;
}

/**
 * Reads a person's current name, address, first bank account and e-mail. Documents are written after
 * the rows, from the rows, so a letter's amounts and addresses are always those the person's copy shows.
 */
export function personFacts(db: Db, subjectId: string): PersonFacts {
  const name = db
    .prepare(
      "SELECT given_names, initials, particle, surname FROM subject_names WHERE subject_id = ? AND kind = 'legal' ORDER BY id LIMIT 1",
    )
    .get(subjectId) as { given_names: string; initials: string; particle: string | null; surname: string };
  const gender = db.prepare('SELECT gender FROM subjects WHERE id = ?').pluck().get(subjectId) as string;
  const address = db
    .prepare(
      'SELECT street, house_number, house_number_suffix, postcode, city FROM addresses ' +
        'WHERE subject_id = ? AND valid_to IS NULL ORDER BY id DESC LIMIT 1',
    )
    .get(subjectId) as { street: string; house_number: number; house_number_suffix: string | null; postcode: string; city: string };
  const iban = db.prepare('SELECT iban FROM bank_accounts WHERE subject_id = ? ORDER BY id LIMIT 1').pluck().get(subjectId) as
    string | undefined;
  const email = db.prepare('SELECT email FROM email_addresses WHERE subject_id = ? ORDER BY id LIMIT 1').pluck().get(subjectId) as
    string | undefined;
  const family = [name.particle, name.surname].filter(Boolean).join(' ');
  const suffix = address.house_number_suffix ? `${/^\d/.test(address.house_number_suffix) ? '-' : ''}${address.house_number_suffix}` : '';
  return {
    id: subjectId,
    fullName: `${name.given_names} ${family}`,
    formalName: `${name.initials} ${family}`,
    title: gender === 'F' ? 'mevrouw' : 'heer',
    addressLines: [`${address.street} ${address.house_number}${suffix}`, `${address.postcode}  ${address.city.toUpperCase()}`],
    city: address.city,
    iban: iban ?? null,
    email: email ?? null,
  };
}

export function caseFacts(db: Db, caseId: string): CaseFacts {
  const row = db
    .prepare(
      'SELECT c.id, c.opened_on, c.client_reference, o.name AS client_name, cl.description, cl.agreement_reference, ' +
        'cl.principal_cents, cl.interest_cents, cl.costs_cents FROM cases c JOIN organisations o ON o.id = c.client_id ' +
        'JOIN claims cl ON cl.case_id = c.id WHERE c.id = ? ORDER BY cl.id LIMIT 1',
    )
    .get(caseId) as {
    id: string;
    opened_on: string;
    client_reference: string;
    client_name: string;
    description: string;
    agreement_reference: string | null;
    principal_cents: number;
    interest_cents: number;
    costs_cents: number;
  };
  const arrangement = db
    .prepare('SELECT agreed_on, instalments, instalment_cents FROM payment_arrangements WHERE case_id = ? ORDER BY id LIMIT 1')
    .get(caseId) as { agreed_on: string; instalments: number; instalment_cents: number } | undefined;
  return {
    id: row.id,
    openedOn: row.opened_on,
    clientName: row.client_name,
    clientReference: row.client_reference,
    claimDescription: row.description,
    agreementReference: row.agreement_reference,
    principalCents: row.principal_cents,
    interestCents: row.interest_cents,
    costsCents: row.costs_cents,
    arrangement: arrangement
      ? { agreedOn: arrangement.agreed_on, instalments: arrangement.instalments, instalmentCents: arrangement.instalment_cents }
      : null,
  };
}

/** The person's first case as a debtor, the one a demo letter is about. */
export function firstDebtorCase(db: Db, subjectId: string): string {
  return db
    .prepare("SELECT case_id FROM case_parties WHERE subject_id = ? AND role = 'debtor' ORDER BY case_id LIMIT 1")
    .pluck()
    .get(subjectId) as string;
}
