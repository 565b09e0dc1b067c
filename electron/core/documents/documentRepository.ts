import type {
  CaseDocument,
  DocumentMentionDecision,
  DocumentPage,
  DocumentReading,
  DocumentRedaction,
  DocumentRedactionTarget,
} from '../../../shared/documents/documentModel.ts';
import type { ProfileRecords } from '../../../shared/extract/subjectProfile.ts';
import type { MentionCandidatePage, MentionQuery } from './mentionQuery.ts';

/**
 * The case file's documents in the store (issue 16.1; docs/documents.md): the files, addressed by
 * SHA-256, the documents that name them, what was read from them, and per request the clerk's
 * decisions (possible mentions added or dismissed, redactions inside documents). Asynchronous like
 * every repository of the storage port; a missing document is the DomainError 'document.not-found'.
 */
export interface DocumentRepository {
  /** Keeps a file's bytes once per content and returns its SHA-256 (hex). Idempotent. */
  putFile(content: Uint8Array): Promise<string>;
  /** The bytes of a kept file ('document.file-missing' when no file has that address). */
  file(sha256: string): Promise<Uint8Array>;
  /** Adds documents whose files are already kept (putFile); an existing id is refused by the database. */
  addDocuments(documents: readonly CaseDocument[]): Promise<void>;
  document(id: string): Promise<CaseDocument>;
  /** The documents linked to any of these subjects or to any of these cases, by date then id. */
  documentsOf(link: { subjectIds: readonly string[]; caseIds: readonly string[] }): Promise<CaseDocument[]>;
  countDocuments(): Promise<number>;
  /** Every document id in order (the reader walks them). */
  documentIds(): Promise<string[]>;

  /** Replaces what was read from a document: its status and its pages (none when unreadable). */
  saveReading(reading: DocumentReading, pages: readonly DocumentPage[]): Promise<void>;
  /** The reading of a document; status 'pending' with no pages when it was never read. */
  reading(documentId: string): Promise<DocumentReading>;
  pages(documentId: string): Promise<DocumentPage[]>;
  /**
   * The pages whose text may name a person (issue 16.3): any of the phrases, IBANs or postcodes, from the
   * document text index, outside the excluded documents, by document and page. Candidates only: the
   * caller checks the words (possibleMentions.ts).
   */
  pagesMentioning(query: MentionQuery): Promise<MentionCandidatePage[]>;
  /**
   * What identifies each of these subjects in a text — their name, address and bank account rows and
   * their cases — keyed by subject id, so the search can tell what a document's own person shares with
   * the person asked about (possibleMentions.ts). A subject that is gone has no entry.
   */
  identifyingRecords(subjectIds: readonly string[]): Promise<Map<string, ProfileRecords>>;
  /** Documents not read yet or waiting for OCR, in id order. */
  unreadDocumentIds(): Promise<string[]>;

  /** Records (or replaces) the clerk's decision on a possible mention for a request. */
  decideMention(decision: DocumentMentionDecision): Promise<void>;
  mentionDecisions(reference: string): Promise<DocumentMentionDecision[]>;

  addRedaction(redaction: Omit<DocumentRedaction, 'id'>): Promise<number>;
  removeRedaction(reference: string, id: number): Promise<boolean>;
  redactions(reference: string, documentId?: string): Promise<DocumentRedaction[]>;
}

export type { DocumentRedactionTarget };
