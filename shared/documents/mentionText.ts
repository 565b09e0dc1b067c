import { foldedWords } from '../search/foldText.ts';
import { isValidIban, normaliseIban } from '../identifiers/iban.ts';
import { normalisePostcode } from '../identifiers/postcode.ts';

/**
 * How a document page's text is seen by the possible-mention search (issue 16.3; docs/documents.md
 * § Search and possible mentions). A document names a person the way people and OCR write: any case,
 * with or without diacritics ("Muller" for "Müller"), across a line break, with a hyphen or a full
 * stop between words. So the page is compared as its folded words (shared/search/foldText.ts, the
 * folding the subject search uses), each remembering where it stands in the text as read, so a match
 * can be shown with the words around it exactly as written.
 */
export interface PageToken {
  /** The folded word: lower case, no diacritics, letters and digits only. */
  word: string;
  /** Offsets of the written word it came from in the page's text (a written "Müller-Öztürk" gives two tokens). */
  start: number;
  end: number;
}

const writtenWord = /[\p{L}\p{M}\p{N}]+/gu;

/** The page's folded words in reading order, with their places in the text. */
export function pageTokens(text: string): PageToken[] {
  const tokens: PageToken[] = [];
  for (const match of text.matchAll(writtenWord)) {
    const start = match.index;
    const end = start + match[0].length;
    for (const word of foldedWords(match[0])) tokens.push({ word, start, end });
  }
  return tokens;
}

/** The text the full-text index holds for a page: its folded words, so index and check agree word for word. */
export function indexedText(tokens: readonly PageToken[]): string {
  return tokens.map((t) => t.word).join(' ');
}

/**
 * Every IBAN written on the page, normalised (no spaces, upper case). Statements and letters group an
 * IBAN in fours ("NL91 ABNA 0417 1643 00"), OCR sometimes splits or joins the groups differently, so
 * a run of letters and digits after a country code and check digits is taken whatever its spacing.
 * The run may go on into the next words ("NL91 ABNA 0417 1643 00 TEN NAME VAN"), so every prefix that
 * passes the mod-97 check (ISO 13616) is kept: a longer prefix that passes by chance (1 in 97) is a
 * harmless extra key, as it matches no one's IBAN, while keeping only one could lose the real one.
 */
export function ibansIn(text: string): string[] {
  const found = new Set<string>();
  const upper = text.toUpperCase();
  const run = /\b[A-Z]{2} ?\d{2}(?:[ .-]?[A-Z0-9]){10,30}/g;
  for (let match = run.exec(upper); match; match = run.exec(upper)) {
    // Look again just after this run's country code: the run may have swallowed the start of a second IBAN.
    run.lastIndex = match.index + 2;
    const compact = normaliseIban(match[0]);
    for (let length = 15; length <= Math.min(compact.length, 34); length++) {
      const candidate = compact.slice(0, length);
      if (isValidIban(candidate)) found.add(candidate);
    }
  }
  return [...found];
}

/**
 * Every Dutch postcode written on the page (normalised "1053ED"). Only upper-case letters count: a
 * postcode is printed so, and "1984 en" (a year and "and") is not one.
 */
export function postcodesIn(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(/\b([1-9]\d{3}) ?([A-Z]{2})\b/g)) {
    const postcode = normalisePostcode(`${match[1]}${match[2]}`);
    if (postcode) found.add(postcode);
  }
  return [...found];
}

/** Where a sequence of folded words occurs among the page's tokens: the index of each occurrence's first token. */
export function phraseAt(tokens: readonly PageToken[], phrase: readonly string[]): number[] {
  const at: number[] = [];
  if (phrase.length === 0) return at;
  for (let i = 0; i + phrase.length <= tokens.length; i++) {
    let j = 0;
    while (j < phrase.length && tokens[i + j]!.word === phrase[j]) j++;
    if (j === phrase.length) at.push(i);
  }
  return at;
}

/** Words shown either side of a match, so the clerk can judge it without opening the document. */
export const SNIPPET_CONTEXT_WORDS = 6;

/**
 * The written words from token `first` to token `last` with a few words either side, as they stand in
 * the text (line breaks shown as spaces), with "…" where the page goes on.
 */
export function snippetAround(text: string, tokens: readonly PageToken[], first: number, last: number): string {
  const from = Math.max(0, first - SNIPPET_CONTEXT_WORDS);
  const to = Math.min(tokens.length - 1, last + SNIPPET_CONTEXT_WORDS);
  const atStart = from === 0;
  const atEnd = to === tokens.length - 1;
  // Where the page starts or ends within reach, its punctuation is shown too ("… heeft ook schulden.").
  const body = text
    .slice(atStart ? 0 : tokens[from]!.start, atEnd ? text.length : tokens[to]!.end)
    .replace(/\s+/g, ' ')
    .trim();
  return `${atStart ? '' : '… '}${body}${atEnd ? '' : ' …'}`;
}
