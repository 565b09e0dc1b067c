import type { CaseDocument, DocumentReading } from '../../../../shared/documents/documentModel.ts';
import type { MessageKey } from '../../../i18n/i18n.ts';

/** The i18n key of a document's read status, and for a document that could not be read, of what the clerk does about it. */
export function readStatusKey(reading: DocumentReading): MessageKey {
  if (reading.status === 'unreadable') return `documents.problem.${reading.problem ?? 'damaged'}` as MessageKey;
  return `documents.status.${reading.status}` as MessageKey;
}

export function readAdviceKey(reading: DocumentReading): MessageKey | null {
  if (reading.status === 'ocr-unavailable') return 'documents.advice.ocr-unavailable';
  if (reading.status === 'pending') return 'documents.advice.pending';
  if (reading.status === 'unreadable') return `documents.advice.${reading.problem ?? 'damaged'}` as MessageKey;
  return null;
}

export const kindKey = (document: CaseDocument) => `documents.kind.${document.kind}` as MessageKey;
export const directionKey = (document: CaseDocument) => `documents.direction.${document.direction}` as MessageKey;
