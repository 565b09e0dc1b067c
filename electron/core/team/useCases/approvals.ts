import { DomainError } from '../../../../shared/errors/domainError.ts';
import type { StoredRequest } from '../../../../shared/requests/requestTypes.ts';
import type { ApprovalEntry } from '../../../../shared/team/teamTypes.ts';
import type { Store } from '../../store/store.ts';
import type { UseCaseDeps } from '../../store/useCaseDeps.ts';
import { inRequestTransaction, loadOpenRequest } from '../../requests/useCases/requestUseCase.ts';
import { expectVersion } from './requestVersion.ts';
import { requireRole, teamSettings } from './teamRules.ts';

/**
 * Four eyes (issue 15.4): before an answer is marked sent, an approver other than the clerk who prepared
 * it approves the redactions and the signed files — an organisational measure (Art. 24 and 32 GDPR)
 * against disclosing a third party's data or the wrong person's. The approver decides on the request as
 * it is ("ready"), naming the version they reviewed; any change after the approval (a redaction, a new
 * file: every audited change moves the version) makes it outdated, so what was approved is what is sent.
 */

/** Who prepared the request: its owner, and whoever marked it ready. Neither may approve it. */
export function preparersOf(request: Pick<StoredRequest, 'statusHistory' | 'createdBy'>, owner: string | null): string[] {
  const readyBy = request.statusHistory.filter((h) => h.to === 'ready').at(-1)?.by;
  return [...new Set([owner ?? request.createdBy, ...(readyBy ? [readyBy] : [])])];
}

async function decide(deps: UseCaseDeps, reference: string, seen: number, decision: ApprovalEntry['decision'], reasonText?: string) {
  const reason = reasonText?.trim() || null;
  if (decision === 'reject' && !reason) throw new DomainError('team.reason-required', { reference });
  return inRequestTransaction(deps, async (tx) => {
    await requireRole(tx.store, tx.clerk, 'approver');
    const request = await loadOpenRequest(tx.store, reference);
    const state = await expectVersion(tx.store, reference, seen);
    if (request.status !== 'ready') throw new DomainError('team.not-ready', { reference, status: request.status });
    if (preparersOf(request, state.owner).includes(tx.clerk)) throw new DomainError('team.own-approval', { reference });
    // The reason may describe the person: the register keeps its text, the trail its keyed digest, which
    // ties the text to the sealed chain without copying it there (docs/audit-trail.md).
    await tx.audit({
      action: decision === 'approve' ? 'request.approve' : 'request.reject',
      requestRef: reference,
      target: `version:${seen}`,
      details: { reasonGiven: reason !== null, ...(reason ? { reasonDigest: tx.store.audit.digest(reason) } : {}) },
    });
    const entry: ApprovalEntry = { decision, reason, by: tx.clerk, at: tx.at, version: (await tx.store.team.state(reference)).version };
    await tx.store.team.addApproval(reference, entry);
    return entry;
  });
}

/** The approver approves the request's redactions and signed files as of version `seen`. */
export function approveRequest(deps: UseCaseDeps, reference: string, seen: number, reason?: string): Promise<ApprovalEntry> {
  return decide(deps, reference, seen, 'approve', reason);
}

/** The approver sends it back, saying why (the reason is required: the clerk must know what to fix). */
export function rejectRequest(deps: UseCaseDeps, reference: string, seen: number, reason: string): Promise<ApprovalEntry> {
  return decide(deps, reference, seen, 'reject', reason);
}

/**
 * The four-eyes check before "sent" (called by the status change, requests/useCases/changeStatus.ts):
 * when the organisation requires it, the latest decision must be an approval and nothing may have changed
 * since. Inside the status change's transaction, with the request's row held.
 */
export async function checkFourEyes(store: Store, reference: string): Promise<void> {
  if (!(await teamSettings(store)).fourEyes) return;
  const state = await store.team.lockState(reference);
  const latest = (await store.team.approvals(reference)).at(-1);
  if (!latest) throw new DomainError('team.approval-required', { reference });
  if (latest.decision === 'reject') throw new DomainError('team.approval-rejected', { reference, by: latest.by, at: latest.at });
  if (latest.version !== state.version) {
    throw new DomainError('team.approval-outdated', { reference, by: state.changedBy ?? '—', at: state.changedAt ?? '—' });
  }
}
