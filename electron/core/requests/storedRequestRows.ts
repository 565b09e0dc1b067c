import type { ControllerInstruction, StoredController } from '../../../shared/requests/requestOutcome.ts';
import type { RepresentativeCapacity, StoredRepresentative } from '../../../shared/requests/representative.ts';
import type { RedactionReason } from '../../../shared/extract/extractModel.ts';
import type { RequestStatus } from '../../../shared/requests/requestStatus.ts';
import type { StoredRequest } from '../../../shared/requests/requestTypes.ts';
import type { RequestRow } from './requestRows.ts';

/**
 * The register's rows as both backends read them (SQLite and PostgreSQL select the same columns under
 * the same names, JSON as its text), and the one pure mapping from them to a StoredRequest, so a
 * request reads back the same from either store (issue 15, storage contract).
 */

export interface PauseRow {
  from_on: string;
  until_on: string | null;
  by: string;
}
export interface HistoryRow {
  from_status: RequestStatus | null;
  to_status: RequestStatus;
  reason: string | null;
  changed_on: string;
  changed_by: string;
  changed_at: string;
}
export interface SubjectRow {
  subject_id: string;
  evidence: string;
  linked_on: string;
  linked_by: string;
}
export interface RejectedRow {
  subject_id: string;
  evidence: string;
  reason: string;
  rejected_on: string;
  rejected_by: string;
}
export interface NoteRow {
  text: string;
  written_by: string;
  written_at: string;
}
export interface OutputRow {
  file_name: string;
  kind: string;
  sha256: string;
  created_at: string;
}
export interface RedactionRowRead {
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
}
export interface RepresentativeRow {
  name: string;
  capacity: RepresentativeCapacity;
  address: string | null;
  email: string | null;
  proof: string;
  checked_on: string;
  checked_by: string;
}
export interface ControllerRow {
  controller_id: string;
  name: string;
  contact: string;
  referred_on: string;
  referred_by: string;
  instruction: ControllerInstruction | null;
  instruction_received_on: string | null;
  instruction_note: string | null;
  instruction_by: string | null;
}

/** Everything attached to one request, each list in the order the register reads it. */
export interface AttachedRows {
  pauses: PauseRow[];
  history: HistoryRow[];
  subjects: SubjectRow[];
  rejected: RejectedRow[];
  notes: NoteRow[];
  outputs: OutputRow[];
  redactions: RedactionRowRead[];
  representative: RepresentativeRow | undefined;
  controllers: ControllerRow[];
}

function parseJson(text: string): unknown {
  return JSON.parse(text) as unknown;
}

export function representativeFrom(r: RepresentativeRow | undefined): StoredRepresentative | null {
  if (!r) return null;
  return {
    name: r.name,
    capacity: r.capacity,
    address: r.address,
    email: r.email,
    proof: r.proof,
    checkedOn: r.checked_on,
    checkedBy: r.checked_by,
  };
}

export function controllerFrom(c: ControllerRow): StoredController {
  return {
    controllerId: c.controller_id,
    name: c.name,
    contact: JSON.parse(c.contact) as StoredController['contact'],
    referredOn: c.referred_on,
    referredBy: c.referred_by,
    instruction:
      c.instruction !== null && c.instruction_received_on !== null
        ? { kind: c.instruction, receivedOn: c.instruction_received_on, note: c.instruction_note, by: c.instruction_by ?? '' }
        : null,
  };
}

export function storedRequestFrom(row: RequestRow, attached: AttachedRows): StoredRequest {
  const requester: StoredRequest['requester'] = { name: row.requester_name };
  if (row.requester_address !== null) requester.address = row.requester_address;
  if (row.requester_email !== null) requester.email = row.requester_email;
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
    pauses: attached.pauses.map((p) =>
      p.until_on === null ? { from: p.from_on, by: p.by } : { from: p.from_on, until: p.until_on, by: p.by },
    ),
    statusHistory: attached.history.map((h) => ({
      from: h.from_status,
      to: h.to_status,
      reason: h.reason,
      on: h.changed_on,
      by: h.changed_by,
      at: h.changed_at,
    })),
    subjects: attached.subjects.map((s) => ({
      subjectId: s.subject_id,
      evidence: parseJson(s.evidence),
      linkedOn: s.linked_on,
      linkedBy: s.linked_by,
    })),
    rejectedCandidates: attached.rejected.map((c) => ({
      subjectId: c.subject_id,
      evidence: parseJson(c.evidence),
      reason: c.reason,
      rejectedOn: c.rejected_on,
      rejectedBy: c.rejected_by,
    })),
    notes: attached.notes.map((n) => ({ text: n.text, by: n.written_by, at: n.written_at })),
    outputs: attached.outputs.map((o) => ({ fileName: o.file_name, kind: o.kind, sha256: o.sha256, createdAt: o.created_at })),
    redactions: attached.redactions.map((r) => ({
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
    representative: representativeFrom(attached.representative),
    controllers: attached.controllers.map(controllerFrom),
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}
