import type { Language } from '../../../shared/extract/extractModel.ts';
import type { RequestStatus } from '../../../shared/requests/requestStatus.ts';
import type { RequestChannel, RequestKind, StoredRequest } from '../../../shared/requests/requestTypes.ts';
import type { Db } from '../db/openDatabase.ts';
import { prepared } from '../db/preparedStatement.ts';
import { DomainError } from '../../../shared/errors/domainError.ts';
import type { RequestOutcome } from '../../../shared/requests/requestOutcome.ts';
import { controllerRows, representativeRow } from './outcomeRows.ts';
import type { HistoryRow, NoteRow, OutputRow, PauseRow, RedactionRowRead, RejectedRow, SubjectRow } from './storedRequestRows.ts';
import { storedRequestFrom } from './storedRequestRows.ts';

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

export function storedRequest(db: Db, row: RequestRow): StoredRequest {
  const id = row.id;
  const all = <T>(query: string): T[] => prepared(db, query).all(id) as T[];
  return storedRequestFrom(row, {
    pauses: all<PauseRow>('SELECT from_on, until_on, by FROM request_pauses WHERE request_id = ? ORDER BY id'),
    history: all<HistoryRow>('SELECT * FROM request_status_history WHERE request_id = ? ORDER BY id'),
    subjects: all<SubjectRow>('SELECT * FROM request_subjects WHERE request_id = ? ORDER BY linked_on, subject_id'),
    rejected: all<RejectedRow>('SELECT * FROM request_rejected_candidates WHERE request_id = ? ORDER BY rejected_on, subject_id'),
    notes: all<NoteRow>('SELECT text, written_by, written_at FROM request_notes WHERE request_id = ? ORDER BY id'),
    outputs: all<OutputRow>('SELECT file_name, kind, sha256, created_at FROM request_outputs WHERE request_id = ? ORDER BY id'),
    redactions: all<RedactionRowRead>('SELECT * FROM request_redactions WHERE request_id = ? ORDER BY id'),
    representative: representativeRow(db, id),
    controllers: controllerRows(db, id),
  });
}
