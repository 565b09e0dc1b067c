import {
  approveRequest,
  dueSoonWarning,
  handOverRequest,
  rejectRequest,
  requestTeamView,
  takeRequest,
  workQueue,
} from '../../team/useCases/index.ts';
import type { Handlers } from '../dispatch.ts';
import type { HandlerContext } from '../handlerContext.ts';

type TeamChannels = Extract<keyof Handlers, `team:${string}`>;

/**
 * The `team:` channels (issue 15.3, 15.4): the work queue and the seven-day warning, and on one request
 * take, hand over, approve and reject, each naming the version the clerk saw. A change answers with the
 * request's team view as it now stands; a conflict is the use case's DomainError (request.changed-meanwhile),
 * which the window shows while keeping what the clerk typed.
 */
export function teamChannel(ctx: HandlerContext): Pick<Handlers, TeamChannels> {
  const deps = () => ctx.useCaseDeps();
  const view = (requestId: string) => requestTeamView(deps(), requestId);
  return {
    async 'team:queue'({ mine, includeClosed }) {
      return workQueue(deps(), { mine: mine ?? false, includeClosed: includeClosed ?? false });
    },
    async 'team:dueSoon'() {
      return dueSoonWarning(deps());
    },
    async 'team:request'({ requestId }) {
      return view(requestId);
    },
    async 'team:take'({ requestId, version }) {
      await takeRequest(deps(), requestId, version);
      return view(requestId);
    },
    async 'team:handOver'({ requestId, version, to }) {
      await handOverRequest(deps(), requestId, to, version);
      return view(requestId);
    },
    async 'team:approve'({ requestId, version, reason }) {
      await approveRequest(deps(), requestId, version, reason);
      return view(requestId);
    },
    async 'team:reject'({ requestId, version, reason }) {
      await rejectRequest(deps(), requestId, version, reason);
      return view(requestId);
    },
  };
}
