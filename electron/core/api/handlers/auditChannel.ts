import type { AuditCheck } from '../../../../shared/ipc/types.ts';
import { DomainError } from '../../../../shared/errors/domainError.ts';
import { listAudit, verifyAudit } from '../../audit/auditUseCases.ts';
import { readCheckpointFile } from '../../audit/checkpointFile.ts';
import { formatAuditDetails } from '../auditFormat.ts';
import type { Handlers } from '../dispatch.ts';
import type { HandlerContext } from '../handlerContext.ts';

/**
 * The `audit:` channel (the Audit log screen): the keyed log, newest first, a page at a time; and its
 * verification, optionally against a checkpoint file the clerk picked in the OS dialog (docs/audit-trail.md).
 */
export function auditChannel(ctx: HandlerContext): Pick<Handlers, 'audit:list' | 'audit:verify'> {
  return {
    async 'audit:list'({ limit, offset, requestId }) {
      const page = await listAudit(ctx.useCaseDeps(), { limit, offset, requestRef: requestId });
      return {
        total: page.total,
        entries: page.entries.map((e) => ({
          id: e.seq,
          at: e.at,
          actor: e.actor,
          action: e.action,
          requestId: e.requestRef,
          subjectId: e.subjectId,
          target: e.target,
          details: e.details,
          detail: [e.target, e.details ? formatAuditDetails(e.details) : null].filter(Boolean).join(' · '),
        })),
      };
    },
    async 'audit:verify'({ checkpointFile }): Promise<AuditCheck> {
      // Only the file picked in the dialog: the window never names a path the main process then reads.
      if (checkpointFile !== undefined && !ctx.grants.isGranted('checkpoint', checkpointFile))
        throw new DomainError('settings.not-chosen-in-dialog');
      const checkpoint = checkpointFile === undefined ? undefined : readCheckpointFile(checkpointFile);
      const result = await verifyAudit(ctx.useCaseDeps(), checkpoint);
      if (!result.ok) return result;
      return { ok: true, count: result.count, unkeyedEntries: result.unkeyedEntries, checkpoint: result.checkpoint ?? null };
    },
  };
}
