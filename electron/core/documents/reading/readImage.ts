import type { FileReadResult, ReadContext } from './readResult.ts';
import { pageFromLines } from './pageFromLines.ts';
import { OcrFailed, ocrImage } from './tesseract.ts';

/**
 * A scan (PNG, JPEG, TIFF; each page of a multipage TIFF) by OCR: words with boxes in the image's
 * pixels, the page size the image's size. Without an OCR engine the scan waits (ocr-unavailable),
 * listed for the clerk; an image tesseract cannot decode is unreadable/ocr-failed.
 */
export async function readImage(documentId: string, bytes: Uint8Array, context: ReadContext): Promise<FileReadResult> {
  if (!context.ocr.available) return { kind: 'ocr-unavailable', pages: [] };
  try {
    const ocr = await ocrImage(context.ocr.engine, bytes);
    const pages = ocr.map((page, index) => pageFromLines(documentId, index + 1, page, page.lines));
    context.onPage?.(pages.length, pages.length);
    if (pages.every((page) => page.words.length === 0)) return { kind: 'unreadable', problem: 'empty' };
    return { kind: 'read', method: 'ocr', pages };
  } catch (error) {
    if (error instanceof OcrFailed) return { kind: 'unreadable', problem: 'ocr-failed' };
    throw error;
  }
}
