import type { RequestStatus } from '../../../shared/requests/requestStatus.ts';
import type { StoredRequest } from '../../../shared/requests/requestTypes.ts';
import type { Db } from '../db/openDatabase.ts';
import { prepared } from '../db/preparedStatement.ts';
import type { RequestRepository } from './requestRepository.ts';
import type { RequestRow } from './requestRows.ts';
import { findRequestRow, requestRow, storedRequest } from './requestRows.ts';
import { categoryReviewAccess } from './sqliteCategoryReviews.ts';
import { outcomeWrites } from './sqliteOutcomeWrites.ts';
import { fixedLetterStore } from './sqliteFixedLetters.ts';

/**
 * The request register on the embedded SQLite file: every statement prepared once per connection
 * (db/preparedStatement.ts). Runs inside the caller's transaction (Store.transaction); it opens none.
 */
export function sqliteRequestRepository(db: Db): RequestRepository {
  const idOf = (reference: string): number => requestRow(db, reference).id;
  return {
    async find(reference) {
      const row = findRequestRow(db, reference);
      return row ? storedRequest(db, row) : null;
    },
    async list() {
      return listRequests(db);
    },
    async nextNumber(year) {
      return (prepared(db, 'SELECT coalesce(max(ref_number), 0) + 1 AS n FROM requests WHERE ref_year = ?').get(year) as { n: number }).n;
    },
    async insert(r) {
      const { lastInsertRowid } = prepared(
        db,
        `INSERT INTO requests (reference, ref_year, ref_number, received_on, channel, ` +
          `kind, language, requester_name, requester_address, requester_email, status, ` +
          `created_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'received', ?, ?)`,
      ).run(
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
      );
      insertHistory(db, Number(lastInsertRowid), {
        from: null,
        to: 'received',
        reason: null,
        on: r.createdOn,
        by: r.createdBy,
        at: r.createdAt,
      });
    },
    async changeStatus(reference, change) {
      const id = idOf(reference);
      prepared(db, 'UPDATE requests SET status = ?, status_reason = ?, closed_on = ? WHERE id = ?').run(
        change.to,
        change.reason,
        change.closedOn,
        id,
      );
      insertHistory(db, id, change);
    },
    async openPause(reference, pause) {
      prepared(db, "INSERT INTO request_pauses (request_id, reason, from_on, by) VALUES (?, 'identity', ?, ?)").run(
        idOf(reference),
        pause.from,
        pause.by,
      );
    },
    async endPause(reference, until) {
      prepared(db, 'UPDATE request_pauses SET until_on = ? WHERE request_id = ? AND until_on IS NULL').run(until, idOf(reference));
    },
    async setIdentity(reference, identity) {
      prepared(
        db,
        'UPDATE requests SET identity_method = ?, identity_checked_on = ?, identity_checked_by = ?, identity_no_copy_kept = 1 WHERE id = ?',
      ).run(identity.method, identity.checkedOn, identity.checkedBy, idOf(reference));
    },
    async setExtension(reference, extension) {
      prepared(db, 'UPDATE requests SET extension_reason = ?, extension_recorded_on = ?, extension_by = ? WHERE id = ?').run(
        extension.reason,
        extension.recordedOn,
        extension.by,
        idOf(reference),
      );
    },
    async linkSubject(reference, link) {
      const id = idOf(reference);
      prepared(db, 'DELETE FROM request_rejected_candidates WHERE request_id = ? AND subject_id = ?').run(id, link.subjectId);
      prepared(
        db,
        'INSERT OR REPLACE INTO request_subjects (request_id, subject_id, evidence, linked_on, linked_by) VALUES (?, ?, ?, ?, ?)',
      ).run(id, link.subjectId, JSON.stringify(link.evidence ?? null), link.on, link.by);
    },
    async rejectSubject(reference, rejection) {
      const id = idOf(reference);
      prepared(db, 'DELETE FROM request_subjects WHERE request_id = ? AND subject_id = ?').run(id, rejection.subjectId);
      prepared(
        db,
        'INSERT OR REPLACE INTO request_rejected_candidates (request_id, subject_id, ' +
          'evidence, reason, rejected_on, rejected_by) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(id, rejection.subjectId, JSON.stringify(rejection.evidence ?? null), rejection.reason, rejection.on, rejection.by);
    },
    async addNote(reference, note) {
      const { lastInsertRowid } = prepared(
        db,
        'INSERT INTO request_notes (request_id, text, written_by, written_at) VALUES (?, ?, ?, ?)',
      ).run(idOf(reference), note.text, note.by, note.at);
      return Number(lastInsertRowid);
    },
    async addOutput(reference, output) {
      prepared(db, 'INSERT INTO request_outputs (request_id, file_name, kind, sha256, created_at) VALUES (?, ?, ?, ?, ?)').run(
        idOf(reference),
        output.fileName,
        output.kind,
        output.sha256,
        output.createdAt,
      );
    },
    async addRedaction(reference, r) {
      prepared(
        db,
        'INSERT INTO request_redactions (request_id, record_kind, record_id, field, ' +
          'reason, note, by, on_date, lifted, lifted_by, lifted_on) VALUES (?, ?, ' +
          '?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(
        idOf(reference),
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
      );
    },
    async liftRedactions(ids, lift) {
      const statement = prepared(db, 'UPDATE request_redactions SET lifted = 1, lifted_by = ?, lifted_on = ? WHERE id = ?');
      for (const id of ids) statement.run(lift.by, lift.on, id);
    },
    ...outcomeWrites(db, idOf),
    ...categoryReviewAccess(db, idOf),
    ...fixedLetterStore(db, idOf),
  };
}

function insertHistory(
  db: Db,
  requestId: number,
  change: { from: RequestStatus | null; to: RequestStatus; reason: string | null; on: string; by: string; at: string },
): void {
  prepared(
    db,
    'INSERT INTO request_status_history (request_id, from_status, to_status, ' +
      'reason, changed_on, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(requestId, change.from, change.to, change.reason, change.on, change.by, change.at);
}

/** A request read synchronously (for callers outside the use cases); unknown → DomainError request.not-found. */
export function getRequest(db: Db, reference: string): StoredRequest {
  return storedRequest(db, requestRow(db, reference));
}

export function listRequests(db: Db, options: { statuses?: readonly RequestStatus[] } = {}): StoredRequest[] {
  const rows = prepared(db, 'SELECT * FROM requests ORDER BY received_on, reference').all() as RequestRow[];
  return rows.filter((row) => !options.statuses || options.statuses.includes(row.status)).map((row) => storedRequest(db, row));
}
