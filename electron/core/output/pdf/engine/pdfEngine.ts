/**
 * How the PDF writer gets text onto pages and bytes out of pdfkit. Two engines draw the same
 * document: `stock` only calls pdfkit's public text() and heightOfString() and reads its stream;
 * `fast` (the default) produces the same content without pdfkit's repeated layout and per-piece
 * buffers, through its private members (pdfkitInternals.ts). The golden test renders the heaviest
 * demo subject through both and requires the same page text and page images.
 */
import { FastEngine } from './fastEngine.ts';
import { StockEngine } from './stockEngine.ts';

export const pdfEngineNames = ['fast', 'stock'] as const;
export type PdfEngineName = (typeof pdfEngineNames)[number];

export interface WrapOptions {
  width: number;
  lineGap: number;
  /** A box height: pdfkit cuts the text there (with an ellipsis when asked). */
  height?: number;
  ellipsis?: boolean;
}

/** A wrapped text's height as heightOfString gives it, and the lines pdfkit's wrapper broke it into when the engine knows them. */
export interface MeasuredWrap {
  height: number;
  lines: string[] | null;
}

export interface PdfEngine {
  readonly name: PdfEngineName;
  /** Called after pdfkit adds a page (by addPage or by flowing text onto the next one). */
  pageAdded(): void;
  /** text(text, x, y, {lineBreak: false}) for a text known to fit on its line; `measuredWidth` is its width. */
  drawLine(text: string, x: number, y: number, measuredWidth: number): void;
  /** text(text, x, y, options); `lines` are what measureWrapped returned for the same text, width, font and size. */
  drawWrapped(text: string, x: number, y: number, options: WrapOptions & { align?: 'left' | 'right' }, lines: string[] | null): void;
  /** heightOfString(text, {width, lineGap}) in the current font and size. */
  measureWrapped(text: string, width: number, lineGap: number): MeasuredWrap;
  /** The bytes written outside pdfkit's stream (after what the stream carried), once the document has ended. */
  collectedBytes(): Buffer[];
}

/** The engine for a new document, before anything is drawn on it (the fast one checks pdfkit's version here). */
export function createPdfEngine(name: PdfEngineName, doc: PDFKit.PDFDocument): PdfEngine {
  return name === 'stock' ? new StockEngine(doc) : new FastEngine(doc);
}
