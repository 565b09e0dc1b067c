import type { AddressTarget, MentionTargets } from './mentionTargets.ts';
import type { PageToken } from './mentionText.ts';
import { pageTokens, phraseAt, snippetAround } from './mentionText.ts';
import type { MentionField, MentionMatch } from './requestDocuments.ts';

/** A match with the identity of the target it matched (so a target the document's own person shares can be told apart). */
export interface KeyedMatch extends MentionMatch {
  key: string;
}

/** The identity of a target, equal for two people who share it (a household's address, a joint case, a name). */
export const targetKey = {
  name: (words: readonly string[]) => `name:${words.join(' ')}`,
  iban: (iban: string) => `iban:${iban}`,
  // Street, number and suffix: two entries at one home are one address even where one has the postcode wrong or missing.
  address: (a: AddressTarget) => `address:${a.street.join(' ')}|${a.houseNumber}|${a.suffix ?? ''}`,
  caseNumber: (words: readonly string[]) => `case-number:${words.join(' ')}`,
};

/** Every key a person's targets have. */
export function targetKeys(targets: MentionTargets): Set<string> {
  return new Set([
    ...targets.names.map(targetKey.name),
    ...targets.ibans.map(targetKey.iban),
    ...targets.addresses.map(targetKey.address),
    ...targets.caseNumbers.map(targetKey.caseNumber),
  ]);
}

/**
 * Checks one page's words against a person's targets (issue 16.3): every target found, once, with a
 * snippet of the words around its first occurrence. The text index only proposes pages; this is where
 * a match is decided, word by word, the same way for every backend.
 */
export function matchTargets(targets: MentionTargets, page: number, text: string): KeyedMatch[] {
  const tokens = pageTokens(text);
  const found: KeyedMatch[] = [];
  const note = (field: MentionField, key: string, first: number, last: number) =>
    found.push({ field, key, page, snippet: snippetAround(text, tokens, first, last) });
  for (const name of targets.names) {
    const at = phraseAt(tokens, name)[0];
    if (at !== undefined) note('name', targetKey.name(name), at, at + name.length - 1);
  }
  for (const iban of targets.ibans) {
    const at = ibanAt(tokens, iban);
    if (at) note('iban', targetKey.iban(iban), at[0], at[1]);
  }
  for (const address of targets.addresses) {
    const at = streetAt(tokens, address) ?? postcodeAt(tokens, address);
    if (at) note('address', targetKey.address(address), at[0], at[1]);
  }
  for (const caseNumber of targets.caseNumbers) {
    const at = phraseAt(tokens, caseNumber)[0];
    if (at !== undefined) note('case-number', targetKey.caseNumber(caseNumber), at, at + caseNumber.length - 1);
  }
  return found;
}

/** The first match of each field, in the order name, IBAN, address, case number. */
export function firstPerField(matches: readonly MentionMatch[]): MentionMatch[] {
  const order: MentionField[] = ['name', 'iban', 'address', 'case-number'];
  return order.flatMap((field) => {
    const first = matches.find((m) => m.field === field);
    return first ? [{ field, page: first.page, snippet: first.snippet }] : [];
  });
}

/** What on one page names the person: one match per field. */
export function matchPage(targets: MentionTargets, page: number, text: string): MentionMatch[] {
  return firstPerField(matchTargets(targets, page, text));
}

/** First and last token of an IBAN written in any grouping ("NL91 ABNA 0417 1643 00", "NL91ABNA0417164300"). */
export function ibanAt(tokens: readonly PageToken[], iban: string): [number, number] | null {
  const wanted = iban.toLowerCase();
  for (let i = 0; i < tokens.length; i++) {
    let written = '';
    for (let j = i; j < tokens.length && wanted.startsWith(written + tokens[j]!.word); j++) {
      written += tokens[j]!.word;
      if (written === wanted) return [i, j];
    }
  }
  return null;
}

const isLetter = (word: string | undefined) => word !== undefined && /^[a-z]$/.test(word);

/** Words after the house number within which the address's city or postcode must follow ("12 A ⏎ 3511 AB Utrecht", "12 te Utrecht"). */
const PLACE_REACH = 5;

/** Whether the city or the postcode is written within reach after token `last`. */
function placeFollows(tokens: readonly PageToken[], address: AddressTarget, last: number): boolean {
  const digits = address.postcode?.slice(0, 4);
  const compact = address.postcode?.toLowerCase();
  for (let k = last + 1; k <= Math.min(tokens.length - 1, last + PLACE_REACH); k++) {
    const word = tokens[k]!.word;
    if (word === compact || (word === digits && tokens[k + 1]?.word === address.postcode!.slice(4).toLowerCase())) return true;
    if (address.city.length > 0 && address.city.every((w, i) => tokens[k + i]?.word === w)) return true;
  }
  return false;
}

/**
 * Street + house number followed by the city or postcode: "Oudegracht 12 A, Utrecht", "Oudegracht 12A
 * ⏎ 3511 AB". A street name with a number alone is not enough: "Kerkstraat 12" exists in hundreds of
 * towns. Where the register has a suffix, a written suffix must be that one; where it has none,
 * "Kinkerstraat 112 B" is another dwelling. A written number without the suffix still counts (letters
 * often leave it out).
 */
function streetAt(tokens: readonly PageToken[], address: AddressTarget): [number, number] | null {
  for (const at of phraseAt(tokens, [...address.street, address.houseNumber])) {
    const last = at + address.street.length;
    const next = tokens[last + 1]?.word;
    const end = address.suffix && next === address.suffix ? last + 1 : isLetter(next) ? null : last;
    if (end !== null && placeFollows(tokens, address, end)) return [at, end];
  }
  if (address.suffix) {
    for (const at of phraseAt(tokens, [...address.street, `${address.houseNumber}${address.suffix}`])) {
      if (placeFollows(tokens, address, at + address.street.length)) return [at, at + address.street.length];
    }
  }
  return null;
}

/** Tokens before a postcode where its address line's house number may stand ("Kinkerstraat 112 A ⏎ 1053 ED"). */
const HOUSE_NUMBER_REACH = 3;

/**
 * Postcode + house number: the postcode written with or without its space, and the house number on
 * the line before it (within a few words) — an address block as letters print it. It finds the address
 * where OCR misread the street's name.
 */
function postcodeAt(tokens: readonly PageToken[], address: AddressTarget): [number, number] | null {
  if (!address.postcode) return null;
  const digits = address.postcode.slice(0, 4);
  const letters = address.postcode.slice(4).toLowerCase();
  const numbers = new Set([address.houseNumber, ...(address.suffix ? [`${address.houseNumber}${address.suffix}`] : [])]);
  for (const [phrase, length] of [
    [[digits, letters], 2],
    [[`${digits}${letters}`], 1],
  ] as const) {
    for (const at of phraseAt(tokens, phrase)) {
      for (let k = at - 1; k >= Math.max(0, at - HOUSE_NUMBER_REACH); k--) {
        if (numbers.has(tokens[k]!.word)) return [k, at + length - 1];
      }
    }
  }
  return null;
}
