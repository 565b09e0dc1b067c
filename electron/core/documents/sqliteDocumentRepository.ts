import { createHash } from 'node:crypto';
import type {
  CaseDocument,
  DocumentMentionDecision,
  DocumentPage,
  DocumentReading,
  DocumentRedaction,
  DocumentRedactionTarget,
} from '../../../shared/documents/documentModel.ts';
import { DomainError } from '../../../shared/errors/domainError.ts';
import type { Db } from '../db/openDatabase.ts';
import { prepared } from '../db/preparedStatement.ts';
import type { DocumentRepository } from './documentRepository.ts';
import { identifyingRecords, indexDocumentPages, pagesMentioning, unindexDocumentPages } from './documentTextIndex.ts';

interface DocumentRow {
  id: string;
  case_id: string | null;
  subject_id: string | null;
  kind: CaseDocument['kind'];
  date: string;
  direction: CaseDocument['direction'];
  sender: string | null;
  recipient: string | null;
  title: string | null;
  file_name: string;
  media_type: CaseDocument['mediaType'];
  sha256: string;
  bytes: number;
  parent_id: string | null;
}

const documentColumns =
  'd.id, d.case_id, d.subject_id, d.kind, d.date, d.direction, d.sender, d.recipient, d.title, d.file_name, d.media_type, ' +
  'd.sha256, f.bytes, d.parent_id FROM documents d JOIN document_files f ON f.sha256 = d.sha256';

export function toCaseDocument(row: DocumentRow): CaseDocument {
  return {
    id: row.id,
    caseId: row.case_id,
    subjectId: row.subject_id,
    kind: row.kind,
    date: row.date,
    direction: row.direction,
    sender: row.sender,
    recipient: row.recipient,
    title: row.title,
    fileName: row.file_name,
    mediaType: row.media_type,
    sha256: row.sha256,
    bytes: row.bytes,
    parentId: row.parent_id,
  };
}

