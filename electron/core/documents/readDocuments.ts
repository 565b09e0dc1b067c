import type { DocumentKind, DocumentReading } from '../../../shared/documents/documentModel.ts';
import type { ReadingNotice } from '../../../shared/documents/readingNotice.ts';
import { readingNotice } from '../../../shared/documents/readingNotice.ts';
import type { ErrorCode } from '../../../shared/errors/errorCodes.ts';
import { appendAuditEntry } from '../store/registerAccess.ts';
import type { UseCaseDeps } from '../store/useCaseDeps.ts';
import { readDocumentFile } from './reading/readDocumentFile.ts';
import type { OcrAvailability, OcrEngine } from './reading/tesseract.ts';
import { defaultOcrEngine, ocrAvailability } from './reading/tesseract.ts';

/** Where the reading is: documents done of all, and within the document at hand its page (PDF pages, OCR). */
export interface ReadProgress {
  documentsDone: number;
  documents: number;
  page?: number;
  pages?: number;
}

export interface ReadDocumentsResult {
  /** Documents looked at: those pending or waiting for OCR when the run started. */
  documents: number;
  read: number;
  unreadable: number;
  ocrUnavailable: number;
  /** Each document that could not be read, with the catalogue code saying why (never silently skipped). */
  notRead: { documentId: string; kind: DocumentKind; status: DocumentReading['status']; notice: ReadingNotice | null }[];
  /** Set when scans wait because OCR is missing here: which part is missing, and how many documents wait. */
  ocrNotice: { code: ErrorCode; params: Record<string, string | number> } | null;
}

/**
 * Reads the text of every document not read yet, or waiting for OCR (issue 16.2): one document at a
 * time (a scan's page images are large), each reading saved as soon as it is made, so a run stopped
 * half-way keeps what it did and the next run carries on. Reading the files is processing of personal
 * data and is logged (Art. 5(2)): one audit entry for the run, with counts only.
 */
export async function readPendingDocuments(
  deps: UseCaseDeps,
  options: { onProgress?: (progress: ReadProgress) => void; ocr?: OcrEngine } = {},
): Promise<ReadDocumentsResult> {
  const engine = options.ocr ?? defaultOcrEngine;
  const ids = await deps.store.documents.unreadDocumentIds();
  const result: ReadDocumentsResult = { documents: ids.length, read: 0, unreadable: 0, ocrUnavailable: 0, notRead: [], ocrNotice: null };
  if (ids.length === 0) return result;
  const ocr = await ocrAvailability(engine);
  options.onProgress?.({ documentsDone: 0, documents: ids.length });
  for (const [index, id] of ids.entries()) {
    const document = await deps.store.documents.document(id);
    const bytes = await deps.store.documents.file(document.sha256);
    const { reading, pages } = await readDocumentFile(document, bytes, {
      readAt: deps.clock.now().toISOString(),
      ocr: engine,
      onPage: (page, pageCount) => options.onProgress?.({ documentsDone: index, documents: ids.length, page, pages: pageCount }),
    });
    await deps.store.documents.saveReading(reading, pages);
    if (reading.status === 'read') result.read++;
    else {
      if (reading.status === 'unreadable') result.unreadable++;
      else result.ocrUnavailable++;
      result.notRead.push({ documentId: id, kind: document.kind, status: reading.status, notice: readingNotice(reading) });
    }
    options.onProgress?.({ documentsDone: index + 1, documents: ids.length });
  }
  if (result.ocrUnavailable > 0) result.ocrNotice = ocrNoticeOf(ocr, result.ocrUnavailable);
  await appendAuditEntry(deps, {
    actor: deps.clerk.name,
    action: 'documents.read',
    details: { documents: result.documents, read: result.read, unreadable: result.unreadable, ocrUnavailable: result.ocrUnavailable },
  });
  return result;
}

function ocrNoticeOf(ocr: OcrAvailability, count: number): ReadDocumentsResult['ocrNotice'] {
  if (ocr.available) return null;
  return ocr.reason === 'command-missing'
    ? { code: 'document.ocr-missing', params: { command: ocr.command, count } }
    : { code: 'document.ocr-languages-missing', params: { command: ocr.command, missing: ocr.missing.join('+'), count } };
}
