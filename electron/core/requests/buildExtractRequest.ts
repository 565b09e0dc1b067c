import type { ExtractRequest, Redaction } from '../../../shared/extract/extractModel.ts';
import { redactionKey } from '../../../shared/extract/redactions.ts';
import type { StoredRequest } from '../../../shared/requests/requestTypes.ts';
import type { Db } from '../db/openDatabase.ts';
import { DomainError } from '../../../shared/errors/domainError.ts';
import { getRequest } from './sqliteRequestRepository.ts';

/**
 * The extract model's third input (shared/extract/extractModel.ts) from a stored request: its linked
 * subjects, the clerk's active redactions, and the redactions lifted (clerk's own or automatic).
 * Refused without linked subjects: an extract of nobody cannot be made.
 */
export function extractRequestFromStored(request: StoredRequest, clerk: string, clerkRole?: string | null): ExtractRequest {
  if (request.subjects.length === 0) throw new DomainError('request.no-subject', { reference: request.reference });
  const redactions: Redaction[] = [];
  const lifted = new Map<string, { key: string; by: string; on: string; reason?: string }>();
  for (const r of request.redactions) {
    if (r.lifted) {
      const key = redactionKey(r);
      // A lifted automatic withholding (no reason of its own) keeps the clerk's reason for lifting it in its note.
      const reason = r.reason === null && r.note !== null ? { reason: r.note } : {};
      lifted.set(key, { key, by: r.liftedBy ?? r.by, on: r.liftedOn ?? r.on, ...reason });
    } else if (r.reason !== null) {
      redactions.push({
        recordKind: r.recordKind,
        recordId: r.recordId,
        ...(r.field !== null ? { field: r.field } : {}),
        reason: r.reason,
        ...(r.note !== null ? { note: r.note } : {}),
        by: r.by,
        on: r.on,
      });
    }
  }
  return {
    reference: request.reference,
    receivedOn: request.receivedOn,
    kind: request.kind,
    language: request.language,
    requester: request.requester,
    subjectIds: request.subjects.map((s) => s.subjectId),
    redactions,
    liftedRedactions: [...lifted.values()],
    clerk,
    ...(clerkRole ? { clerkRole } : {}),
  };
}

export function buildExtractRequest(db: Db, reference: string, clerk: string): ExtractRequest {
  return extractRequestFromStored(getRequest(db, reference), clerk);
}
