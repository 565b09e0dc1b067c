import type { DocumentPage, PageWord } from '../../../../shared/documents/documentModel.ts';

/**
 * A page whose text is its words in order: spaces between the words of a line, a line break between
 * lines. This is the convention shared/documents/wordOffsets.ts relies on to map a text redaction
 * back to word boxes (docs/documents.md "Reading the text"), so every reader builds its text here.
 */
export function pageFromLines(
  documentId: string,
  page: number,
  size: { width: number; height: number },
  lines: readonly (readonly PageWord[])[],
): DocumentPage {
  const kept = lines.filter((line) => line.length > 0);
  return {
    documentId,
    page,
    text: kept.map((line) => line.map((word) => word.text).join(' ')).join('\n'),
    width: size.width,
    height: size.height,
    words: kept.flat(),
  };
}
