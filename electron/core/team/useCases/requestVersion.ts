import { DomainError } from '../../../../shared/errors/domainError.ts';
import type { RequestTeamState } from '../../../../shared/team/teamTypes.ts';
import type { Store } from '../../store/store.ts';
import type { UseCaseDeps } from '../../store/useCaseDeps.ts';

/**
 * Optimistic concurrency (issue 15.3): a change names the version of the request the clerk saw. Inside
 * the change's transaction the request's team row is held (a row lock on PostgreSQL, the write lock on
 * SQLite); when another clerk changed the request since, the change is refused naming who and when, and
 * nothing is written, so the clerk can look at the new state and apply what they typed again.
 * The name is a colleague's, as the audit trail shows it, never a data subject's.
 */
export async function expectVersion(store: Store, reference: string, seen: number): Promise<RequestTeamState> {
  const state = await store.team.lockState(reference);
  if (state.version !== seen) {
    throw new DomainError('request.changed-meanwhile', {
      reference,
      by: state.changedBy ?? '—',
      at: state.changedAt ?? '—',
      seen,
      current: state.version,
    });
  }
  return state;
}

/**
 * Runs a request use case (any of requests/useCases: it joins this transaction) only if the request is
 * still at version `seen`. `seen` undefined: no check (a single clerk, a script that just read it).
 */
export async function changeAtVersion<T>(
  deps: UseCaseDeps,
  reference: string,
  seen: number | undefined,
  work: (deps: UseCaseDeps) => Promise<T>,
): Promise<T> {
  if (seen === undefined) return work(deps);
  return deps.store.transaction(async (store) => {
    await expectVersion(store, reference, seen);
    return work({ ...deps, store });
  });
}
