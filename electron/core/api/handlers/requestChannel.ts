import { holidaysOf } from '../../../../shared/deadlines/publicHolidays.ts';
import {
  addNote,
  changeStatus,
  closeWithOutcome,
  extendDeadline,
  findRequest,
  linkSubjects,
  listRequests,
  recordControllerInstruction,
  recordIdentity,
  recordRepresentative,
  referToController,
  registerRequest,
  rejectSubject,
  unlinkSubject,
} from '../../requests/useCases/index.ts';
import type { Handlers } from '../dispatch.ts';
import type { HandlerContext } from '../handlerContext.ts';
import { requestSummary } from '../requestView.ts';
import { requestDetailOf } from './requestDetailOf.ts';

type RequestChannels = Extract<keyof Handlers, `request:${string}`>;

/** The `request:` channels: parse (dispatch did) → the register's use case → the request screen's view. */
export function requestChannel(ctx: HandlerContext): Pick<Handlers, RequestChannels> {
  const deps = () => ctx.useCaseDeps();
  const detail = (request: Parameters<typeof requestDetailOf>[1]) => requestDetailOf(ctx, request);
  return {
    async 'request:list'({ status, overdueOnly, text }) {
      const today = deps().clock.today();
      const holidays = holidaysOf(deps().register);
      const needle = text?.trim().toLowerCase();
      return (
        (await listRequests(deps(), status ? [status] : undefined))
          .map((r) => requestSummary(r, today, holidays))
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
      return detail(
        await registerRequest(deps(), {
          receivedOn: input.receivedOn,
          channel: input.channel,
          kind: input.kind,
          language: input.language,
          requester: {
            name: input.requesterName,
            ...(input.requesterAddress?.trim() ? { address: input.requesterAddress.trim() } : {}),
            ...(input.requesterEmail?.trim() ? { email: input.requesterEmail.trim() } : {}),
          },
        }),
      );
    },
    async 'request:get'({ requestId }) {
      return detail(await findRequest(deps(), requestId));
    },
    async 'request:linkSubjects'({ requestId, subjectIds, reason, overrideRejection }) {
      return detail(
        await linkSubjects(deps(), requestId, subjectIds, { acceptedOn: reason }, { overrideRejection: overrideRejection ?? false }),
      );
    },
    async 'request:rejectSubject'({ requestId, subjectId, reason }) {
      return detail(await rejectSubject(deps(), requestId, subjectId, null, reason));
    },
    async 'request:unlinkSubject'({ requestId, subjectId, reason }) {
      return detail(await unlinkSubject(deps(), requestId, subjectId, reason));
    },
    async 'request:addNote'({ requestId, text }) {
      return detail(await addNote(deps(), requestId, text));
    },
    async 'request:setStatus'({ requestId, status, reason }) {
      return detail(await changeStatus(deps(), requestId, status, reason));
    },
    async 'request:checkIdentity'({ requestId, method }) {
      return detail(await recordIdentity(deps(), requestId, { method }));
    },
    async 'request:extend'({ requestId, reason }) {
      return detail(await extendDeadline(deps(), requestId, reason));
    },
    async 'request:setRepresentative'({ requestId, ...representative }) {
      return detail(await recordRepresentative(deps(), requestId, representative));
    },
    async 'request:closeWithOutcome'({ requestId, outcome }) {
      return detail(await closeWithOutcome(deps(), requestId, outcome));
    },
    async 'request:referToController'({ requestId }) {
      return detail(await referToController(deps(), requestId));
    },
    async 'request:recordInstruction'({ requestId, ...instruction }) {
      return detail(await recordControllerInstruction(deps(), requestId, instruction));
    },
  };
}
