import { redactionReasonSchema } from '../../../shared/extract/extractModel.ts';
import type { RedactionReason } from '../../../shared/extract/extractModel.ts';
import { finalStatuses } from '../../../shared/requests/requestStatus.ts';
import type { StoredRequest } from '../../../shared/requests/requestTypes.ts';
import { appendAudit } from '../audit/auditLog.ts';
import type { Db } from '../db/openDatabase.ts';
import type { Actor } from './requestRepository.ts';
import { getRequest, RequestRuleError } from './requestRepository.ts';
import type { RequestRow } from './requestRows.ts';
import { requestRow } from './requestRows.ts';

/**
 * What the clerk attaches to a request while handling it: the subjects matched (with the evidence
 * accepted), the candidates rejected, notes, redactions, and the files sent. Each in one transaction
 * with its audit entry; none of them may change a closed request except recording an output of
 * the answer itself (sent requests keep the files that were sent).
 */

function openRequest(db: Db, reference: string): RequestRow {
  const row = requestRow(db, reference);
  if (finalStatuses.includes(row.status))
    throw new RequestRuleError(`${reference}: the request is "${row.status}" and closed; it cannot be changed.`);
  return row;
}

function at(actor: Actor): string {
  return (actor.now ?? new Date()).toISOString();
}

/** Links a subject after matching; `evidence` is what the clerk accepted (e.g. which fields matched). */
export function linkSubject(db: Db, reference: string, subjectId: string, evidence: unknown, actor: Actor): StoredRequest {
  return db.transaction(() => {
    const row = openRequest(db, reference);
    db.prepare('DELETE FROM request_rejected_candidates WHERE request_id = ? AND subject_id = ?').run(row.id, subjectId);
    db.prepare(
      'INSERT OR REPLACE INTO request_subjects (request_id, subject_id, evidence, linked_on, linked_by) VALUES (?, ?, ?, ?, ?)',
    ).run(row.id, subjectId, JSON.stringify(evidence ?? null), actor.today, actor.clerk);
    appendAudit(db, { actor: actor.clerk, action: 'request.link-subject', requestRef: reference, subjectId }, actor.now);
    return getRequest(db, reference);
  })();
}

