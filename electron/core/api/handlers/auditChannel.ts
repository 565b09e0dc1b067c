import type { AuditDetailValue } from '../../audit/auditLog.ts';
import { formatAuditDetails } from '../auditFormat.ts';
import type { Handlers } from '../dispatch.ts';
import type { HandlerContext } from '../handlerContext.ts';

/** audit:* — the hash-chained log, newest first (moved here unchanged from searchHandlers.ts; the request-register change owns it). */
export function auditChannel(ctx: HandlerContext): Pick<Handlers, 'audit:list'> {
  return {
    async 'audit:list'({ limit, offset, requestId }) {
      const db = ctx.db();
      const where = requestId ? 'WHERE request_ref = ?' : '';
      const args = requestId ? [requestId] : [];
      const total = (db.prepare(`SELECT count(*) AS n FROM audit_log ${where}`).get(...args) as { n: number }).n;
      const rows = db
        .prepare(
          `SELECT seq, at, actor, action, request_ref, subject_id, target, details FROM audit_log ${where} ORDER BY seq DESC LIMIT ? OFFSET ?`,
        )
        .all(...args, limit, offset) as {
        seq: number;
        at: string;
        actor: string;
        action: string;
        request_ref: string | null;
        subject_id: string | null;
        target: string | null;
        details: string | null;
      }[];
      return {
        total,
        entries: rows.map((r) => ({
          id: r.seq,
          at: r.at,
          actor: r.actor,
          action: r.action,
          requestId: r.request_ref,
          subjectId: r.subject_id,
          detail: [r.target, r.details ? formatAuditDetails(JSON.parse(r.details) as Record<string, AuditDetailValue>) : null]
            .filter(Boolean)
            .join(' · '),
        })),
      };
    },
  };
}
