import { checkPauseAllowed } from '../../../../shared/deadlines/lawfulDeadline.ts';
import type { RequestStatus } from '../../../../shared/requests/requestStatus.ts';
import { checkTransition, finalStatuses } from '../../../../shared/requests/requestStatus.ts';
import type { StoredRequest } from '../../../../shared/requests/requestTypes.ts';
import type { UseCaseDeps } from '../../store/useCaseDeps.ts';
import { checkFourEyes } from '../../team/useCases/approvals.ts';
import type { RequestTx } from './requestUseCase.ts';
import { inRequestTransaction, loadRequest, reload } from './requestUseCase.ts';

/**
 * Moves a request to another status if the transition table allows it (shared/requests/requestStatus.ts).
 * Going to "identity-pending" pauses the deadline (EDPB 01/2022 §§156ff: the month runs from the day
 * the information arrives), but only on or before the lawful due date and while the identity is
 * unverified (shared/deadlines/lawfulDeadline.ts; issue 12); closing a request records the day it closed.
 */
export async function changeStatus(deps: UseCaseDeps, reference: string, to: RequestStatus, reason?: string): Promise<StoredRequest> {
  return inRequestTransaction(deps, async (tx) => {
    await applyStatusChange(tx, await loadRequest(tx.store, reference), to, reason);
    return reload(tx, reference);
  });
}

/** Pause: ask the person for identity information; the deadline stands still until it arrives (recordIdentity resumes). */
export async function pauseForIdentity(deps: UseCaseDeps, reference: string): Promise<StoredRequest> {
  return changeStatus(deps, reference, 'identity-pending');
}

/** The status change itself, inside a use case's transaction (also used by recordIdentity). */
export async function applyStatusChange(tx: RequestTx, request: StoredRequest, to: RequestStatus, reasonText?: string): Promise<void> {
  const { reference } = request;
  const check = checkTransition(reference, request.status, to, { identityVerified: request.identity !== null, reason: reasonText });
  if (!check.ok) throw check.error;
  // A pause cannot cure a missed deadline, nor restart one after the identity was verified.
  if (to === 'identity-pending') checkPauseAllowed(reference, request, tx.today, tx.holidays);
  // Four eyes (issue 15.4): where the organisation requires it, an approver approved this very version.
  if (to === 'sent') await checkFourEyes(tx.store, reference);
  const reason = reasonText?.trim() || null;
  await tx.store.requests.changeStatus(reference, {
    from: request.status,
    to,
    reason,
    closedOn: finalStatuses.includes(to) ? tx.today : null,
    on: tx.today,
    by: tx.clerk,
    at: tx.at,
  });
  if (to === 'identity-pending') {
    await tx.store.requests.openPause(reference, { from: tx.today, by: tx.clerk });
  } else if (request.status === 'identity-pending') {
    // Leaving identity-pending without a new identity record (the clerk is satisfied, or the request
    // closes): the pause ends today, so the clock does not stay suspended for ever.
    await tx.store.requests.endPause(reference, tx.today);
  }
  // The reason text may describe the person; the log keeps only that there was one.
  await tx.audit({
    action: 'request.status',
    requestRef: reference,
    target: to,
    details: { from: request.status, reasonGiven: reason !== null },
  });
}
