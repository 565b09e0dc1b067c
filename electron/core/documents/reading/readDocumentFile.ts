import type { CaseDocument, DocumentPage, DocumentReading } from '../../../../shared/documents/documentModel.ts';
import type { FileReadResult, ReadContext } from './readResult.ts';
import { readEmail } from './readEmail.ts';
import { readImage } from './readImage.ts';
import { readPdf } from './readPdf.ts';
import { readPlainText } from './readPlainText.ts';
import type { OcrEngine } from './tesseract.ts';
import { defaultOcrEngine, ocrAvailability } from './tesseract.ts';

export interface ReadOptions {
  /** When the reading is made (ISO), from the use case's clock. */
  readAt: string;
  /** The OCR command and languages; Debian's `tesseract` with nld+eng by default (INZAGE_TESSERACT overrides the path). */
  ocr?: OcrEngine;
  /** Progress within the document: pages done of pages. */
  onPage?: (done: number, total: number) => void;
}

/** Attachments inside attachments are read this deep; a deeper one is named on its message's page only. */
const MAX_DEPTH = 3;

async function readBytes(documentId: string, mediaType: string, bytes: Uint8Array, context: ReadContext): Promise<FileReadResult | null> {
  const type = mediaType.toLowerCase().split(';')[0]!.trim();
  if (type === 'application/pdf') return readPdf(documentId, bytes, context);
  if (type === 'image/png' || type === 'image/jpeg' || type === 'image/tiff') return readImage(documentId, bytes, context);
  if (type === 'text/plain') return readPlainText(documentId, bytes);
  if (type === 'message/rfc822') {
    if (context.depth >= MAX_DEPTH) return null;
    return readEmail(documentId, bytes, context, (attachmentType, attachment, inner) =>
      readBytes(documentId, attachmentType, attachment, inner),
    );
  }
  return null;
}

/**
 * The text of one document's file (issue 16.2; docs/documents.md "Reading the text"): PDF text with
 * pdf.js (scanned PDF pages by OCR), scans by tesseract OCR, e-mail with mailparser, plain text. The
 * result is what the store keeps: a reading (read, unreadable with its problem, or waiting for OCR)
 * and the pages, whose text holds the page's words in order (shared/documents/wordOffsets.ts).
 * Never throws for a bad file: a file that cannot be read is a reading that says so.
 */
export async function readDocumentFile(
  document: CaseDocument,
  bytes: Uint8Array,
  options: ReadOptions,
): Promise<{ reading: DocumentReading; pages: DocumentPage[] }> {
  const engine = options.ocr ?? defaultOcrEngine;
  const available = (await ocrAvailability(engine)).available;
  const context: ReadContext = { ocr: { engine, available }, onPage: options.onPage, depth: 0 };
  const result: FileReadResult =
    bytes.byteLength === 0
      ? { kind: 'unreadable', problem: 'empty' }
      : ((await readBytes(document.id, document.mediaType, bytes, context)) ?? { kind: 'unreadable', problem: 'unsupported' });
  const base = { documentId: document.id, readAt: options.readAt };
  switch (result.kind) {
    case 'read':
      return {
        reading: { ...base, status: 'read', method: result.method, problem: null, pageCount: result.pages.length },
        pages: result.pages,
      };
    case 'ocr-unavailable':
      return {
        reading: { ...base, status: 'ocr-unavailable', method: null, problem: null, pageCount: result.pages.length },
        pages: result.pages,
      };
    case 'unreadable':
      return { reading: { ...base, status: 'unreadable', method: null, problem: result.problem, pageCount: 0 }, pages: [] };
  }
}
