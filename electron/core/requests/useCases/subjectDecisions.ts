import { DomainError } from '../../../../shared/errors/domainError.ts';
import type { StoredRequest } from '../../../../shared/requests/requestTypes.ts';
import type { UseCaseDeps } from '../../store/useCaseDeps.ts';
import { inRequestTransaction, loadOpenRequest, reload } from './requestUseCase.ts';

/**
 * Which data subjects a request is about (domain.md § matching): the clerk links the entries that are
 * the requester, with the evidence accepted, and records the candidates that are not (a namesake), so
 * the decision is on file. Unlinking is a decision too: the entry is moved to the rejected candidates
 * with its reason, and audited, so an extract made earlier can still be explained.
 */

/**
 * Links one or more subjects after matching; `evidence` is what the clerk accepted (which fields matched).
 * An entry already decided to be someone else ("not this person", or unlinked) stays dismissed: linking it
 * needs `overrideRejection`, so a namesake is not taken in by a slip of the mouse (a wrong match discloses
 * another person's data, Art. 5(1)(f)); the override is audited.
 */
export async function linkSubjects(
  deps: UseCaseDeps,
  reference: string,
  subjectIds: readonly string[],
  evidence: unknown,
  options: { overrideRejection?: boolean } = {},
): Promise<StoredRequest> {
  return inRequestTransaction(deps, async (tx) => {
    const request = await loadOpenRequest(tx.store, reference);
    for (const subjectId of subjectIds) {
      const rejected = request.rejectedCandidates.some((c) => c.subjectId === subjectId);
      if (rejected && !options.overrideRejection) throw new DomainError('subject.rejected-before', { reference, subjectId });
      await tx.store.requests.linkSubject(reference, { subjectId, evidence, on: tx.today, by: tx.clerk });
      await tx.audit({
        action: 'request.link-subject',
        requestRef: reference,
        subjectId,
        ...(rejected ? { details: { overridesRejection: true } } : {}),
      });
    }
    return reload(tx, reference);
  });
}

/** Records a candidate the clerk decided is not the requester (a namesake). */
export async function rejectSubject(
  deps: UseCaseDeps,
  reference: string,
  subjectId: string,
  evidence: unknown,
  reason: string,
): Promise<StoredRequest> {
  return inRequestTransaction(deps, async (tx) => {
    await loadOpenRequest(tx.store, reference);
    if (!reason.trim()) throw new DomainError('subject.reason-required', { reference, subjectId });
    await tx.store.requests.rejectSubject(reference, { subjectId, evidence, reason: reason.trim(), on: tx.today, by: tx.clerk });
    await tx.audit({ action: 'request.reject-candidate', requestRef: reference, subjectId });
    return reload(tx, reference);
  });
}

/** Undoes a link with a reason: the entry becomes a rejected candidate, keeping the evidence it was linked on. */
export async function unlinkSubject(deps: UseCaseDeps, reference: string, subjectId: string, reason: string): Promise<StoredRequest> {
  return inRequestTransaction(deps, async (tx) => {
    const request = await loadOpenRequest(tx.store, reference);
    const link = request.subjects.find((s) => s.subjectId === subjectId);
    if (!link) throw new DomainError('subject.not-linked', { reference, subjectId });
    if (!reason.trim()) throw new DomainError('subject.reason-required', { reference, subjectId });
    await tx.store.requests.rejectSubject(reference, {
      subjectId,
      evidence: link.evidence,
      reason: reason.trim(),
      on: tx.today,
      by: tx.clerk,
    });
    // The reason may describe the person; the log keeps only that one was given (it is on the request).
    await tx.audit({
      action: 'request.unlink-subject',
      requestRef: reference,
      subjectId,
      details: { linkedOn: link.linkedOn, reasonGiven: true },
    });
    return reload(tx, reference);
  });
}
