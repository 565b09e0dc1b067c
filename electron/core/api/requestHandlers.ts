import { buildRequestReport } from '../../../shared/reports/requestReport.ts';
import { finalStatuses } from '../../../shared/requests/requestStatus.ts';
import { addRedaction, linkSubject, liftRedaction } from '../requests/requestAttachments.ts';
import type { Actor } from '../requests/requestRepository.ts';
import {
  changeStatus,
  createRequest,
  getRequest,
  listRequests,
  recordExtension,
  recordIdentityCheck,
} from '../requests/requestRepository.ts';
import type { Handlers } from './dispatch.ts';
import type { HandlerContext } from './handlerContext.ts';
import { requestDetail, requestSummary } from './requestView.ts';

type RequestChannels =
  | 'request:list'
  | 'request:create'
  | 'request:get'
  | 'request:linkSubjects'
  | 'request:setStatus'
  | 'request:checkIdentity'
  | 'request:extend'
  | 'redaction:add'
  | 'redaction:remove'
  | 'report:summary';

/** The request register (request issue) behind the IPC: every change in one transaction with its audit entry. */
export function requestHandlers(ctx: HandlerContext): Pick<Handlers, RequestChannels> {
  const actor = (): Actor => ({ clerk: ctx.settings.read().clerkName, today: ctx.today() });
  const detail = (reference: string) =>
    requestDetail(ctx.db(), getRequest(ctx.db(), reference), ctx.policy, actor().clerk, ctx.today(), ctx.settings.read().outputFolder);
  return {
    async 'request:list'({ status, overdueOnly, text }) {
      const today = ctx.today();
      const needle = text?.trim().toLowerCase();
      return (
        listRequests(ctx.db(), status ? { statuses: [status] } : {})
          .map((r) => requestSummary(r, today))
          .filter((r) => !overdueOnly || (r.daysLeft !== null && r.daysLeft < 0))
          .filter((r) => !needle || r.reference.toLowerCase().includes(needle) || r.requesterName.toLowerCase().includes(needle))
          // Most urgent first: overdue and nearly due on top, paused and closed at the bottom.
          .sort(
            (a, b) =>
              (a.daysLeft ?? Number.MAX_SAFE_INTEGER) - (b.daysLeft ?? Number.MAX_SAFE_INTEGER) || b.receivedOn.localeCompare(a.receivedOn),
          )
      );
    },
    async 'request:create'(input) {
      const created = createRequest(
        ctx.db(),
        {
          receivedOn: input.receivedOn,
          channel: input.channel,
          kind: input.kind,
          language: input.language,
          requester: {
            name: input.requesterName,
            ...(input.requesterAddress?.trim() ? { address: input.requesterAddress.trim() } : {}),
            ...(input.requesterEmail?.trim() ? { email: input.requesterEmail.trim() } : {}),
          },
        },
        actor(),
      );
      return detail(created.reference);
    },
    async 'request:get'({ requestId }) {
      return detail(requestId);
    },
    async 'request:linkSubjects'({ requestId, subjectIds, reason }) {
      for (const subjectId of subjectIds) linkSubject(ctx.db(), requestId, subjectId, { acceptedOn: reason }, actor());
      return detail(requestId);
    },
    async 'request:setStatus'({ requestId, status, reason }) {
      changeStatus(ctx.db(), requestId, status, reason ? { reason } : {}, actor());
      return detail(requestId);
    },
    async 'request:checkIdentity'({ requestId, method }) {
      recordIdentityCheck(ctx.db(), requestId, { method }, actor());
      // Checking the identity is what lets the work start: move a fresh request on to "in progress".
      const request = getRequest(ctx.db(), requestId);
      if (request.status === 'received' || request.status === 'identity-pending')
        changeStatus(ctx.db(), requestId, 'in-progress', {}, actor());
      return detail(requestId);
    },
    async 'request:extend'({ requestId, reason }) {
      recordExtension(ctx.db(), requestId, reason, actor());
      return detail(requestId);
    },
    async 'redaction:add'({ requestId, ...input }) {
      addRedaction(ctx.db(), requestId, input, actor());
      return detail(requestId);
    },
    async 'redaction:remove'({ requestId, ...key }) {
      liftRedaction(ctx.db(), requestId, key, actor());
      return detail(requestId);
    },
    async 'report:summary'() {
      const today = ctx.today();
      const requests = listRequests(ctx.db());
      const total = buildRequestReport(requests, { today }).at(-1)!;
      const summaries = requests.map((r) => requestSummary(r, today));
      const byStatus: Record<string, number> = {};
      for (const r of requests) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
      return {
        total: requests.length,
        open: requests.filter((r) => !finalStatuses.includes(r.status)).length,
        overdue: total.overdue,
        dueWithin7Days: summaries.filter((s) => s.daysLeft !== null && s.daysLeft >= 0 && s.daysLeft <= 7).length,
        answered: total.answered,
        medianDaysToAnswer: total.medianDaysToAnswer,
        byStatus,
      };
    },
  };
}
