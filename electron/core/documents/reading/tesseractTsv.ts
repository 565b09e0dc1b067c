import type { PageWord } from '../../../../shared/documents/documentModel.ts';

/** One page as tesseract saw it: its size in pixels and its words in reading order, grouped in lines. */
export interface OcrPage {
  width: number;
  height: number;
  lines: PageWord[][];
}

/** tesseract's TSV levels (tesseract/src/api/renderer.cpp): 1 page, 2 block, 3 paragraph, 4 line, 5 word. */
const PAGE_LEVEL = 1;
const WORD_LEVEL = 5;

/**
 * Parses tesseract's `tsv` output (one row per page, block, paragraph, line and word, with its box in
 * pixels from the image's top-left) into pages of lines of words. Rows with no text (confidence -1)
 * are layout only. A multipage TIFF gives one page per `page_num`.
 */
export function parseTesseractTsv(tsv: string): OcrPage[] {
  const pages = new Map<number, OcrPage>();
  const lineKeys = new Map<OcrPage, string>();
  for (const row of tsv.split('\n').slice(1)) {
    const cells = row.split('\t');
    if (cells.length < 12) continue;
    const [level, pageNum, block, paragraph, line] = cells.slice(0, 5).map(Number);
    const [left, top, width, height] = cells.slice(6, 10).map(Number);
    const text = cells.slice(11).join('\t').trim();
    if (level === PAGE_LEVEL) {
      pages.set(pageNum!, { width: width!, height: height!, lines: [] });
      continue;
    }
    if (level !== WORD_LEVEL || text === '') continue;
    const page = pages.get(pageNum!);
    if (!page) continue;
    const lineKey = `${block}.${paragraph}.${line}`;
    if (lineKeys.get(page) !== lineKey || page.lines.length === 0) {
      page.lines.push([]);
      lineKeys.set(page, lineKey);
    }
    // A word of OCR may hold no space: tesseract splits at spaces, so each row is one word.
    page.lines.at(-1)!.push({ text, x: left!, y: top!, width: width!, height: height! });
  }
  return [...pages.entries()].sort(([a], [b]) => a - b).map(([, page]) => page);
}
