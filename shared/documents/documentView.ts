import type { CaseDocument, DocumentPage, DocumentReading, DocumentRedaction } from './documentModel.ts';

/**
 * One document as the review's viewer shows it for a request (issue 16.5): what was read from it, page by
 * page with the words' boxes, and this request's redactions inside it, so the clerk sees what will be
 * withheld before marking more.
 */
export interface DocumentView {
  reference: string;
  document: CaseDocument;
  reading: DocumentReading;
  pages: readonly DocumentPage[];
  redactions: readonly DocumentRedaction[];
}

/** A document's file for viewing in the window (a scan's image, a PDF's pages via pdf.js), base64 across the bridge. */
export interface DocumentFile {
  documentId: string;
  mediaType: CaseDocument['mediaType'];
  base64: string;
}
