import { DomainError } from '../../../shared/errors/domainError.ts';
import type { Sql } from '../db/postgres/postgresPool.ts';
import { readStoredRequests, selectStoredRequests } from './postgresRequestRead.ts';
import { postgresRequestExtras } from './postgresRequestExtras.ts';
import type { RequestRepository, StatusChangeRow } from './requestRepository.ts';

// The advisory-lock class of "reference numbers of one year" (any fixed int4; the year is the second key).
const referenceNumberLock = 7_315_003;

/**
 * The request register on the team's PostgreSQL server (issue 15.1). Runs inside the caller's
 * transaction (postgresStore.transaction) or, outside one, statement by statement on the pool.
 *
 * Several clerks write at once (issue 15.3):
 * - Reference numbers: `nextNumber` takes a transaction-scoped advisory lock on the year before it
 *   counts, so a second registration of that year waits until the first commits and then counts past
 *   it; UNIQUE (ref_year, ref_number) refuses a duplicate whatever happens. A registration that rolls
 *   back leaves its number unused: numbers are unique and increasing, not promised gap-free.
 * - `find` locks the request's row (FOR NO KEY UPDATE) until the transaction ends, so two use cases on
 *   one request run one after the other and the second decides on what the first wrote (no lost
 *   update). Outside a transaction the lock ends with the statement.
 */
