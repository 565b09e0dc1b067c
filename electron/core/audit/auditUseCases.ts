import type { IsoDate } from '../../../shared/dates/isoDate.ts';
import type { StoredRequest } from '../../../shared/requests/requestTypes.ts';
import { loadRequest } from '../requests/useCases/requestUseCase.ts';
import type { UseCaseDeps } from '../store/useCaseDeps.ts';
import type { AuditEntry, AuditVerification } from './auditLog.ts';

/** The audit trail's use cases (Art. 5(2) GDPR, accountability): check it, page through it, export one request's history. */

/** Walks the hash chain and the anchor (auditLog.ts); names the first entry that does not fit. */
export async function verifyAudit(deps: Pick<UseCaseDeps, 'store'>): Promise<AuditVerification> {
  return deps.store.audit.verify();
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
