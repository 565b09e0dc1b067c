/**
 * The case file's documents (issue 16; docs/documents.md): the letters the agency sent, the person's
 * own letters (often scanned), e-mail threads and call notes. They are personal data like the rows,
 * and a copy under Art. 15(3) must reproduce them where that is needed to understand the data
 * (CJEU C-487/21), so the store keeps the file itself, what could be read from it, and per request
 * the clerk's decisions about it.
 */

export const documentKinds = ['letter-sent', 'letter-received', 'email', 'call-note', 'other'] as const;
export type DocumentKind = (typeof documentKinds)[number];

/** Seen from the agency: a letter it sent is outgoing, the person's letter incoming, a call note internal. */
export const documentDirections = ['incoming', 'outgoing', 'internal'] as const;
export type DocumentDirection = (typeof documentDirections)[number];

/** The file types the app can keep and read (issue 16.1); anything else is refused at import by name. */
export const documentMediaTypes = ['application/pdf', 'image/jpeg', 'image/png', 'image/tiff', 'message/rfc822', 'text/plain'] as const;
export type DocumentMediaType = (typeof documentMediaTypes)[number];

/** One document of the case file. The file is kept once per content (`sha256`), however many documents name it. */
export interface CaseDocument {
  /** The collection system's id, like a record's. */
  id: string;
  /** The case it belongs to, and/or the person it is about; at least one is set. */
  caseId: string | null;
  subjectId: string | null;
  kind: DocumentKind;
  /** ISO date (YYYY-MM-DD) the document was sent, received or written. */
  date: string;
  direction: DocumentDirection;
  sender: string | null;
  recipient: string | null;
  /** A short description from the source system ("Aanmaning", "Brief debiteur"); may be empty. */
  title: string | null;
  /** The file name as delivered, shown to the clerk and used in the archive. */
  fileName: string;
  mediaType: DocumentMediaType;
  /** SHA-256 of the file's bytes, hex: the file's address in the store. */
  sha256: string;
  bytes: number;
  /** An e-mail attachment points at its message; null otherwise. */
  parentId: string | null;
}

/** How the text of a document was obtained (issue 16.2). */
export const readMethods = ['pdf-text', 'ocr', 'email', 'plain'] as const;
export type ReadMethod = (typeof readMethods)[number];

/**
 * Whether a document's text could be read. A file that cannot be read is listed for the clerk as such,
 * never silently skipped: `unreadable` names the problem (encrypted, damaged, unsupported), and
 * `ocr-unavailable` says the scan waits for an OCR engine on this machine.
 */
export const readStatuses = ['pending', 'read', 'unreadable', 'ocr-unavailable'] as const;
export type ReadStatus = (typeof readStatuses)[number];

export const readProblems = ['encrypted', 'damaged', 'unsupported', 'empty', 'ocr-failed'] as const;
export type ReadProblem = (typeof readProblems)[number];

export interface DocumentReading {
  documentId: string;
  status: ReadStatus;
  method: ReadMethod | null;
  problem: ReadProblem | null;
  /** ISO timestamp of the read. */
  readAt: string | null;
  pageCount: number;
}

/** A word on a page with its box, in the page's own units from its top-left corner (points for PDF, pixels for a scan). */
export interface PageWord {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The text of one page (an e-mail or text file is one "page"), with the words' positions where the source has them. */
export interface DocumentPage {
  documentId: string;
  /** 1-based. */
  page: number;
  text: string;
  /** Page size in the units of `words`; 0 when the source has no layout (e-mail, plain text). */
  width: number;
  height: number;
  words: readonly PageWord[];
}

/** The clerk's decision on a "possible mention" (issue 16.3): a document that names the person without being linked to them. */
export const mentionDecisions = ['added', 'dismissed'] as const;
export type MentionDecision = (typeof mentionDecisions)[number];

export interface DocumentMentionDecision {
  reference: string;
  documentId: string;
  decision: MentionDecision;
  reason: string | null;
  decidedBy: string;
  decidedOn: string;
}

/**
 * A redaction inside a document (issue 16.5): a stretch of a page's text (character offsets into
 * `DocumentPage.text`) or an area of the page (in the page's units). The output removes what it
 * covers; it never lays a box over live text.
 */
export type DocumentRedactionTarget =
  | { kind: 'text'; page: number; start: number; end: number }
  | { kind: 'area'; page: number; x: number; y: number; width: number; height: number };

export interface DocumentRedaction {
  id: number;
  reference: string;
  documentId: string;
  target: DocumentRedactionTarget;
  /** A code of shared/extract RedactionReason; 'other' needs a note. */
  reason: string;
  note: string | null;
  by: string;
  on: string;
}
