import { isValidIban, normaliseIban } from '../identifiers/iban.ts';
import { normalisePostcode } from '../identifiers/postcode.ts';
import type { NameQueryWords } from './nameTokens.ts';
import { parseNameWords, particleWords } from './nameTokens.ts';
import { monthNumber, parseDate } from './parseDate.ts';
import { phoneToE164 } from './phone.ts';

/** Kinds of exact search keys; the index stores the same kinds with the same normalisation. */
export type KeyKind = 'email' | 'iban' | 'phone' | 'postcode' | 'address' | 'birth-date' | 'case' | 'client-ref';

export interface SearchKey {
  kind: KeyKind;
  value: string;
}

/** One term of the query that is looked up exactly: any of its keys may match. */
export interface KeyTerm {
  text: string;
  keys: SearchKey[];
}

export interface ParsedQuery {
  keyTerms: KeyTerm[];
  /** Four-digit years between 1900 and 2099: a birth year ("van den Berg 1984"). */
  years: number[];
  /** Short numbers that are not keys: house numbers next to a street ("Kinkerstraat 112"). */
  numbers: string[];
  name: NameQueryWords;
}

/** Postcode + house number as one key: "1053ED 112". The suffix (A, bis, -1) is left out on purpose. */
export function addressKey(postcode: string, houseNumber: number | string): string {
  return `${postcode} ${houseNumber}`;
}

const trimPunctuation = (token: string) => token.replace(/^[,;:()"']+|[,;:()"']+$/g, '');

/**
 * Splits a free-text query into exact keys (e-mail, IBAN, phone, postcode + house number, birth
 * date, case number or client reference), birth years, house numbers and name words. Multi-word
 * forms are recognised across spaces: "NL91 ABNA 0417 1643 00", "+31 6 1234 5678", "1012 AB 4",
 * "12 maart 1984". Nothing here touches a database: the keys are values for bound parameters.
 */
export function parseSearchQuery(query: string, twoDigitYearPivot = 26): ParsedQuery {
  const tokens = query.split(/\s+/).map(trimPunctuation).filter(Boolean);
  const parsed: ParsedQuery = { keyTerms: [], years: [], numbers: [], name: { words: [], initials: [], particles: [], shortWords: [] } };
  const nameText: string[] = [];
  const window = (from: number, length: number) => tokens.slice(from, from + length);

  for (let i = 0; i < tokens.length;) {
    const token = tokens[i]!;
    if (token.includes('@')) {
      parsed.keyTerms.push({ text: token, keys: [{ kind: 'email', value: token.toLowerCase() }] });
      i++;
      continue;
    }
    if (i + 2 < tokens.length && /^\d{1,2}$/.test(token) && monthNumber(tokens[i + 1]!) && /^\d{4}$/.test(tokens[i + 2]!)) {
      const text = window(i, 3).join(' ');
      const date = parseDate(text, twoDigitYearPivot);
      if (date) {
        parsed.keyTerms.push({ text, keys: [{ kind: 'birth-date', value: date }] });
        i += 3;
        continue;
      }
    }
    const date = parseDate(token, twoDigitYearPivot);
    if (date) {
      parsed.keyTerms.push({ text: token, keys: [{ kind: 'birth-date', value: date }] });
      i++;
      continue;
    }
    const iban = longestWindow(tokens, i, 9, (text) => {
      const compact = normaliseIban(text);
      return /^[A-Z]{2}\d{2}/.test(compact) && isValidIban(compact) ? compact : null;
    });
    if (iban) {
      parsed.keyTerms.push({ text: window(i, iban.length).join(' '), keys: [{ kind: 'iban', value: iban.value }] });
      i += iban.length;
      continue;
    }
    const postcode = readPostcode(tokens, i);
    if (postcode) {
      const keys: SearchKey[] = [];
      if (postcode.houseNumber) keys.push({ kind: 'address', value: addressKey(postcode.postcode, postcode.houseNumber) });
      keys.push({ kind: 'postcode', value: postcode.postcode });
      parsed.keyTerms.push({ text: window(i, postcode.length).join(' '), keys });
      i += postcode.length;
      continue;
    }
    const phone = /^[+0(]/.test(token)
      ? longestWindow(tokens, i, 6, (text) => (/^[+\d][\d\s\-.()/]*$/.test(text) ? phoneToE164(text) : null))
      : null;
    if (phone) {
      const keys: SearchKey[] = [{ kind: 'phone', value: phone.value }];
      // A client reference can look like a phone number ("01-12345678"): try both readings.
      if (phone.length === 1) keys.push({ kind: 'client-ref', value: token.toUpperCase() }, { kind: 'case', value: token.toUpperCase() });
      parsed.keyTerms.push({ text: window(i, phone.length).join(' '), keys });
      i += phone.length;
      continue;
    }
    if (/^(19|20)\d{2}$/.test(token)) parsed.years.push(Number(token));
    else if (/^\d{1,5}[a-zA-Z]{0,3}$/.test(token)) parsed.numbers.push(token.toLowerCase());
    else if (/\d/.test(token)) {
      const value = token.toUpperCase();
      parsed.keyTerms.push({
        text: token,
        keys: [
          { kind: 'case', value },
          { kind: 'client-ref', value },
        ],
      });
    } else nameText.push(token);
    i++;
  }
  parsed.name = parseNameWords(nameText.join(' '));
  return parsed;
}

/** The longest run of tokens from `start` (at most `max`) whose joined text `read` accepts. */
function longestWindow(
  tokens: string[],
  start: number,
  max: number,
  read: (text: string) => string | null,
): { value: string; length: number } | null {
  for (let length = Math.min(max, tokens.length - start); length >= 1; length--) {
    const value = read(tokens.slice(start, start + length).join(' '));
    if (value) return { value, length };
  }
  return null;
}

/** "1012AB", "1012 AB", "1012ab 4", "1012 AB 4-2": a postcode and, when it follows, a house number. */
function readPostcode(tokens: string[], i: number): { postcode: string; houseNumber: number | null; length: number } | null {
  const token = tokens[i]!;
  let postcode: string | null = null;
  let length = 0;
  if (/^[1-9]\d{3}[a-zA-Z]{2}$/.test(token)) {
    postcode = normalisePostcode(token);
    length = 1;
  } else if (/^[1-9]\d{3}$/.test(token) && /^[a-zA-Z]{2}$/.test(tokens[i + 1] ?? '') && !particleWords.has(tokens[i + 1]!.toLowerCase())) {
    // "1984 de Vries" is a year and a particle, "2011 AB" a Haarlem postcode.
    postcode = normalisePostcode(`${token}${tokens[i + 1]}`);
    length = 2;
  }
  if (!postcode) return null;
  const house = /^(\d{1,5})(?:[-\s]?[a-zA-Z0-9]{0,4})$/.exec(tokens[i + length] ?? '');
  return house ? { postcode, houseNumber: Number(house[1]), length: length + 1 } : { postcode, houseNumber: null, length };
}
