import type { DocumentPage, PageWord } from './documentModel.ts';

/**
 * Where each word of a page sits in the page's text (issue 16.2/16.5; docs/documents.md "Reading the
 * text"). The reader keeps one convention: `DocumentPage.text` holds the page's words IN ORDER,
 * separated by spaces and line breaks. So a word's character offsets are found by scanning the text
 * left to right, and a text redaction (offsets into the text) maps to the words it covers — and so to
 * their boxes, which the true redaction paints out (issue 16.5).
 */
export interface LocatedWord {
  /** Index into `page.words`. */
  index: number;
  word: PageWord;
  /** Character offsets of the word in `page.text`: [start, end). */
  start: number;
  end: number;
}

/**
 * Every word of the page with its offsets. A word the text does not hold (a page not following the
 * convention) is left out rather than guessed at; the scan then goes on from where it was.
 */
export function wordOffsets(page: Pick<DocumentPage, 'text' | 'words'>): LocatedWord[] {
  const located: LocatedWord[] = [];
  let cursor = 0;
  page.words.forEach((word, index) => {
    if (word.text.length === 0) return;
    const start = page.text.indexOf(word.text, cursor);
    if (start < 0) return;
    const end = start + word.text.length;
    located.push({ index, word, start, end });
    cursor = end;
  });
  return located;
}

/** The words that overlap the stretch [start, end) of the page's text, in order (partly covered words count: redact whole words). */
export function wordsInRange(page: Pick<DocumentPage, 'text' | 'words'>, start: number, end: number): LocatedWord[] {
  if (end <= start) return [];
  return wordOffsets(page).filter((located) => located.start < end && located.end > start);
}
