import type { CaseDocument, DocumentMentionDecision, DocumentReading } from './documentModel.ts';

/** Why a document is part of a request's copy (issue 16.3). */
export type DocumentLink =
  /** Linked to one of the person's subject entries. */
  | 'person'
  /** Linked to one of the person's cases and to nobody in particular (a case-level letter, a call note). */
  | 'case'
  /** A possible mention the clerk added to the copy (recorded with who and when). */
  | 'mention-added';

export interface RequestDocument {
  document: CaseDocument;
  reading: DocumentReading;
  link: DocumentLink;
  /** How many redactions the clerk made inside it for this request. */
  redactionCount: number;
}

/** What in a document's text matched the person (issue 16.3: name, IBAN, address or case number). */
export type MentionField = 'name' | 'iban' | 'address' | 'case-number';

export interface MentionMatch {
  field: MentionField;
  /** 1-based page of the document's read text. */
  page: number;
  /** The matching words with a little context either side, as read from the document. */
  snippet: string;
}

/** A document that names the person without being linked to them: the clerk adds or dismisses it. */
export interface PossibleMention {
  document: CaseDocument;
  reading: DocumentReading;
  matches: readonly MentionMatch[];
}

export interface RequestDocuments {
  reference: string;
  /** The documents that are part of the copy, by date. */
  documents: readonly RequestDocument[];
  /** Undecided possible mentions, strongest first. */
  possibleMentions: readonly PossibleMention[];
  /** Possible mentions the clerk dismissed, with the decision (kept so the clerk can reverse it). */
  dismissed: readonly { document: CaseDocument; decision: DocumentMentionDecision }[];
}
