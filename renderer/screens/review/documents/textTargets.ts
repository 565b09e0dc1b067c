import type { DocumentRedaction } from '../../../../shared/documents/documentModel.ts';

export interface TextStretch {
  start: number;
  end: number;
}

/** Every place `phrase` stands in the page's text (exact, not overlapping): the clerk types a name once, all of it goes. */
export function occurrences(text: string, phrase: string): TextStretch[] {
  const found: TextStretch[] = [];
  if (!phrase) return found;
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + phrase.length)) {
    found.push({ start: at, end: at + phrase.length });
  }
  return found;
}

/** The page's text cut into plain and redacted parts, in order, so it renders as exactly the same characters. */
export function textSegments(text: string, redactions: readonly DocumentRedaction[], page: number): { text: string; redacted: boolean }[] {
  const marked = new Array<boolean>(text.length).fill(false);
  for (const r of redactions) {
    if (r.target.kind !== 'text' || r.target.page !== page) continue;
    for (let i = r.target.start; i < Math.min(r.target.end, text.length); i++) marked[i] = true;
  }
  const segments: { text: string; redacted: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = segments[segments.length - 1];
    if (last && last.redacted === marked[i]) last.text += text[i];
    else segments.push({ text: text[i]!, redacted: marked[i]! });
  }
  return segments;
}

/**
 * The selection inside `container` as offsets into the text it shows (which is the page's text, see
 * textSegments); null when nothing, or something outside the page, is selected.
 */
export function selectionIn(container: HTMLElement, selection: Selection | null): TextStretch | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const end = start + range.toString().length;
  return end > start ? { start, end } : null;
}
