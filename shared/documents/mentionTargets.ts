import type { ProfileRecords, ProfileRow } from '../extract/subjectProfile.ts';
import { normaliseIban } from '../identifiers/iban.ts';
import { normalisePostcode } from '../identifiers/postcode.ts';
import { foldedWords } from '../search/foldText.ts';

/**
 * What identifies a person in a document's text (issue 16.3): their full names, IBANs, addresses and
 * case numbers, taken from their own records and written as the possible-mention search compares them
 * (folded words, normalised keys). Pure, so the rules can be tested without a database.
 */
export interface AddressTarget {
  /** The street's folded words ("kinkerstraat"; "van", "woustraat"). */
  street: string[];
  houseNumber: string;
  /** The folded suffix ("a") or null. */
  suffix: string | null;
  /** Normalised Dutch postcode, or null abroad. */
  postcode: string | null;
  /** The city's folded words. */
  city: string[];
}

export interface MentionTargets {
  /** Full names as folded word sequences: every given name + particle + surname, and the first given name + particle + surname. */
  names: string[][];
  /** The name lines as written (legal name first), to ask the register who else bears them. */
  nameLines: string[];
  ibans: string[];
  addresses: AddressTarget[];
  /** Case numbers (cases.id) and the client's references, as folded word sequences. */
  caseNumbers: string[][];
}

/**
 * A client's reference shorter than this (in letters and digits) is not looked for: "1234" occurs in
 * any letter as an amount, a year or a house number, and would make every document a possible mention.
 */
export const MIN_REFERENCE_LENGTH = 6;

const text = (row: ProfileRow, column: string): string => {
  const value = row[column];
  return value === null || value === undefined ? '' : String(value);
};

const distinct = (phrases: string[][]): string[][] => [...new Map(phrases.map((p) => [p.join(' '), p])).values()];

/**
 * The targets of one person from their profile's own records (never a third party's rows): names of
 * every kind (legal, alias, former, spelling: a document may use any of them), every address (a letter
 * from years ago has the old one), every IBAN and every case they are a party to.
 */
export function mentionTargets(records: ProfileRecords): MentionTargets {
  const names: string[][] = [];
  const nameLines: string[] = [];
  const legalFirst = [...(records.subject_names ?? [])].sort((a, b) => Number(a.kind !== 'legal') - Number(b.kind !== 'legal'));
  for (const row of legalFirst) {
    const given = foldedWords(text(row, 'given_names'));
    const particle = foldedWords(text(row, 'particle'));
    const surname = foldedWords(text(row, 'surname'));
    // A surname alone (or with initials) is not a full name: "Berg" or "J. van den Berg" names too many people.
    if (given.length === 0 || surname.length === 0) continue;
    names.push([...given, ...particle, ...surname]);
    if (given.length > 1) names.push([given[0]!, ...particle, ...surname]);
    nameLines.push([text(row, 'given_names'), text(row, 'particle'), text(row, 'surname')].filter((part) => part.trim()).join(' '));
  }
  const ibans = [...new Set((records.bank_accounts ?? []).map((row) => normaliseIban(text(row, 'iban'))).filter((iban) => iban))];
  const addresses: AddressTarget[] = [];
  for (const row of records.addresses ?? []) {
    const street = foldedWords(text(row, 'street'));
    const houseNumber = text(row, 'house_number');
    if (street.length === 0 || !houseNumber) continue;
    const suffix = foldedWords(text(row, 'house_number_suffix')).join('') || null;
    const postcode = text(row, 'country') === 'NL' || !row.country ? normalisePostcode(text(row, 'postcode')) : null;
    addresses.push({ street, houseNumber, suffix, postcode, city: foldedWords(text(row, 'city')) });
  }
  const caseNumbers: string[][] = [];
  for (const row of records.cases ?? []) {
    const id = foldedWords(text(row, 'id'));
    if (id.length > 0) caseNumbers.push(id);
    const reference = foldedWords(text(row, 'client_reference'));
    if (reference.join('').length >= MIN_REFERENCE_LENGTH) caseNumbers.push(reference);
  }
  return { names: distinct(names), nameLines: [...new Set(nameLines)], ibans, addresses, caseNumbers: distinct(caseNumbers) };
}

/** The word sequences the text index is asked for: names, street + house number (with the suffix apart and joined), case numbers. */
export function targetPhrases(targets: MentionTargets): string[][] {
  const streets = targets.addresses.flatMap((a) => [
    [...a.street, a.houseNumber],
    ...(a.suffix ? [[...a.street, `${a.houseNumber}${a.suffix}`]] : []),
  ]);
  return distinct([...targets.names, ...streets, ...targets.caseNumbers]);
}
