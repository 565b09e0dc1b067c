import type { IsoDate } from '../../../shared/dates/isoDate.ts';
import { addDays, addMonths, daysBetween, endOfYear } from '../../../shared/dates/isoDate.ts';
import type { DemoContext } from './demoContext.ts';
import type { DemoOrganisations } from './organisations.ts';
import type { Person } from './persons.ts';

export type PartyRole = 'debtor' | 'obligor' | 'co-liable' | 'guarantor' | 'representative';

/** The collection-route rule set, given as a function so the generator stays independent of the policy loader. */
export type DecideRoute = (inputs: Record<string, number | boolean>) => { outcome: string; version: string; consequence: string };

export interface CaseSpec {
  parties: { person: Person; role: PartyRole }[];
  openedOn?: IsoDate;
  closed?: boolean;
  /** Monthly payments over the case's life (heavy debtors), instead of a handful. */
  payments?: number;
  communications?: number;
  decision?: boolean;
  legalSteps?: boolean;
  foreignCountry?: 'DE' | 'TR' | 'MA';
}

export interface CaseEnv {
  ctx: DemoContext;
  orgs: DemoOrganisations;
  decide: DecideRoute;
}

const claimKinds = [
  ['Energielevering (jaarafrekening)', 'Leveringsovereenkomst stroom en gas'],
  ['Mobiel abonnement, onbetaalde maandtermijnen', 'Abonnement 24 maanden'],
  ['Zorgverzekering, achterstallige premie', 'Basisverzekering'],
  ['Webwinkelaankoop wasmachine', 'Koop op afstand'],
  ['Huurachterstand', 'Huurovereenkomst woonruimte'],
  ['Lidmaatschap sportschool', 'Lidmaatschapsovereenkomst'],
  ['Leasetermijnen auto', 'Operational lease'],
] as const;

const letterTypes = ['first-reminder', 'second-reminder', 'formal-demand', 'arrangement-confirmation', 'final-notice'] as const;

/** One disclosure record (Art. 15(1)(c)); `cause` ties it to the record that made it (005_disclosureRecords.ts). */
interface Disclosure {
  subjectId: string;
  caseId: string;
  recipientId: string;
  recipientCategory: string;
  on: IsoDate;
  dataCategories: string;
  purpose: string;
  country?: string;
  safeguard?: string | null;
  cause?: { communication: string } | { lookup: string } | { legalStep: string };
}

/**
 * Writes a disclosure. It draws nothing from the random stream, so recording a recipient never changes
 * the rest of the demo database (only the numbering of later disclosures).
 */
function addDisclosure(ctx: DemoContext, d: Disclosure): void {
  const cause = d.cause;
  ctx.sink.add('disclosures', [
    ctx.nextId('DSC'),
    d.subjectId,
    d.caseId,
    d.recipientId,
    d.recipientCategory,
    d.on,
    d.dataCategories,
    d.purpose,
    d.country ?? 'NL',
    d.safeguard ?? null,
    'derived',
    cause && 'communication' in cause ? cause.communication : null,
    cause && 'lookup' in cause ? cause.lookup : null,
    cause && 'legalStep' in cause ? cause.legalStep : null,
  ]);
}