/** Records a candidate the clerk decided is not the requester (a namesake), so the decision is on file. */
export function rejectCandidate(
  db: Db,
  reference: string,
  subjectId: string,
  evidence: unknown,
  reason: string,
  actor: Actor,
): StoredRequest {
  return db.transaction(() => {
    const row = openRequest(db, reference);
    if (!reason.trim()) throw new RequestRuleError('Say why the candidate is not the requester.');
    db.prepare('DELETE FROM request_subjects WHERE request_id = ? AND subject_id = ?').run(row.id, subjectId);
    db.prepare(
      'INSERT OR REPLACE INTO request_rejected_candidates (request_id, subject_id, evidence, reason, rejected_on, rejected_by) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(row.id, subjectId, JSON.stringify(evidence ?? null), reason.trim(), actor.today, actor.clerk);
    appendAudit(db, { actor: actor.clerk, action: 'request.reject-candidate', requestRef: reference, subjectId }, actor.now);
    return getRequest(db, reference);
  })();
}

export function addNote(db: Db, reference: string, text: string, actor: Actor): StoredRequest {
  return db.transaction(() => {
    const row = requestRow(db, reference);
    if (!text.trim()) throw new RequestRuleError('A note needs text.');
    const { lastInsertRowid } = db
      .prepare('INSERT INTO request_notes (request_id, text, written_by, written_at) VALUES (?, ?, ?, ?)')
      .run(row.id, text.trim(), actor.clerk, at(actor));
    appendAudit(db, { actor: actor.clerk, action: 'request.note', requestRef: reference, target: `note:${lastInsertRowid}` }, actor.now);
    return getRequest(db, reference);
  })();
}

/** A file handed to the person (PDF extract, portability archive, letter), identified by its SHA-256. */
export function addOutput(
  db: Db,
  reference: string,
  output: { fileName: string; kind: string; sha256: string },
  actor: Actor,
): StoredRequest {
  if (!/^[0-9a-f]{64}$/.test(output.sha256)) throw new RequestRuleError(`Not a SHA-256 in hex: "${output.sha256}"`);
  return db.transaction(() => {
    const row = requestRow(db, reference);
    db.prepare('INSERT INTO request_outputs (request_id, file_name, kind, sha256, created_at) VALUES (?, ?, ?, ?, ?)').run(
      row.id,
      output.fileName,
      output.kind,
      output.sha256,
      at(actor),
    );
    appendAudit(
      db,
      {
        actor: actor.clerk,
        action: 'export',
        requestRef: reference,
        target: output.fileName,
        details: { kind: output.kind, sha256: output.sha256 },
      },
      actor.now,
    );
    return getRequest(db, reference);
  })();
}

export interface RedactionInput {
  recordKind: string;
  recordId: string;
  field?: string;
  reason: RedactionReason;
  note?: string;
}

/** Art. 15(4): withholds a field or a whole record from the copy, with the reason given to the person. */
export function addRedaction(db: Db, reference: string, input: RedactionInput, actor: Actor): StoredRequest {
  const reason = redactionReasonSchema.safeParse(input.reason);
  if (!reason.success)
    throw new RequestRuleError(`Unknown redaction reason "${input.reason}"; one of: ${redactionReasonSchema.options.join(', ')}`);
  return db.transaction(() => {
    const row = openRequest(db, reference);
    db.prepare(
      'INSERT INTO request_redactions (request_id, record_kind, record_id, field, reason, note, by, on_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(row.id, input.recordKind, input.recordId, input.field ?? null, reason.data, input.note?.trim() || null, actor.clerk, actor.today);
    appendAudit(
      db,
      {
        actor: actor.clerk,
        action: 'record.redact',
        requestRef: reference,
        target: `${input.recordKind}:${input.recordId}:${input.field ?? '*'}`,
        details: { reason: reason.data },
      },
      actor.now,
    );
    return getRequest(db, reference);
  })();
}

/**
 * Lifts a redaction: the clerk's own one on that record and field, or else an automatic one (stored as
 * a lifted row, which the extract model reads as `liftedRedactions`).
 */
export function liftRedaction(
  db: Db,
  reference: string,
  key: { recordKind: string; recordId: string; field?: string },
  actor: Actor,
): StoredRequest {
  return db.transaction(() => {
    const row = openRequest(db, reference);
    const own = db
      .prepare('SELECT id FROM request_redactions WHERE request_id = ? AND record_kind = ? AND record_id = ? AND field IS ? AND lifted = 0')
      .all(row.id, key.recordKind, key.recordId, key.field ?? null) as { id: number }[];
    if (own.length > 0) {
      db.prepare(
        `UPDATE request_redactions SET lifted = 1, lifted_by = ?, lifted_on = ? WHERE id IN (${own.map(() => '?').join(',')})`,
      ).run(actor.clerk, actor.today, ...own.map((r) => r.id));
    } else {
      db.prepare(
        'INSERT INTO request_redactions (request_id, record_kind, record_id, field, reason, by, on_date, lifted, lifted_by, lifted_on) VALUES (?, ?, ?, ?, NULL, ?, ?, 1, ?, ?)',
      ).run(row.id, key.recordKind, key.recordId, key.field ?? null, actor.clerk, actor.today, actor.clerk, actor.today);
    }
    appendAudit(
      db,
      {
        actor: actor.clerk,
        action: 'record.lift-redaction',
        requestRef: reference,
        target: `${key.recordKind}:${key.recordId}:${key.field ?? '*'}`,
      },
      actor.now,
    );
    return getRequest(db, reference);
  })();
}
