import { DomainError } from '../../../../shared/errors/domainError.ts';
import type { RequestTeamState } from '../../../../shared/team/teamTypes.ts';
import type { UseCaseDeps } from '../../store/useCaseDeps.ts';
import { inRequestTransaction, loadOpenRequest } from '../../requests/useCases/requestUseCase.ts';
import { expectVersion } from './requestVersion.ts';
import { requireRole, teamSettings } from './teamRules.ts';

/**
 * Every request has an owner (issue 15.3): the clerk who works it. Taking and handing over name the
 * version the clerk saw, like every team change, and are audited (Art. 5(2)); a closed request keeps
 * the owner it had.
 */

/** The acting clerk takes the request (also from a colleague: the audit entry says from whom). */
export async function takeRequest(deps: UseCaseDeps, reference: string, seen?: number): Promise<RequestTeamState> {
  return inRequestTransaction(deps, async (tx) => {
    await requireRole(tx.store, tx.clerk, 'clerk');
    await loadOpenRequest(tx.store, reference);
    const before = seen === undefined ? await tx.store.team.lockState(reference) : await expectVersion(tx.store, reference, seen);
    await tx.store.team.setOwner(reference, tx.clerk);
    await tx.audit({ action: 'request.take', requestRef: reference, target: tx.clerk, details: { from: before.owner } });
    return tx.store.team.state(reference);
  });
}

/**
 * Hands the request to another clerk. With role checks on, only its owner or an administrator may, and
 * only to a team member with the clerk role (a request must not land with someone who cannot work it).
 */
export async function handOverRequest(deps: UseCaseDeps, reference: string, to: string, seen?: number): Promise<RequestTeamState> {
  const recipient = to.trim();
  if (!recipient) throw new DomainError('input.invalid', { field: 'to', problem: 'empty' });
  return inRequestTransaction(deps, async (tx) => {
    await loadOpenRequest(tx.store, reference);
    const before = seen === undefined ? await tx.store.team.lockState(reference) : await expectVersion(tx.store, reference, seen);
    if ((await teamSettings(tx.store)).roleChecks) {
      const roles = await tx.store.team.rolesOf(tx.clerk);
      if (before.owner !== tx.clerk && !roles.includes('administrator')) {
        throw new DomainError('team.not-owner', { reference, owner: before.owner ?? '—' });
      }
      const theirs = await tx.store.team.rolesOf(recipient);
      if (!theirs.includes('clerk') && !theirs.includes('administrator')) throw new DomainError('team.not-a-clerk', { name: recipient });
    }
    await tx.store.team.setOwner(reference, recipient);
    await tx.audit({ action: 'request.handover', requestRef: reference, target: recipient, details: { from: before.owner } });
    return tx.store.team.state(reference);
  });
}