/** Writes one collection case with its parties, claim, payments, letters, and what followed from it. */
export function addCase(env: CaseEnv, spec: CaseSpec): string {
  const { ctx, orgs } = env;
  const { random, sink } = ctx;
  const openedOn = spec.openedOn ?? ctx.daysAgo(8 * 365, 20);
  const id = `INC-${openedOn.slice(0, 4)}-${String(ctx.count('CASE') + 1).padStart(7, '0')}`;
  ctx.nextId('CASE');
  const client = random.pick(orgs.clients);
  const closed = spec.closed ?? (daysBetween(openedOn, ctx.referenceDate) > 400 && random.chance(0.65));
  const closedOn = closed ? ctx.after(openedOn, 90, 900) : null;
  const endOn = closedOn ?? ctx.referenceDate;
  sink.add('cases', [
    id,
    client,
    `${client.slice(-2)}-${random.digits(8)}`,
    openedOn,
    closedOn,
    closed ? 'closed' : 'open',
    spec.foreignCountry ?? 'NL',
    'client',
  ]);

  const [claimText, agreement] = random.pick(claimKinds);
  const principal = random.int(40, 4000) * 100 + random.int(0, 99);
  const dueDate = addDays(openedOn, -random.int(30, 200));
  sink.add('claims', [
    ctx.nextId('CLM'),
    id,
    claimText,
    principal,
    Math.round(principal * 0.04),
    random.int(40, 375) * 100,
    'EUR',
    dueDate,
    `OVK-${random.digits(6)}`,
    addMonths(dueDate, -random.int(3, 30)),
    agreement,
    'client',
  ]);

  for (const { person, role } of spec.parties) {
    sink.add('case_parties', [ctx.nextId('PTY'), id, person.id, role, openedOn, 'client']);
  }
  const debtor = spec.parties[0]!.person;

  const communications = spec.communications ?? random.int(2, 5);
  for (let i = 0; i < communications; i++) {
    const on = ctx.after(openedOn, i * 20, i * 20 + 25);
    if (closedOn && on > closedOn) break;
    const party = random.chance(0.85) ? debtor : random.pick(spec.parties).person;
    if (random.chance(0.75)) {
      const letterId = ctx.nextId('COM');
      sink.add('communications', [
        letterId,
        id,
        party.id,
        on,
        'letter',
        'out',
        letterTypes[i % letterTypes.length]!,
        `Brief verstuurd: ${letterTypes[i % letterTypes.length]}`,
        'derived',
      ]);
      // The printer prints and posts every letter (a processor, Art. 28): it sees the name, the address and the claim.
      addDisclosure(ctx, {
        subjectId: party.id,
        caseId: id,
        recipientId: orgs.printer,
        recipientCategory: 'processor-postal',
        on,
        dataCategories: 'identity,contact,claim',
        purpose: 'collection',
        cause: { communication: letterId },
      });
    } else {
      const channel = random.pick(['phone', 'email', 'portal'] as const);
      sink.add('communications', [
        ctx.nextId('COM'),
        id,
        party.id,
        on,
        channel,
        'in',
        null,
        random.pick([
          'Vraagt om betalingsregeling',
          'Betwist hoogte van de kosten',
          'Meldt betaling',
          'Vraagt om kopie van de overeenkomst',
          'Geeft nieuw telefoonnummer door',
        ]),
        'data-subject',
      ]);
    }
  }

  const payments = spec.payments ?? (random.chance(0.6) ? random.int(1, 4) : 0);
  const instalment = Math.max(1000, Math.round(principal / Math.max(payments, 1)));
  for (let i = 0; i < payments; i++) {
    const paidOn = addMonths(addDays(openedOn, 20), i);
    if (paidOn > endOn) break;
    sink.add('payments', [
      ctx.nextId('PAY'),
      id,
      debtor.id,
      paidOn,
      instalment,
      random.pick(['bank-transfer', 'ideal', 'direct-debit'] as const),
      debtor.iban,
      'data-subject',
    ]);
  }
  let broken = 0;
  if (payments > 2 || random.chance(0.2)) {
    broken = random.chance(0.3) ? 1 : 0;
    const status = broken ? 'broken' : closed ? 'completed' : 'active';
    const agreedOn = ctx.after(openedOn, 10, 60);
    sink.add('payment_arrangements', [
      ctx.nextId('ARR'),
      id,
      debtor.id,
      agreedOn,
      Math.max(payments, 3),
      instalment,
      status,
      status === 'active' ? null : ctx.after(agreedOn, 60, 400),
      'data-subject',
    ]);
  }

  let creditScore = random.int(150, 950);
  if (random.chance(0.35) || spec.decision) {
    const on = ctx.after(openedOn, 3, 30);
    const registrations = creditScore < 400 ? random.int(1, 4) : 0;
    const lookupId = ctx.nextId('LKP');
    sink.add('external_lookups', [
      lookupId,
      debtor.id,
      id,
      orgs.creditBureau,
      'credit-bureau',
      on,
      'solvency-assessment',
      `Score ${creditScore}; ${registrations} betalingsachterstand(en) geregistreerd`,
      JSON.stringify({ score: creditScore, registrations }),
      'credit-bureau',
    ]);
    addDisclosure(ctx, {
      subjectId: debtor.id,
      caseId: id,
      recipientId: orgs.creditBureau,
      recipientCategory: 'credit-bureau',
      on,
      dataCategories: 'identity,contact',
      purpose: 'solvency-assessment',
      cause: { lookup: lookupId },
    });
  } else {
    creditScore = 600;
  }
  if (random.chance(0.15)) {
    const on = ctx.after(openedOn, 5, 60);
    const lookupId = ctx.nextId('LKP');
    sink.add('external_lookups', [
      lookupId,
      debtor.id,
      id,
      orgs.addressService,
      'address-update',
      on,
      'address-update',
      'Adres bevestigd',
      JSON.stringify({ confirmed: true }),
      'address-service',
    ]);
    // To check an address the service is given the name and the address on file.
    addDisclosure(ctx, {
      subjectId: debtor.id,
      caseId: id,
      recipientId: orgs.addressService,
      recipientCategory: 'address-service',
      on,
      dataCategories: 'identity,contact',
      purpose: 'address-update',
      cause: { lookup: lookupId },
    });
  }

  const hasAttachment = spec.legalSteps === true && random.chance(0.2);
  if (spec.decision ?? random.chance(0.3)) {
    const decidedOn = ctx.after(openedOn, 30, 45);
    const inputs = {
      open_balance_cents: principal,
      days_past_due: daysBetween(dueDate, decidedOn),
      broken_arrangements: broken,
      credit_score: creditScore,
      has_attachment: hasAttachment,
    };
    const decision = env.decide(inputs);
    sink.add('automated_decisions', [
      ctx.nextId('ADM'),
      debtor.id,
      id,
      decidedOn,
      'collection-route',
      decision.version,
      JSON.stringify(inputs),
      decision.outcome,
      decision.consequence,
      'derived',
    ]);
  }

  if (spec.legalSteps ?? random.chance(0.12)) {
    const court = random.pick(orgs.courts);
    const bailiff = random.pick(orgs.bailiffs);
    const orderOn = ctx.after(openedOn, 60, 120);
    const orderId = ctx.nextId('LGL');
    sink.add('legal_steps', [
      orderId,
      id,
      debtor.id,
      'payment-order',
      orderOn,
      ctx.after(orderOn, 30, 60),
      court,
      `C/${random.digits(2)}/${random.digits(6)}`,
      'Vonnis bij verstek toegewezen',
      'derived',
    ]);
    // The court receives the claim with the summons; the bailiff serves it.
    addDisclosure(ctx, {
      subjectId: debtor.id,
      caseId: id,
      recipientId: court,
      recipientCategory: 'government',
      on: orderOn,
      dataCategories: 'identity,contact,claim',
      purpose: 'collection',
      cause: { legalStep: orderId },
    });
    addDisclosure(ctx, {
      subjectId: debtor.id,
      caseId: id,
      recipientId: bailiff,
      recipientCategory: 'bailiff',
      on: orderOn,
      dataCategories: 'identity,contact,claim',
      purpose: 'collection',
      cause: { legalStep: orderId },
    });
    if (random.chance(0.5) || hasAttachment) {
      const attachOn = ctx.after(orderOn, 60, 200);
      const attachmentId = ctx.nextId('LGL');
      sink.add('legal_steps', [
        attachmentId,
        id,
        debtor.id,
        'attachment',
        attachOn,
        null,
        bailiff,
        `BSL-${random.digits(7)}`,
        'Loonbeslag gelegd',
        'derived',
      ]);
      // Laying an attachment, the bailiff acts on the claim and what has been paid on it.
      addDisclosure(ctx, {
        subjectId: debtor.id,
        caseId: id,
        recipientId: bailiff,
        recipientCategory: 'bailiff',
        on: attachOn,
        dataCategories: 'identity,contact,claim,payment',
        purpose: 'collection',
        cause: { legalStep: attachmentId },
      });
    }
  }

  if (spec.foreignCountry) {
    const agency = orgs.foreignAgencies[spec.foreignCountry];
    const safeguard = spec.foreignCountry === 'DE' ? null : 'standard-contractual-clauses';
    addDisclosure(ctx, {
      subjectId: debtor.id,
      caseId: id,
      recipientId: agency,
      recipientCategory: 'foreign-agency',
      on: ctx.after(openedOn, 100, 200),
      dataCategories: 'identity,contact,claim,payment',
      purpose: 'foreign-collection',
      country: spec.foreignCountry,
      safeguard,
    });
  }

  // The client receives status reports.
  addDisclosure(ctx, {
    subjectId: debtor.id,
    caseId: id,
    recipientId: client,
    recipientCategory: 'client',
    on: ctx.after(openedOn, 30, 90),
    dataCategories: 'case,payment',
    purpose: 'collection',
  });
  if (random.chance(0.3)) {
    const invoiceDate = ctx.after(openedOn, 30, 300);
    sink.add('billing_records', [
      ctx.nextId('BIL'),
      debtor.id,
      id,
      `F${invoiceDate.slice(0, 4)}-${random.digits(6)}`,
      invoiceDate,
      random.int(40, 375) * 100,
      'Buitengerechtelijke incassokosten',
      endOfYear(invoiceDate),
      'derived',
    ]);
  }
  return id;
}