export function postgresRequestRepository(sql: Sql): RequestRepository {
  async function idOf(reference: string): Promise<number> {
    const row = (await sql.query<{ id: number }>('SELECT id FROM requests WHERE reference = $1', [reference])).rows[0];
    if (!row) throw new DomainError('request.not-found', { reference });
    return row.id;
  }
  return {
    async find(reference) {
      const found = await readStoredRequests(sql, `${selectStoredRequests} WHERE r.reference = $1 FOR NO KEY UPDATE OF r`, [reference]);
      return found[0] ?? null;
    },
    async list() {
      return readStoredRequests(sql, `${selectStoredRequests} ORDER BY r.received_on, r.reference COLLATE "C"`);
    },
    async nextNumber(year) {
      await sql.query('SELECT pg_advisory_xact_lock($1, $2)', [referenceNumberLock, year]);
      // A statement of its own: under READ COMMITTED it sees what the lock's previous holder committed.
      const row = (await sql.query<{ n: number }>('SELECT coalesce(max(ref_number), 0) + 1 AS n FROM requests WHERE ref_year = $1', [year]))
        .rows[0];
      return row!.n;
    },
    async insert(r) {
      const inserted = await sql.query<{ id: number }>(
        'INSERT INTO requests (reference, ref_year, ref_number, received_on, channel, kind, language, requester_name, ' +
          'requester_address, requester_email, status, created_by, created_at) ' +
          "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'received', $11, $12) RETURNING id",
        [
          r.reference,
          r.year,
          r.number,
          r.receivedOn,
          r.channel,
          r.kind,
          r.language,
          r.requester.name,
          r.requester.address ?? null,
          r.requester.email ?? null,
          r.createdBy,
          r.createdAt,
        ],
      );
      await insertHistory(sql, inserted.rows[0]!.id, {
        from: null,
        to: 'received',
        reason: null,
        on: r.createdOn,
        by: r.createdBy,
        at: r.createdAt,
      });
    },
    async changeStatus(reference, change) {
      const id = await idOf(reference);
      await sql.query('UPDATE requests SET status = $1, status_reason = $2, closed_on = $3 WHERE id = $4', [
        change.to,
        change.reason,
        change.closedOn,
        id,
      ]);
      await insertHistory(sql, id, change);
    },
    async openPause(reference, pause) {
      await sql.query('INSERT INTO request_pauses (request_id, reason, from_on, "by") VALUES ($1, \'identity\', $2, $3)', [
        await idOf(reference),
        pause.from,
        pause.by,
      ]);
    },
    async endPause(reference, until) {
      await sql.query('UPDATE request_pauses SET until_on = $1 WHERE request_id = $2 AND until_on IS NULL', [until, await idOf(reference)]);
    },
    async setIdentity(reference, identity) {
      await sql.query(
        'UPDATE requests SET identity_method = $1, identity_checked_on = $2, identity_checked_by = $3, identity_no_copy_kept = 1 ' +
          'WHERE id = $4',
        [identity.method, identity.checkedOn, identity.checkedBy, await idOf(reference)],
      );
    },
    async setExtension(reference, extension) {
      await sql.query('UPDATE requests SET extension_reason = $1, extension_recorded_on = $2, extension_by = $3 WHERE id = $4', [
        extension.reason,
        extension.recordedOn,
        extension.by,
        await idOf(reference),
      ]);
    },
    async linkSubject(reference, link) {
      const id = await idOf(reference);
      await sql.query('DELETE FROM request_rejected_candidates WHERE request_id = $1 AND subject_id = $2', [id, link.subjectId]);
      await sql.query(
        'INSERT INTO request_subjects (request_id, subject_id, evidence, linked_on, linked_by) VALUES ($1, $2, $3, $4, $5) ' +
          'ON CONFLICT (request_id, subject_id) DO UPDATE SET evidence = excluded.evidence, linked_on = excluded.linked_on, ' +
          'linked_by = excluded.linked_by',
        [id, link.subjectId, JSON.stringify(link.evidence ?? null), link.on, link.by],
      );
    },
    async rejectSubject(reference, rejection) {
      const id = await idOf(reference);
      await sql.query('DELETE FROM request_subjects WHERE request_id = $1 AND subject_id = $2', [id, rejection.subjectId]);
      await sql.query(
        'INSERT INTO request_rejected_candidates (request_id, subject_id, evidence, reason, rejected_on, rejected_by) ' +
          'VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (request_id, subject_id) DO UPDATE SET evidence = excluded.evidence, ' +
          'reason = excluded.reason, rejected_on = excluded.rejected_on, rejected_by = excluded.rejected_by',
        [id, rejection.subjectId, JSON.stringify(rejection.evidence ?? null), rejection.reason, rejection.on, rejection.by],
      );
    },
    async addNote(reference, note) {
      const inserted = await sql.query<{ id: number }>(
        'INSERT INTO request_notes (request_id, text, written_by, written_at) VALUES ($1, $2, $3, $4) RETURNING id',
        [await idOf(reference), note.text, note.by, note.at],
      );
      return inserted.rows[0]!.id;
    },
    async addOutput(reference, output) {
      await sql.query('INSERT INTO request_outputs (request_id, file_name, kind, sha256, created_at) VALUES ($1, $2, $3, $4, $5)', [
        await idOf(reference),
        output.fileName,
        output.kind,
        output.sha256,
        output.createdAt,
      ]);
    },
    async addRedaction(reference, r) {
      await sql.query(
        'INSERT INTO request_redactions (request_id, record_kind, record_id, field, reason, note, "by", on_date, lifted, ' +
          'lifted_by, lifted_on) ' +
          'VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)',
        [
          await idOf(reference),
          r.recordKind,
          r.recordId,
          r.field,
          r.reason,
          r.note,
          r.by,
          r.on,
          r.lifted ? 1 : 0,
          r.lifted?.by ?? null,
          r.lifted?.on ?? null,
        ],
      );
    },
    async liftRedactions(ids, lift) {
      if (ids.length === 0) return;
      await sql.query('UPDATE request_redactions SET lifted = 1, lifted_by = $1, lifted_on = $2 WHERE id = ANY($3)', [
        lift.by,
        lift.on,
        [...ids],
      ]);
    },
    ...postgresRequestExtras(sql, idOf),
  };
}

async function insertHistory(sql: Sql, requestId: number, change: Omit<StatusChangeRow, 'closedOn'>): Promise<void> {
  await sql.query(
    'INSERT INTO request_status_history (request_id, from_status, to_status, reason, changed_on, changed_by, changed_at) ' +
      'VALUES ($1, $2, $3, $4, $5, $6, $7)',
    [requestId, change.from, change.to, change.reason, change.on, change.by, change.at],
  );
}
