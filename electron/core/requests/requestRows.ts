import type { Language, RedactionReason } from '../../../shared/extract/extractModel.ts';
import type { RequestStatus } from '../../../shared/requests/requestStatus.ts';
import type { RequestChannel, RequestKind, StoredRequest } from '../../../shared/requests/requestTypes.ts';
import type { Db } from '../db/openDatabase.ts';
import { prepared } from '../db/preparedStatement.ts';
import { DomainError } from '../../../shared/errors/domainError.ts';
import type { RequestOutcome } from '../../../shared/requests/requestOutcome.ts';
import { controllersOf, representativeOf } from './outcomeRows.ts';

/** Reading a request and everything attached to it from the register tables. */

export interface RequestRow {
  id: number;
  reference: string;
  received_on: string;
  channel: RequestChannel;
  kind: RequestKind;
  language: Language;
  requester_name: string;
  requester_address: string | null;
  requester_email: string | null;
  status: RequestStatus;
  status_reason: string | null;
  identity_method: string | null;
  identity_checked_on: string | null;
  identity_checked_by: string | null;
  extension_reason: string | null;
  extension_recorded_on: string | null;
  extension_by: string | null;
  closed_on: string | null;
  outcome: RequestOutcome | null;
  created_by: string;
  created_at: string;
}

export function findRequestRow(db: Db, reference: string): RequestRow | undefined {
  return prepared(db, 'SELECT * FROM requests WHERE reference = ?').get(reference) as RequestRow | undefined;
}

export function requestRow(db: Db, reference: string): RequestRow {
  const row = findRequestRow(db, reference);
  if (!row) throw new DomainError('request.not-found', { reference });
  return row;
}

function parseJson(text: string): unknown {
  return JSON.parse(text) as unknown;
}

export function storedRequest(db: Db, row: RequestRow): StoredRequest {
  const id = row.id;
  const requester: StoredRequest['requester'] = { name: row.requester_name };
  if (row.requester_address !== null) requester.address = row.requester_address;
  if (row.requester_email !== null) requester.email = row.requester_email;
  const pauses = (
    prepared(db, 'SELECT from_on, until_on, by FROM request_pauses WHERE request_id = ? ORDER BY id').all(id) as {
      from_on: string;
      until_on: string | null;
      by: string;
    }[]
  ).map((p) => (p.until_on === null ? { from: p.from_on, by: p.by } : { from: p.from_on, until: p.until_on, by: p.by }));
  return {
    reference: row.reference,
    receivedOn: row.received_on,
    channel: row.channel,
    kind: row.kind,
    language: row.language,
    requester,
    status: row.status,
    statusReason: row.status_reason,
    identity:
      row.identity_method !== null && row.identity_checked_on !== null
        ? { method: row.identity_method, checkedOn: row.identity_checked_on, checkedBy: row.identity_checked_by ?? '', noCopyKept: true }
        : null,
    extension:
      row.extension_reason !== null && row.extension_recorded_on !== null
        ? { reason: row.extension_reason, recordedOn: row.extension_recorded_on, by: row.extension_by ?? '' }
        : null,
    pauses,
    statusHistory: (
      prepared(db, 'SELECT * FROM request_status_history WHERE request_id = ? ORDER BY id').all(id) as {
        from_status: RequestStatus | null;
        to_status: RequestStatus;
        reason: string | null;
        changed_on: string;
        changed_by: string;
        changed_at: string;
      }[]
    ).map((h) => ({ from: h.from_status, to: h.to_status, reason: h.reason, on: h.changed_on, by: h.changed_by, at: h.changed_at })),
    subjects: (
      prepared(db, 'SELECT * FROM request_subjects WHERE request_id = ? ORDER BY linked_on, subject_id').all(id) as {
        subject_id: string;
        evidence: string;
        linked_on: string;
        linked_by: string;
      }[]
    ).map((s) => ({
      subjectId: s.subject_id,
      evidence: parseJson(s.evidence),
      linkedOn: s.linked_on,
      linkedBy: s.linked_by,
    })),
    rejectedCandidates: (
      prepared(db, 'SELECT * FROM request_rejected_candidates WHERE request_id = ? ORDER BY rejected_on, subject_id').all(id) as {
        subject_id: string;
        evidence: string;
        reason: string;
        rejected_on: string;
        rejected_by: string;
      }[]
    ).map((c) => ({
      subjectId: c.subject_id,
      evidence: parseJson(c.evidence),
      reason: c.reason,
      rejectedOn: c.rejected_on,
      rejectedBy: c.rejected_by,
    })),
    notes: (
      prepared(db, 'SELECT text, written_by, written_at FROM request_notes WHERE request_id = ? ORDER BY id').all(id) as {
        text: string;
        written_by: string;
        written_at: string;
      }[]
    ).map((n) => ({
      text: n.text,
      by: n.written_by,
      at: n.written_at,
    })),
    outputs: (
      prepared(db, 'SELECT file_name, kind, sha256, created_at FROM request_outputs WHERE request_id = ? ORDER BY id').all(id) as {
        file_name: string;
        kind: string;
        sha256: string;
        created_at: string;
      }[]
    ).map((o) => ({
      fileName: o.file_name,
      kind: o.kind,
      sha256: o.sha256,
      createdAt: o.created_at,
    })),
    redactions: (
      prepared(db, 'SELECT * FROM request_redactions WHERE request_id = ? ORDER BY id').all(id) as {
        id: number;
        record_kind: string;
        record_id: string;
        field: string | null;
        reason: RedactionReason | null;
        note: string | null;
        by: string;
        on_date: string;
        lifted: number;
        lifted_by: string | null;
        lifted_on: string | null;
      }[]
    ).map((r) => ({
      id: r.id,
      recordKind: r.record_kind,
      recordId: r.record_id,
      field: r.field,
      reason: r.reason,
      note: r.note,
      by: r.by,
      on: r.on_date,
      lifted: r.lifted === 1,
      liftedBy: r.lifted_by,
      liftedOn: r.lifted_on,
    })),
    closedOn: row.closed_on,
    outcome: row.outcome ?? null,
    representative: representativeOf(db, id),
    controllers: controllersOf(db, id),
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}
