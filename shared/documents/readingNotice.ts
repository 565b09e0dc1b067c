import type { ErrorCode } from '../errors/errorCodes.ts';
import type { DocumentReading, ReadProblem } from './documentModel.ts';

/**
 * Why a document's text is not there, as a code of the error catalogue (nl/en text, CLI text and a
 * next step per code), so the window and the CLI list every unread document with its reason instead
 * of skipping it (issue 16.2). A read or pending document has no notice.
 */
export type ReadingNotice = { code: ErrorCode; params: { documentId: string } };

const problemCodes: Record<ReadProblem, ErrorCode> = {
  encrypted: 'document.encrypted',
  damaged: 'document.damaged',
  unsupported: 'document.unsupported',
  empty: 'document.empty',
  'ocr-failed': 'document.ocr-failed',
};

export function readingNotice(reading: Pick<DocumentReading, 'documentId' | 'status' | 'problem'>): ReadingNotice | null {
  if (reading.status === 'unreadable')
    return { code: problemCodes[reading.problem ?? 'damaged'], params: { documentId: reading.documentId } };
  // Waiting for OCR is one notice for all such documents (document.ocr-missing / -languages-missing, with the count).
  return null;
}