export function sha256Hex(content: Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/**
 * The documents in the SQLite file (migration 011). The file's bytes live in `document_files`, so
 * SQLCipher encrypts them with the rest (docs/documents.md § Storage). Statements are compiled once
 * per connection (preparedStatement.ts).
 */
export function sqliteDocumentRepository(db: Db): DocumentRepository {
  return {
    async putFile(content) {
      const sha256 = sha256Hex(content);
      prepared(db, 'INSERT OR IGNORE INTO document_files (sha256, bytes, content) VALUES (?, ?, ?)').run(
        sha256,
        content.byteLength,
        Buffer.from(content.buffer, content.byteOffset, content.byteLength),
      );
      return sha256;
    },
    async file(sha256) {
      const content = prepared(db, 'SELECT content FROM document_files WHERE sha256 = ?').pluck().get(sha256) as Buffer | undefined;
      if (!content) throw new DomainError('document.file-missing', { sha256 });
      return new Uint8Array(content.buffer, content.byteOffset, content.byteLength);
    },
    async addDocuments(documents) {
      const insert = prepared(
        db,
        'INSERT INTO documents (id, case_id, subject_id, kind, date, direction, sender, recipient, title, file_name, media_type, ' +
          'sha256, parent_id) ' +
          'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      );
      for (const d of documents) {
        insert.run(
          d.id,
          d.caseId,
          d.subjectId,
          d.kind,
          d.date,
          d.direction,
          d.sender,
          d.recipient,
          d.title,
          d.fileName,
          d.mediaType,
          d.sha256,
          d.parentId,
        );
      }
    },
    async document(id) {
      const row = prepared(db, `SELECT ${documentColumns} WHERE d.id = ?`).get(id) as DocumentRow | undefined;
      if (!row) throw new DomainError('document.not-found', { documentId: id });
      return toCaseDocument(row);
    },
    async documentsOf({ subjectIds, caseIds }) {
      if (subjectIds.length === 0 && caseIds.length === 0) return [];
      const rows = db
        .prepare(
          `SELECT ${documentColumns} WHERE d.subject_id IN (SELECT value FROM json_each(?)) ` +
            'OR d.case_id IN (SELECT value FROM json_each(?)) ORDER BY d.date, d.id',
        )
        .all(JSON.stringify(subjectIds), JSON.stringify(caseIds)) as DocumentRow[];
      return rows.map(toCaseDocument);
    },
    async countDocuments() {
      return prepared(db, 'SELECT count(*) FROM documents').pluck().get() as number;
    },
    async documentIds() {
      return prepared(db, 'SELECT id FROM documents ORDER BY id').pluck().all() as string[];
    },
    async saveReading(reading, pages) {
      prepared(
        db,
        'INSERT INTO document_readings (document_id, status, method, problem, read_at, page_count) VALUES (?, ?, ?, ?, ?, ?) ' +
          'ON CONFLICT (document_id) DO UPDATE SET status = excluded.status, method = excluded.method, problem = excluded.problem, ' +
          'read_at = excluded.read_at, page_count = excluded.page_count',
      ).run(reading.documentId, reading.status, reading.method, reading.problem, reading.readAt, reading.pageCount);
      // The text index follows the pages here, the one place they are written (documentTextIndex.ts, migration 012).
      unindexDocumentPages(db, reading.documentId);
      prepared(db, 'DELETE FROM document_pages WHERE document_id = ?').run(reading.documentId);
      const insert = prepared(db, 'INSERT INTO document_pages (document_id, page, text, width, height, words) VALUES (?, ?, ?, ?, ?, ?)');
      for (const p of pages) insert.run(reading.documentId, p.page, p.text, p.width, p.height, JSON.stringify(p.words));
      indexDocumentPages(db, reading.documentId);
    },
    async reading(documentId) {
      const row = prepared(db, 'SELECT status, method, problem, read_at, page_count FROM document_readings WHERE document_id = ?').get(
        documentId,
      ) as
        | {
            status: DocumentReading['status'];
            method: DocumentReading['method'];
            problem: DocumentReading['problem'];
            read_at: string | null;
            page_count: number;
          }
        | undefined;
      if (!row) return { documentId, status: 'pending', method: null, problem: null, readAt: null, pageCount: 0 };
      return { documentId, status: row.status, method: row.method, problem: row.problem, readAt: row.read_at, pageCount: row.page_count };
    },
    async pages(documentId) {
      const rows = prepared(db, 'SELECT page, text, width, height, words FROM document_pages WHERE document_id = ? ORDER BY page').all(
        documentId,
      ) as { page: number; text: string; width: number; height: number; words: string }[];
      return rows.map((r): DocumentPage => ({
        documentId,
        page: r.page,
        text: r.text,
        width: r.width,
        height: r.height,
        words: JSON.parse(r.words),
      }));
    },
    async pagesMentioning(query) {
      return pagesMentioning(db, query);
    },
    async identifyingRecords(subjectIds) {
      return identifyingRecords(db, subjectIds);
    },
    async unreadDocumentIds() {
      return prepared(
        db,
        'SELECT d.id FROM documents d LEFT JOIN document_readings r ON r.document_id = d.id ' +
          "WHERE r.document_id IS NULL OR r.status IN ('pending','ocr-unavailable') ORDER BY d.id",
      )
        .pluck()
        .all() as string[];
    },
    async decideMention(decision) {
      prepared(
        db,
        'INSERT INTO request_document_mentions (reference, document_id, decision, reason, decided_by, decided_on) ' +
          'VALUES (?, ?, ?, ?, ?, ?) ' +
          'ON CONFLICT (reference, document_id) DO UPDATE SET decision = excluded.decision, reason = excluded.reason, ' +
          'decided_by = excluded.decided_by, decided_on = excluded.decided_on',
      ).run(decision.reference, decision.documentId, decision.decision, decision.reason, decision.decidedBy, decision.decidedOn);
    },
    async mentionDecisions(reference) {
      const rows = prepared(
        db,
        'SELECT document_id, decision, reason, decided_by, decided_on FROM request_document_mentions ' +
          'WHERE reference = ? ORDER BY document_id',
      ).all(reference) as {
        document_id: string;
        decision: DocumentMentionDecision['decision'];
        reason: string | null;
        decided_by: string;
        decided_on: string;
      }[];
      return rows.map((r) => ({
        reference,
        documentId: r.document_id,
        decision: r.decision,
        reason: r.reason,
        decidedBy: r.decided_by,
        decidedOn: r.decided_on,
      }));
    },
    async addRedaction(r) {
      const result = prepared(
        db,
        'INSERT INTO request_document_redactions (reference, document_id, page, target, reason, note, redacted_by, redacted_on) ' +
          'VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(r.reference, r.documentId, r.target.page, JSON.stringify(r.target), r.reason, r.note, r.by, r.on);
      return Number(result.lastInsertRowid);
    },
    async removeRedaction(reference, id) {
      return prepared(db, 'DELETE FROM request_document_redactions WHERE reference = ? AND id = ?').run(reference, id).changes > 0;
    },
    async redactions(reference, documentId) {
      const rows = prepared(
        db,
        'SELECT id, document_id, target, reason, note, redacted_by, redacted_on FROM request_document_redactions ' +
          'WHERE reference = ? AND (? IS NULL OR document_id = ?) ORDER BY document_id, page, id',
      ).all(reference, documentId ?? null, documentId ?? null) as {
        id: number;
        document_id: string;
        target: string;
        reason: string;
        note: string | null;
        redacted_by: string;
        redacted_on: string;
      }[];
      return rows.map((r): DocumentRedaction => ({
        id: r.id,
        reference,
        documentId: r.document_id,
        target: JSON.parse(r.target) as DocumentRedactionTarget,
        reason: r.reason,
        note: r.note,
        by: r.redacted_by,
        on: r.redacted_on,
      }));
    },
  };
}
