import type { AuditRepository } from '../audit/auditRepository.ts';
import type { TeamRepository } from './teamRepository.ts';

/**
 * Actions that only look at a request: they leave its version alone, so opening or previewing does not
 * make another clerk's pending change fail.
 */
const viewingActions = new Set(['search', 'subject.open', 'extract.preview']);

/**
 * Every change to a request is audited with its reference (Art. 5(2): the register and the trail never
 * disagree, requestUseCase.ts), so the audit append is the one place that sees every change, whichever
 * use case made it: here it also moves the request's version and records who changed it and when
 * (issue 15.3, optimistic concurrency). It runs in the same transaction as the change and its entry.
 */
export function versionedAudit(audit: AuditRepository, team: TeamRepository): AuditRepository {
  return {
    ...audit,
    async append(input, at) {
      // The request's row before the chain's head, always in this order (as expectVersion takes it first):
      // on PostgreSQL two writers then never hold one lock each while waiting for the other's (a deadlock).
      if (input.requestRef && !viewingActions.has(input.action)) {
        await team.bumpVersion(input.requestRef, { by: input.actor, at: at.toISOString() });
      }
      return audit.append(input, at);
    },
  };
}
