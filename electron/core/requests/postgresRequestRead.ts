import type { StoredRequest } from '../../../shared/requests/requestTypes.ts';
import type { Sql } from '../db/postgres/postgresPool.ts';
import type { RequestRow } from './requestRows.ts';
import type { AttachedRows } from './storedRequestRows.ts';
import { storedRequestFrom } from './storedRequestRows.ts';

/**
 * Reading requests from the PostgreSQL register: the same columns under the same names as SQLite
 * (JSON as its text, `lifted` as 0/1), mapped by the one shared function (storedRequestRows.ts). The
 * attached rows of many requests come in one query per table (`request_id = ANY(…)`), so the list
 * costs ten round trips, not ten per request. Text is ordered byte-wise (COLLATE "C") as SQLite does.
 */

type Lists = Omit<AttachedRows, 'representative'>;

const attachedQueries: Record<keyof Lists, string> = {
  pauses: 'SELECT request_id, from_on, until_on, "by" FROM request_pauses WHERE request_id = ANY($1) ORDER BY id',
  history:
    'SELECT request_id, from_status, to_status, reason, changed_on, changed_by, changed_at FROM request_status_history ' +
    'WHERE request_id = ANY($1) ORDER BY id',
  subjects:
    'SELECT request_id, subject_id, evidence::text AS evidence, linked_on, linked_by FROM request_subjects ' +
    'WHERE request_id = ANY($1) ORDER BY linked_on, subject_id COLLATE "C"',
  rejected:
    'SELECT request_id, subject_id, evidence::text AS evidence, reason, rejected_on, rejected_by FROM request_rejected_candidates ' +
    'WHERE request_id = ANY($1) ORDER BY rejected_on, subject_id COLLATE "C"',
  notes: 'SELECT request_id, text, written_by, written_at FROM request_notes WHERE request_id = ANY($1) ORDER BY id',
  outputs: 'SELECT request_id, file_name, kind, sha256, created_at FROM request_outputs WHERE request_id = ANY($1) ORDER BY id',
  redactions:
    'SELECT request_id, id, record_kind, record_id, field, reason, note, "by", on_date, lifted, lifted_by, lifted_on ' +
    'FROM request_redactions WHERE request_id = ANY($1) ORDER BY id',
  controllers:
    'SELECT request_id, controller_id, name, contact::text AS contact, referred_on, referred_by, instruction, ' +
    'instruction_received_on, instruction_note, instruction_by FROM request_controllers ' +
    'WHERE request_id = ANY($1) ORDER BY controller_id COLLATE "C"',
};

const representativeQuery =
  'SELECT request_id, name, capacity, address, email, proof, checked_on, checked_by FROM request_representatives ' +
  'WHERE request_id = ANY($1)';

function groupBy<T extends { request_id: number }>(rows: T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const { request_id: id } = row;
    const list = groups.get(id);
    if (list) list.push(row);
    else groups.set(id, [row]);
  }
  return groups;
}

/** The requests of `rows`, in that order, each with everything attached. */
export async function storedRequestsOf(sql: Sql, rows: readonly RequestRow[]): Promise<StoredRequest[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const lists = {} as Record<keyof Lists, Map<number, never[]>>;
  for (const [name, query] of Object.entries(attachedQueries) as [keyof Lists, string][]) {
    lists[name] = groupBy((await sql.query<{ request_id: number }>(query, [ids])).rows) as Map<number, never[]>;
  }
  const representatives = groupBy((await sql.query<{ request_id: number }>(representativeQuery, [ids])).rows);
  return rows.map((row) => {
    const of = (name: keyof Lists): never[] => lists[name].get(row.id) ?? [];
    return storedRequestFrom(row, {
      pauses: of('pauses'),
      history: of('history'),
      subjects: of('subjects'),
      rejected: of('rejected'),
      notes: of('notes'),
      outputs: of('outputs'),
      redactions: of('redactions'),
      controllers: of('controllers'),
      representative: representatives.get(row.id)?.[0] as AttachedRows['representative'],
    });
  });
}
