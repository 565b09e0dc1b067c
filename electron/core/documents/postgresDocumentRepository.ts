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
import type { Sql } from '../db/postgres/postgresPool.ts';
import type { ProfileRecords, ProfileRow } from '../../../shared/extract/subjectProfile.ts';
import type { DocumentRepository } from './documentRepository.ts';
import type { MentionCandidatePage } from './mentionQuery.ts';

/** The tables that identify a person in a text (as documentTextIndex.ts on SQLite): names, addresses, bank accounts, cases by party. */
const identifyingQueries = {
  subject_names: 'SELECT * FROM subject_names WHERE subject_id = ANY($1::text[]) ORDER BY id',
  addresses: 'SELECT * FROM addresses WHERE subject_id = ANY($1::text[]) ORDER BY id',
  bank_accounts: 'SELECT * FROM bank_accounts WHERE subject_id = ANY($1::text[]) ORDER BY id',
  cases: 'SELECT p.subject_id, c.* FROM case_parties p JOIN cases c ON c.id = p.case_id WHERE p.subject_id = ANY($1::text[]) ORDER BY c.id',
} as const;

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

function toCaseDocument(row: DocumentRow): CaseDocument {
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

/** The columns of `documents` in insert order, and one document's values for them. */
export const documentInsertColumns = [
  'id',
  'case_id',
  'subject_id',
  'kind',
  'date',
  'direction',
  'sender',
  'recipient',
  'title',
  'file_name',
  'media_type',
  'sha256',
  'parent_id',
] as const;

export function documentInsertValues(d: CaseDocument): (string | null)[] {
  return [
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
  ];
}

/**
 * The documents on the team's PostgreSQL server (migration 006; issue 16.1): the same behaviour as the
 * SQLite repository (sqliteDocumentRepository.ts; test/electron/core/store/contract/documentsContract.test.ts
 * holds both to it), the file's bytes as `bytea` in `document_files`. Every statement is parameterised.
 * Called on the pool each statement is its own transaction, so a reading and its pages are replaced by
 * one statement; inside the store's transaction they join it.
 */
export function postgresDocumentRepository(sql: Sql): DocumentRepository {
  return {
    async putFile(content) {
      const sha256 = createHash('sha256').update(content).digest('hex');
      await sql.query('INSERT INTO document_files (sha256, bytes, content) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING', [
        sha256,
        content.byteLength,
        Buffer.from(content.buffer, content.byteOffset, content.byteLength),
      ]);
      return sha256;
    },
    async file(sha256) {
      const { rows } = await sql.query<{ content: Buffer }>('SELECT content FROM document_files WHERE sha256 = $1', [sha256]);
      const content = rows[0]?.content;
      if (!content) throw new DomainError('document.file-missing', { sha256 });
      return new Uint8Array(content.buffer, content.byteOffset, content.byteLength);
    },
    async addDocuments(documents) {
      if (documents.length === 0) return;
      // One statement for the lot: all or none, as SQLite's inserts inside the caller's transaction.
      const values = documents.map(
        (_, row) => `(${documentInsertColumns.map((_, column) => `$${row * documentInsertColumns.length + column + 1}`).join(', ')})`,
      );
      await sql.query(
        `INSERT INTO documents (${documentInsertColumns.join(', ')}) VALUES ${values.join(', ')}`,
        documents.flatMap(documentInsertValues),
      );
    },
    async document(id) {
      const { rows } = await sql.query<DocumentRow>(`SELECT ${documentColumns} WHERE d.id = $1`, [id]);
      if (!rows[0]) throw new DomainError('document.not-found', { documentId: id });
      return toCaseDocument(rows[0]);
    },
    async documentsOf({ subjectIds, caseIds }) {
      if (subjectIds.length === 0 && caseIds.length === 0) return [];
      const { rows } = await sql.query<DocumentRow>(
        `SELECT ${documentColumns} WHERE d.subject_id = ANY($1::text[]) OR d.case_id = ANY($2::text[]) ORDER BY d.date, d.id`,
        [subjectIds, caseIds],
      );
      return rows.map(toCaseDocument);
    },
    async countDocuments() {
      const { rows } = await sql.query<{ count: number }>('SELECT count(*) AS count FROM documents');
      return rows[0]!.count;
    },
    async documentIds() {
      const { rows } = await sql.query<{ id: string }>('SELECT id FROM documents ORDER BY id');
      return rows.map((r) => r.id);
    },
    async saveReading(reading, pages) {
      // One statement: the reading upserted, the new pages upserted and the pages it no longer has deleted.
      await sql.query(
        'WITH reading AS (' +
          'INSERT INTO document_readings (document_id, status, method, problem, read_at, page_count) VALUES ($1, $2, $3, $4, $5, $6) ' +
          'ON CONFLICT (document_id) DO UPDATE SET status = excluded.status, method = excluded.method, problem = excluded.problem, ' +
          'read_at = excluded.read_at, page_count = excluded.page_count), ' +
          'pages AS (SELECT * FROM json_to_recordset($7::json) AS p(page integer, text text, width double precision, ' +
          'height double precision, words text)), ' +
          'removed AS (DELETE FROM document_pages WHERE document_id = $1 AND page NOT IN (SELECT page FROM pages)) ' +
          'INSERT INTO document_pages (document_id, page, text, width, height, words) ' +
          'SELECT $1, page, text, width, height, words FROM pages ' +
          'ON CONFLICT (document_id, page) DO UPDATE SET text = excluded.text, width = excluded.width, height = excluded.height, ' +
          'words = excluded.words',
        [
          reading.documentId,
          reading.status,
          reading.method,
          reading.problem,
          reading.readAt,
          reading.pageCount,
          JSON.stringify(
            pages.map((p) => ({ page: p.page, text: p.text, width: p.width, height: p.height, words: JSON.stringify(p.words) })),
          ),
        ],
      );
    },
    async reading(documentId) {
      const { rows } = await sql.query<{
        status: DocumentReading['status'];
        method: DocumentReading['method'];
        problem: DocumentReading['problem'];
        read_at: string | null;
        page_count: number;
      }>('SELECT status, method, problem, read_at, page_count FROM document_readings WHERE document_id = $1', [documentId]);
      const row = rows[0];
      if (!row) return { documentId, status: 'pending', method: null, problem: null, readAt: null, pageCount: 0 };
      return { documentId, status: row.status, method: row.method, problem: row.problem, readAt: row.read_at, pageCount: row.page_count };
    },
    /**
     * The server has no document text index yet (docs/documents.md § Search): every read page outside
     * the excluded documents is a candidate, and possibleMentions.ts checks each page's words itself, so
     * the answer is the same as SQLite's, only without the index's speed.
     */
    async pagesMentioning(query) {
      const { rows } = await sql.query<MentionCandidatePage>(
        'SELECT document_id AS "documentId", page, text FROM document_pages WHERE NOT (document_id = ANY($1::text[])) ' +
          'ORDER BY document_id, page',
        [[...query.excludeDocumentIds]],
      );
      return rows;
    },
    async identifyingRecords(subjectIds) {
      const result = new Map<string, Record<string, ProfileRow[]>>();
      if (subjectIds.length === 0) return result as Map<string, ProfileRecords>;
      const ids = [...new Set(subjectIds)];
      const { rows } = await sql.query<{ id: string }>('SELECT id FROM subjects WHERE id = ANY($1::text[])', [ids]);
      for (const { id } of rows) result.set(id, {});
      for (const [table, query] of Object.entries(identifyingQueries)) {
        for (const row of (await sql.query<ProfileRow>(query, [ids])).rows) {
          const records = result.get(String(row.subject_id));
          if (records) (records[table] ??= []).push(row);
        }
      }
      return result as Map<string, ProfileRecords>;
    },
    async pages(documentId) {
      const { rows } = await sql.query<{ page: number; text: string; width: number; height: number; words: string }>(
        'SELECT page, text, width, height, words FROM document_pages WHERE document_id = $1 ORDER BY page',
        [documentId],
      );
      return rows.map((r): DocumentPage => ({
        documentId,
        page: r.page,
        text: r.text,
        width: r.width,
        height: r.height,
        words: JSON.parse(r.words),
      }));
    },
    async unreadDocumentIds() {
      const { rows } = await sql.query<{ id: string }>(
        'SELECT d.id FROM documents d LEFT JOIN document_readings r ON r.document_id = d.id ' +
          "WHERE r.document_id IS NULL OR r.status IN ('pending','ocr-unavailable') ORDER BY d.id",
      );
      return rows.map((r) => r.id);
    },
    async decideMention(decision) {
      await sql.query(
        'INSERT INTO request_document_mentions (reference, document_id, decision, reason, decided_by, decided_on) ' +
          'VALUES ($1, $2, $3, $4, $5, $6) ' +
          'ON CONFLICT (reference, document_id) DO UPDATE SET decision = excluded.decision, reason = excluded.reason, ' +
          'decided_by = excluded.decided_by, decided_on = excluded.decided_on',
        [decision.reference, decision.documentId, decision.decision, decision.reason, decision.decidedBy, decision.decidedOn],
      );
    },
    async mentionDecisions(reference) {
      const { rows } = await sql.query<{
        document_id: string;
        decision: DocumentMentionDecision['decision'];
        reason: string | null;
        decided_by: string;
        decided_on: string;
      }>(
        'SELECT document_id, decision, reason, decided_by, decided_on FROM request_document_mentions ' +
          'WHERE reference = $1 ORDER BY document_id',
        [reference],
      );
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
      const { rows } = await sql.query<{ id: number }>(
        'INSERT INTO request_document_redactions (reference, document_id, page, target, reason, note, redacted_by, redacted_on) ' +
          'VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id',
        [r.reference, r.documentId, r.target.page, JSON.stringify(r.target), r.reason, r.note, r.by, r.on],
      );
      return rows[0]!.id;
    },
    async removeRedaction(reference, id) {
      const result = await sql.query('DELETE FROM request_document_redactions WHERE reference = $1 AND id = $2', [reference, id]);
      return (result.rowCount ?? 0) > 0;
    },
    async redactions(reference, documentId) {
      const { rows } = await sql.query<{
        id: number;
        document_id: string;
        target: string;
        reason: string;
        note: string | null;
        redacted_by: string;
        redacted_on: string;
      }>(
        'SELECT id, document_id, target, reason, note, redacted_by, redacted_on FROM request_document_redactions ' +
          'WHERE reference = $1 AND ($2::text IS NULL OR document_id = $2) ORDER BY document_id, page, id',
        [reference, documentId ?? null],
      );
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
