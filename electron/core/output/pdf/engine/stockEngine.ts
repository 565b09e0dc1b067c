/**
 * The reference engine: nothing but pdfkit's public API (text(), heightOfString(), its output
 * stream), so it works on any pdfkit version. The golden test compares the fast engine against it.
 */
import type { MeasuredWrap, PdfEngine, WrapOptions } from './pdfEngine.ts';

export class StockEngine implements PdfEngine {
  readonly name = 'stock';

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  pageAdded(): void {}

  drawLine(text: string, x: number, y: number): void {
    this.doc.text(text, x, y, { lineBreak: false });
  }

  drawWrapped(text: string, x: number, y: number, options: WrapOptions & { align?: 'left' | 'right' }): void {
    this.doc.text(text, x, y, options);
  }

  measureWrapped(text: string, width: number, lineGap: number): MeasuredWrap {
    return { height: this.doc.heightOfString(text, { width, lineGap }), lines: null };
  }

  collectedBytes(): Buffer[] {
    return [];
  }
}
