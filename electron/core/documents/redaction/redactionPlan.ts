import type { DocumentPage, DocumentRedaction, PageWord } from '../../../../shared/documents/documentModel.ts';
import { wordIndexesInRange } from './wordsInRange.ts';

/** A rectangle in the page's own units (points for a PDF, pixels for a scan), from the top-left corner. */
export interface PageRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What one page loses: the areas painted over in its image, and the words left out of its text layer. */
export interface PageRedaction {
  page: number;
  areas: PageRect[];
  removedWords: Set<number>;
  /** Character stretches of the page text to replace by a marker (e-mail and text files, which have no layout). */
  textStretches: { start: number; end: number }[];
}

/**
 * The boxes are widened a little so that the edges of glyphs (descenders, accents, anti-aliasing) are
 * covered too: the point is that nothing of the word can be read from the page image (Art. 15(4)).
 */
const margin = (page: Pick<DocumentPage, 'width'>): number => Math.max(1, page.width / 600);

function overlaps(word: PageWord, area: PageRect): boolean {
  return word.x < area.x + area.width && word.x + word.width > area.x && word.y < area.y + area.height && word.y + word.height > area.y;
}

/**
 * Turns the clerk's redactions of one document into what each page loses (issue 16.5). A text target
 * takes the words its stretch touches (their boxes are painted, the words leave the text layer); an
 * area target is painted as drawn and every word that overlaps it leaves the text layer too, so the
 * invisible text can never say what the image no longer shows.
 */
export function planRedactions(pages: readonly DocumentPage[], redactions: readonly DocumentRedaction[]): Map<number, PageRedaction> {
  const plan = new Map<number, PageRedaction>();
  const entry = (page: number): PageRedaction => {
    let found = plan.get(page);
    if (!found) plan.set(page, (found = { page, areas: [], removedWords: new Set(), textStretches: [] }));
    return found;
  };
  for (const { target } of redactions) {
    const page = pages.find((p) => p.page === target.page);
    const out = entry(target.page);
    if (target.kind === 'area') {
      out.areas.push({ x: target.x, y: target.y, width: target.width, height: target.height });
      page?.words.forEach((word, index) => {
        if (overlaps(word, target)) out.removedWords.add(index);
      });
      continue;
    }
    if (!page) continue;
    out.textStretches.push({ start: target.start, end: target.end });
    const pad = margin(page);
    for (const index of wordIndexesInRange(page, target.start, target.end)) {
      out.removedWords.add(index);
      const word = page.words[index]!;
      out.areas.push({ x: word.x - pad, y: word.y - pad, width: word.width + 2 * pad, height: word.height + 2 * pad });
    }
  }
  return plan;
}

/** The page text with each redacted stretch replaced by `marker` (overlapping stretches merged). */
export function redactText(text: string, stretches: readonly { start: number; end: number }[], marker: string): string {
  const sorted = [...stretches].sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  let out = '';
  let at = 0;
  for (const s of merged) {
    out += text.slice(at, Math.max(at, s.start)) + marker;
    at = Math.max(at, s.end);
  }
  return out + text.slice(at);
}
