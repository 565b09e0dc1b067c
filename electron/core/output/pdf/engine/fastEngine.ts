/**
 * The default engine: the stock engine's output, made faster (see textRuns.ts, plainShaping.ts,
 * batchedContent.ts, collectedOutput.ts). Every private member it needs is reached through
 * pdfkitInternals.ts, which refuses to hand them out unless pdfkit and fontkit are the versions it was written for.
 */
import { batchContentWrites } from './batchedContent.ts';
import type { CollectedOutput } from './collectedOutput.ts';
import { collectOutput } from './collectedOutput.ts';
import type { MeasuredWrap, PdfEngine, WrapOptions } from './pdfEngine.ts';
import type { PdfkitInternals } from './pdfkitInternals.ts';
import { pdfkitInternals } from './pdfkitInternals.ts';
import { usePlainShaping } from './plainShaping.ts';
import { TextRuns } from './textRuns.ts';

/** Words per font whose glyph layout pdfkit may keep (a few hundred bytes each; the heavy demo subject has ~6,500). */
const maxCachedWords = 20_000;

export class FastEngine implements PdfEngine {
  readonly name = 'fast';
  private readonly internals: PdfkitInternals;
  private readonly textRuns: TextRuns;
  private readonly output: CollectedOutput;
  private pagesSinceCacheCheck = 0;

  constructor(private readonly doc: PDFKit.PDFDocument) {
    // First: a pdfkit or fontkit this was not written for is refused before anything is patched.
    const internals = (this.internals = pdfkitInternals());
    this.output = collectOutput(doc);
    batchContentWrites(doc);
    // Each font this document uses lays out plain words (ids, amounts, dates) without shaping them.
    const selectFont = doc.font.bind(doc);
    doc.font = ((...args: Parameters<PDFKit.PDFDocument['font']>) => {
      selectFont(...args);
      usePlainShaping(internals.currentFont(doc));
      return doc;
    }) as PDFKit.PDFDocument['font'];
    this.textRuns = new TextRuns(doc);
  }

  pageAdded(): void {
    batchContentWrites(this.doc);
    // pdfkit caches the glyph layout of every distinct word for the document's lifetime; a long copy
    // (thousands of unique ids and amounts) would hold it all. Clearing a font's cache once it holds
    // many words bounds memory; clearing it by page count instead made every common word be laid out
    // (fontkit shaping, the costliest part of text) again and again.
    if (++this.pagesSinceCacheCheck >= 25) {
      this.pagesSinceCacheCheck = 0;
      this.internals.trimLayoutCaches(this.doc, maxCachedWords);
    }
  }

  drawLine(text: string, x: number, y: number, measuredWidth: number): void {
    if (!this.textRuns.line(text, x, y)) this.doc.text(text, x, y, this.internals.oneLineTextOptions(measuredWidth));
  }

  drawWrapped(text: string, x: number, y: number, options: WrapOptions & { align?: 'left' | 'right' }, lines: string[] | null): void {
    if (lines && (options.align ?? 'left') === 'left' && this.textRuns.wrapped(lines, x, y, options)) return;
    this.doc.text(text, x, y, options);
  }

  measureWrapped(text: string, width: number, lineGap: number): MeasuredWrap {
    return this.textRuns.measure(text, width, lineGap);
  }

  collectedBytes(): Buffer[] {
    return this.output.bytes();
  }
}
