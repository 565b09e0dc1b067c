import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GlobalFonts, createCanvas } from '@napi-rs/canvas';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { DocumentPage } from '../../../../shared/documents/documentModel.ts';
import { fontPath } from '../../output/pdf/pdfWriter.ts';
import type { FileReadResult, ReadContext } from './readResult.ts';
import { pageFromLines } from './pageFromLines.ts';
import type { TextRun } from './pdfTextWords.ts';
import { wordsFromRuns } from './pdfTextWords.ts';
import { grayscalePgm } from './grayscalePgm.ts';
import { OcrFailed, ocrImage } from './tesseract.ts';

/** A scanned page is rendered at 300 dpi for OCR: tesseract's accuracy drops quickly below it. */
export const OCR_DPI = 300;
const POINTS_PER_INCH = 72;

type PdfJs = typeof PdfJsModule;
let pdfjsLoaded: Promise<PdfJs> | null = null;
/** pdf.js's legacy build is the one meant for Node; loaded on first use (it is large). */
function pdfjs(): Promise<PdfJs> {
  pdfjsLoaded ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjsLoaded;
}

/** pdf.js's standard font data, for PDFs that use Helvetica & co. without embedding them (rendering only). */
function standardFontDataUrl(): string | undefined {
  try {
    return join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts') + '/';
  } catch {
    return undefined;
  }
}

let measureContext: ReturnType<ReturnType<typeof createCanvas>['getContext']> | null = null;
/** Character widths for pdfTextWords come from a real proportional font (the one the app's own PDFs use). */
function measure(text: string): number {
  if (!measureContext) {
    GlobalFonts.registerFromPath(fontPath('DejaVuSans.ttf'), 'Inzage Measure');
    measureContext = createCanvas(1, 1).getContext('2d');
    measureContext.font = '100px "Inzage Measure"';
  }
  return measureContext.measureText(text).width;
}

/**
 * A PDF's text with pdf.js (issue 16.2): each page's text runs become words with boxes in points from
 * the page's top-left. A page with no text at all is a scan inside a PDF: it is rendered with pdf.js on
 * @napi-rs/canvas and read by OCR, its boxes scaled back to points so every page of a PDF has one unit.
 * A password → unreadable/encrypted; a file pdf.js cannot parse → unreadable/damaged.
 */
export async function readPdf(documentId: string, bytes: Uint8Array, context: ReadContext): Promise<FileReadResult> {
  const lib = await pdfjs();
  let pdf: PDFDocumentProxy;
  try {
    // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
    pdf = await lib.getDocument({
      data: bytes.slice(),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      enableXfa: false,
      standardFontDataUrl: standardFontDataUrl(),
      verbosity: lib.VerbosityLevel.ERRORS,
    }).promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    return { kind: 'unreadable', problem: name === 'PasswordException' ? 'encrypted' : 'damaged' };
  }
  try {
    const pages: DocumentPage[] = [];
    let usedOcr = false;
    let needsOcr = false;
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      let read = await textPage(lib, documentId, page);
      if (read.words.length === 0) {
        if (context.ocr.available) {
          read = await ocrPage(documentId, page, context);
          usedOcr = true;
        } else needsOcr = true;
      }
      pages.push(read);
      page.cleanup();
      context.onPage?.(number, pdf.numPages);
    }
    if (needsOcr) return { kind: 'ocr-unavailable', pages };
    if (pages.every((page) => page.words.length === 0)) return { kind: 'unreadable', problem: 'empty' };
    return { kind: 'read', method: usedOcr ? 'ocr' : 'pdf-text', pages };
  } catch (error) {
    if (error instanceof OcrFailed) return { kind: 'unreadable', problem: 'ocr-failed' };
    // A file that opens but breaks on a page (a truncated stream) is as damaged as one that does not open.
    return { kind: 'unreadable', problem: 'damaged' };
  } finally {
    await pdf.destroy();
  }
}

async function textPage(lib: PdfJs, documentId: string, page: PDFPageProxy): Promise<DocumentPage> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const runs: TextRun[] = [];
  for (const item of content.items) {
    if (!('str' in item)) continue;
    // Into the page's top-left coordinates (the viewport handles /Rotate and the crop box).
    const [, , c, d, x, baseline] = lib.Util.transform(viewport.transform, item.transform) as number[];
    const style = content.styles[item.fontName];
    runs.push({
      text: item.str,
      x: x!,
      baseline: baseline!,
      fontHeight: Math.hypot(c!, d!),
      width: item.width,
      ascent: style?.ascent || 0.8,
      descent: style?.descent || -0.2,
      endsLine: item.hasEOL,
    });
  }
  return pageFromLines(documentId, page.pageNumber, viewport, wordsFromRuns(runs, measure));
}

async function ocrPage(documentId: string, page: PDFPageProxy, context: ReadContext): Promise<DocumentPage> {
  const scale = OCR_DPI / POINTS_PER_INCH;
  const viewport = page.getViewport({ scale });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const canvasContext = canvas.getContext('2d');
  canvasContext.fillStyle = '#ffffff';
  canvasContext.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({
    // @napi-rs/canvas implements the DOM canvas API pdf.js draws with; its own types are not the DOM's.
    canvas: canvas as never as HTMLCanvasElement,
    canvasContext: canvasContext as never as CanvasRenderingContext2D,
    viewport,
  }).promise;
  const image = grayscalePgm(canvas.width, canvas.height, canvasContext.getImageData(0, 0, canvas.width, canvas.height).data);
  const [ocr] = await ocrImage(context.ocr.engine, image, { dpi: OCR_DPI });
  const lines = ocr!.lines.map((line) =>
    line.map((word) => ({ text: word.text, x: word.x / scale, y: word.y / scale, width: word.width / scale, height: word.height / scale })),
  );
  const size = page.getViewport({ scale: 1 });
  return pageFromLines(documentId, page.pageNumber, { width: size.width, height: size.height }, lines);
}
