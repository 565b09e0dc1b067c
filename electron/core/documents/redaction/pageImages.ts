import type * as CanvasModule from '@napi-rs/canvas';
import type { Canvas, SKRSContext2D } from '@napi-rs/canvas';

/**
 * The native canvas module is loaded only when a document page is drawn: an export without documents
 * (most of them, and every worker started for one) never loads it.
 */
async function canvasModule(): Promise<typeof CanvasModule> {
  return import('@napi-rs/canvas');
}

/**
 * A page drawn on a canvas (valid until the next page is drawn: the canvas is reused), with its size in
 * the page's own units and the pixels per unit of the canvas.
 */
export interface PageCanvas {
  page: number;
  canvas: Canvas;
  context: SKRSContext2D;
  /** Width and height in the page's units (points for a PDF, pixels for a scan). */
  width: number;
  height: number;
  /** Canvas pixels per page unit. */
  scale: number;
}

/**
 * PDF pages are drawn at 150 dpi: sharp enough to read small print and to OCR again, small enough that
 * a 300-page export stays well inside its memory target (test/bench/documentsExportBench.ts).
 */
export const pdfRenderDpi = 150;

/**
 * One canvas kept for the next page of the same size (nearly every page is A4 at the same resolution).
 * A canvas's pixels live outside the JS heap, so the collector does not feel them: a new canvas per
 * page of a 300-page export piled up hundreds of megabytes before anything freed them.
 */
let kept: Canvas | null = null;

async function canvasOf(width: number, height: number): Promise<Canvas> {
  if (!kept || kept.width !== width || kept.height !== height) kept = (await canvasModule()).createCanvas(width, height);
  return kept;
}

/**
 * Draws a PDF's pages one at a time with pdf.js (legacy build for Node, no eval, no system fonts) on
 * @napi-rs/canvas, so that only one page's pixels are held at once. An encrypted or damaged file
 * throws pdf.js's own error; the caller lists the document as not reproducible.
 */
export async function* pdfPageCanvases(bytes: Uint8Array): AsyncGenerator<PageCanvas> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes ownership of the buffer it is given: hand it a copy so the caller's bytes stay usable.
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 });
  const pdf = await task.promise;
  try {
    const scale = pdfRenderDpi / 72;
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const unit = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale });
      const canvas = await canvasOf(Math.ceil(viewport.width), Math.ceil(viewport.height));
      const context = canvas.getContext('2d');
      context.setTransform(1, 0, 0, 1, 0, 0);
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      await page.render({ canvasContext: context as unknown as CanvasRenderingContext2D, viewport, canvas: canvas as never }).promise;
      page.cleanup();
      yield { page: number, canvas, context, width: unit.width, height: unit.height, scale };
    }
  } finally {
    await pdf.destroy();
  }
}

/** A scanned page (PNG or JPEG) on a canvas of its own pixel size: its units are pixels, as the reader's word boxes are. */
export async function imagePageCanvas(bytes: Uint8Array): Promise<PageCanvas> {
  const image = await (await canvasModule()).loadImage(Buffer.from(bytes));
  const canvas = await canvasOf(image.width, image.height);
  const context = canvas.getContext('2d');
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, image.width, image.height);
  context.drawImage(image, 0, 0);
  return { page: 1, canvas, context, width: image.width, height: image.height, scale: 1 };
}
