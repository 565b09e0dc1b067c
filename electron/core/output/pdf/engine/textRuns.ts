/**
 * Writes text the way pdfkit 0.20's text() does, operator for operator, for the two cases a table
 * has by the thousand: a one-line string, and a string wrapped into lines that were found while
 * measuring it. pdfkit lays every string out again to draw it (once more to advance its cursor),
 * wraps a cell a second time after measuring it, and writes every operator as its own chunk; here
 * the encoded glyph run of each distinct string is kept and a text object is one write.
 * Anything these paths do not reproduce exactly (offset glyphs, newlines, text that would not fit
 * and get an ellipsis or move to the next page) returns false, and the caller lets pdfkit draw it.
 */

import type { WrapOptions } from './pdfEngine.ts';
import type { EmbeddedFont, PdfkitInternals } from './pdfkitInternals.ts';
import { pdfkitInternals } from './pdfkitInternals.ts';

/** pdfkit's number format in content streams (PDFObject.number): at most six decimals. */
function pdfNumber(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

const float32 = new Float32Array(1);
const float32Bits = new Uint32Array(float32.buffer);
/** pdfkit's PDFNumber, which its line wrapper compares positions with: the largest float32 not above n. */
function float32Floor(n: number): number {
  const rounded = Math.fround(n);
  if (rounded <= n) return rounded;
  float32[0] = n;
  if (n <= 0) float32Bits[0]! += 1;
  else float32Bits[0]! -= 1;
  return float32[0]!;
}

/**
 * The TJ operator pdfkit's _fragment writes for `text` (glyph ids, split where kerning moves a glyph),
 * or null when a glyph is offset (combining marks), which only pdfkit's own path places.
 */
function textShowOperator(internals: PdfkitInternals, font: EmbeddedFont, text: string): string | null {
  const [encoded, positions] = internals.encode(font, text);
  const commands: string[] = [];
  let last = 0;
  const addSegment = (cur: number) => {
    if (last < cur)
      commands.push(
        `<${encoded.slice(last, cur).join('')}> ${pdfNumber(-(positions[cur - 1]!.xAdvance - positions[cur - 1]!.advanceWidth))}`,
      );
    last = cur;
  };
  for (let index = 0; index < positions.length; index++) {
    const position = positions[index]!;
    if (position.xOffset || position.yOffset) return null;
    if (position.xAdvance - position.advanceWidth !== 0) addSegment(index + 1);
  }
  addSegment(positions.length);
  return `[${commands.join(' ')}] TJ`;
}

/** Distinct strings per font whose TJ operator is kept (the heavy demo subject draws ~15,000). */
const maxCachedRuns = 50_000;

export class TextRuns {
  private readonly internals: PdfkitInternals;
  /** Per font: string → its TJ operator (null: pdfkit must draw it). */
  private readonly runs = new Map<EmbeddedFont, Map<string, string | null>>();

  constructor(private readonly doc: PDFKit.PDFDocument) {
    this.internals = pdfkitInternals();
  }

  private operator(font: EmbeddedFont, text: string): string | null {
    let runs = this.runs.get(font);
    if (!runs) this.runs.set(font, (runs = new Map()));
    let operator = runs.get(text);
    if (operator === undefined) {
      if (runs.size >= maxCachedRuns) runs.clear();
      operator = text.includes('\n') ? null : textShowOperator(this.internals, font, text);
      runs.set(text, operator);
    }
    return operator;
  }

  /** The content pdfkit's _fragment writes for a left-aligned run at (x, y) in the current font and size. */
  private write(operator: string, x: number, y: number): void {
    const { doc, internals } = this;
    const font = internals.currentFont(doc);
    const size = internals.currentFontSize(doc);
    const pageHeight = doc.page.height;
    const baseline = pageHeight - y - (internals.fontAscender(font) / 1000) * size;
    internals.writeWithFont(
      doc,
      font,
      `q\n1 0 0 -1 0 ${pdfNumber(pageHeight)} cm\nBT\n1 0 0 1 ${pdfNumber(x)} ` +
        `${pdfNumber(baseline)} Tm\n/${internals.fontId(font)} ${pdfNumber(size)} ` +
        `Tf\n${operator}\nET\nQ`,
    );
  }

  /** text(text, x, y, {lineBreak: false}) for a string already known to fit on its line. */
  line(text: string, x: number, y: number): boolean {
    if (text === '') return false;
    const operator = this.operator(this.internals.currentFont(this.doc), text);
    if (operator === null) return false;
    this.write(operator, x, y);
    this.doc.x = x;
    this.doc.y = y;
    return true;
  }

  /** Font, size, width and line gap + text → the lines pdfkit's wrapper breaks it into (they do not depend on where it is drawn). */
  private readonly wrappedLines = new Map<string, string[]>();

  /**
   * heightOfString(text, {width, lineGap}), plus the lines pdfkit's wrapper broke the text into
   * (null when the text has newlines: those lines are left to pdfkit). The same fact or description
   * under hundreds of records is wrapped once; its height is then added up line by line from the
   * current position exactly as heightOfString adds it, so it is the same number to the last bit.
   */
  measure(text: string, width: number, lineGap: number): { height: number; lines: string[] | null } {
    const { doc, internals } = this;
    const { x, y } = doc;
    const prepared = internals.prepareWrap(doc, width, lineGap);
    const gap = prepared.gap;
    const key = `${internals.fontId(internals.currentFont(doc))}|${internals.currentFontSize(doc)}|${prepared.width}|${gap}|${text}`;
    let lines = this.wrappedLines.get(key);
    if (lines) {
      for (let index = 0; index < lines.length; index++) doc.y += doc.currentLineHeight(true) + gap;
    } else {
      const found: string[] = [];
      prepared.wrap(text, (line) => {
        found.push(line);
        doc.y += doc.currentLineHeight(true) + gap;
      });
      if (this.wrappedLines.size >= maxCachedRuns) this.wrappedLines.clear();
      this.wrappedLines.set(key, (lines = found));
    }
    const height = doc.y - y;
    doc.x = x;
    doc.y = y;
    return { height, lines: text.includes('\n') ? null : lines };
  }

  /**
   * text(text, x, y, options) for a left-aligned text whose lines `measure` found with the same width,
   * font and size: the same wrapping, so the same lines, drawn where pdfkit's wrapper would draw them,
   * as long as none of its checks (cut at the box height with an ellipsis, or at the page bottom) fires.
   */
  wrapped(lines: string[], x: number, y: number, options: WrapOptions): boolean {
    const { doc, internals } = this;
    if (lines.length === 0) return false;
    const lineHeight = doc.currentLineHeight(true);
    const advance = lineHeight + (options.lineGap || internals.documentLineGap(doc));
    const maxY = float32Floor(options.height !== undefined ? y + options.height : doc.page.height - doc.page.margins.bottom);
    if (y > maxY || y + lineHeight > maxY) return false;
    // Every line but the last ends at a break inside pdfkit's wrapper, which checks there whether the next line fits.
    let lineY = y;
    for (let index = 0; index < lines.length - 1; index++) {
      if (options.height !== undefined && options.ellipsis && float32Floor(lineY + lineHeight * 2) > maxY) return false;
      lineY += advance;
      if (float32Floor(lineY + lineHeight) > maxY) return false;
    }
    const operators: string[] = [];
    for (const line of lines) {
      const operator = this.operator(internals.currentFont(doc), line);
      if (operator === null) return false;
      operators.push(operator);
    }
    lineY = y;
    for (const operator of operators) {
      if (operator !== '[] TJ') this.write(operator, x, lineY);
      lineY += advance;
    }
    doc.x = x;
    doc.y = lineY;
    return true;
  }
}
