import type { IsoDate } from '../../../shared/dates/isoDate.ts';
import type { StoredRequest } from '../../../shared/requests/requestTypes.ts';
import { loadRequest } from '../requests/useCases/requestUseCase.ts';
import type { UseCaseDeps } from '../store/useCaseDeps.ts';
import type { AuditCheckpoint } from './auditCheckpoint.ts';
import type { AuditEntry } from './auditLog.ts';
import type { AuditVerification } from './auditVerify.ts';

/** The audit trail's use cases (Art. 5(2) GDPR, accountability): check it, page through it, export one request's history. */

/**
 * Walks the keyed chain and the anchor (auditVerify.ts), and checks the log still holds what a
 * checkpoint taken earlier recorded (auditCheckpoint.ts); names the first entry that does not fit.
 */
export async function verifyAudit(deps: Pick<UseCaseDeps, 'store'>, checkpoint?: AuditCheckpoint): Promise<AuditVerification> {
  return deps.store.audit.verify(checkpoint);
}

/** The audit trail's checkpoint now, to keep outside the database (with an export, in a report; docs/audit-trail.md). */
export async function auditCheckpoint(deps: Pick<UseCaseDeps, 'store' | 'clock'>): Promise<AuditCheckpoint> {
  return deps.store.audit.checkpoint(deps.clock.now());
}

export async function listAudit(
  deps: Pick<UseCaseDeps, 'store'>,
  page: { limit: number; offset: number; requestRef?: string | undefined },
): Promise<{ total: number; entries: AuditEntry[] }> {
  return deps.store.audit.page({ limit: page.limit, offset: page.offset, ...(page.requestRef ? { requestRef: page.requestRef } : {}) });
}

export interface RequestHistory {
  reference: string;
  exportedOn: IsoDate;
  chain: AuditVerification;
  receivedOn: IsoDate;
  status: StoredRequest['status'];
  statusHistory: StoredRequest['statusHistory'];
  identityCheck: StoredRequest['identity'];
  /** When and by whom, not the reasons (they may describe the person). */
  extension: { recordedOn: IsoDate; by: string } | null;
  pauses: StoredRequest['pauses'];
  outputs: StoredRequest['outputs'];
  entries: AuditEntry[];
}

/**
 * One request's history for accountability: its status changes and every audit entry about it, with
 * the chain's verification result. References and dates only: no requester name or address.
 */
export async function exportRequestHistory(deps: Pick<UseCaseDeps, 'store' | 'clock'>, reference: string): Promise<RequestHistory> {
  const request = await loadRequest(deps.store, reference);
  return {
    reference: request.reference,
    exportedOn: deps.clock.today(),
    chain: await deps.store.audit.verify(),
    receivedOn: request.receivedOn,
    status: request.status,
    statusHistory: request.statusHistory,
    identityCheck: request.identity,
    extension: request.extension ? { recordedOn: request.extension.recordedOn, by: request.extension.by } : null,
    pauses: request.pauses,
    outputs: request.outputs,
    entries: await deps.store.audit.forRequest(request.reference),
  };
}
