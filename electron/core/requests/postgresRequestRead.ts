import type { StoredRequest } from '../../../shared/requests/requestTypes.ts';
import type { Sql } from '../db/postgres/postgresPool.ts';
import type { RequestRow } from './requestRows.ts';
import type { AttachedRows } from './storedRequestRows.ts';
import { storedRequestFrom } from './storedRequestRows.ts';

/**
 * Reading requests from the PostgreSQL register in ONE round trip: the request's row with each table
 * attached to it aggregated as a JSON list beside it (a use case reads its request twice, and on a
 * network every round trip counts). The attached rows carry the same columns under the same names as
 * SQLite's (JSON as its text, `lifted` as 0/1, days as ISO text), so the one shared mapping
 * (storedRequestRows.ts) makes the StoredRequest. Text is ordered byte-wise (COLLATE "C") as SQLite does.
 */

const attached = (columns: string, table: string, order: string): string =>
  `(SELECT coalesce(json_agg(x ORDER BY ${order}), '[]'::json) FROM (SELECT ${columns} FROM ${table} WHERE request_id = r.id) x)`;

const attachedColumns = [
  `${attached('id, from_on, until_on, "by"', 'request_pauses', 'x.id')} AS pauses`,
  `${attached('id, from_status, to_status, reason, changed_on, changed_by, changed_at', 'request_status_history', 'x.id')} AS history`,
  `${attached(
    'subject_id, evidence::text AS evidence, linked_on, linked_by',
    'request_subjects',
    'x.linked_on, x.subject_id COLLATE "C"',
  )} AS subjects`,
  `${attached(
    'subject_id, evidence::text AS evidence, reason, rejected_on, rejected_by',
    'request_rejected_candidates',
    'x.rejected_on, x.subject_id COLLATE "C"',
  )} AS rejected`,
  `${attached('id, text, written_by, written_at', 'request_notes', 'x.id')} AS notes`,
  `${attached('id, file_name, kind, sha256, created_at', 'request_outputs', 'x.id')} AS outputs`,
  `${attached(
    'id, record_kind, record_id, field, reason, note, "by", on_date, lifted, lifted_by, lifted_on',
    'request_redactions',
    'x.id',
  )} AS redactions`,
  `${attached('name, capacity, address, email, proof, checked_on, checked_by', 'request_representatives', 'x.name')} AS representatives`,
  `${attached(
    'controller_id, name, contact::text AS contact, referred_on, referred_by, instruction, instruction_received_on, ' +
      'instruction_note, instruction_by',
    'request_controllers',
    'x.controller_id COLLATE "C"',
  )} AS controllers`,
].join(',\n  ');

/** The SELECT of requests with everything attached; the caller adds WHERE / ORDER BY / locking after `FROM requests r`. */
export const selectStoredRequests = `SELECT r.*,\n  ${attachedColumns}\nFROM requests r`;

type StoredRequestRow = RequestRow &
  Omit<AttachedRows, 'representative'> & {
    representatives: NonNullable<AttachedRows['representative']>[];
  };

/** The requests `query` (built on selectStoredRequests) returns, in its order. */
export async function readStoredRequests(sql: Sql, query: string, params: unknown[] = []): Promise<StoredRequest[]> {
  const rows = (await sql.query<StoredRequestRow>(query, params)).rows;
  return rows.map((row) => storedRequestFrom(row, { ...row, representative: row.representatives[0] }));
}
