import type { DocumentPage } from '../../../../shared/documents/documentModel.ts';

/**
 * The indexes of a page's words that a stretch [start, end) of its text touches. The reader's
 * convention (docs/documents.md § Reading the text): `DocumentPage.text` holds the page's words in
 * order, separated by spaces or line breaks, so each word's offsets are found by scanning the text left
 * to right. A word touched by even one character is taken whole: a redaction never leaves half a name.
 *
 * Branch docs-read adds the shared helper shared/documents/wordOffsets.ts for the same convention;
 * this module keeps its own few lines so the two branches merge independently (the lead may swap it).
 */
export function wordIndexesInRange(page: Pick<DocumentPage, 'text' | 'words'>, start: number, end: number): number[] {
  const found: number[] = [];
  let cursor = 0;
  page.words.forEach((word, index) => {
    const at = page.text.indexOf(word.text, cursor);
    if (at < 0) return;
    cursor = at + word.text.length;
    if (at < end && cursor > start) found.push(index);
  });
  return found;
}
