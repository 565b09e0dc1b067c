import { listAudit } from '../../audit/auditUseCases.ts';
import { formatAuditDetails } from '../auditFormat.ts';
import type { Handlers } from '../dispatch.ts';
import type { HandlerContext } from '../handlerContext.ts';

/** The `audit:` channel: the hash-chained log, newest first, a page at a time (the Audit log screen). */
export function auditChannel(ctx: HandlerContext): Pick<Handlers, 'audit:list'> {
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
          detail: [e.target, e.details ? formatAuditDetails(e.details) : null].filter(Boolean).join(' · '),
        })),
      };
    },
  };
}
