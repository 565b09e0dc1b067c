import type { DocumentPage, ReadMethod, ReadProblem } from '../../../../shared/documents/documentModel.ts';
import type { OcrEngine } from './tesseract.ts';

/** What one file gave, before it becomes a DocumentReading (readDocumentFile adds the id, time and page count). */
export type FileReadResult =
  | { kind: 'read'; method: ReadMethod; pages: DocumentPage[] }
  | { kind: 'unreadable'; problem: ReadProblem }
  /** A scan waiting for OCR; the pages that have text already (PDF) are kept, the others are empty. */
  | { kind: 'ocr-unavailable'; pages: DocumentPage[] };

export interface ReadContext {
  ocr: { engine: OcrEngine; available: boolean };
  /** Called after each page read (a PDF's pages; an image's OCR). */
  onPage?: (done: number, total: number) => void;
  /** How deep inside e-mail attachments we are: a message attached to a message attached to … stops somewhere. */
  depth: number;
}
