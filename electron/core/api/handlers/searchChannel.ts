import { defaultSearchAuditPauseMs, searchAuditTrail } from '../../search/searchAuditTrail.ts';
import { searchSubjects } from '../../search/searchUseCases.ts';
import type { Handlers } from '../dispatch.ts';
import type { HandlerContext } from '../handlerContext.ts';

/**
 * search:* — search as you type. The use case is the CLI's; the window's searches reach the audit log
 * once per burst of typing (search/searchAuditTrail.ts), flushed before the database closes.
 */
export function searchChannel(ctx: HandlerContext): Pick<Handlers, 'search:subjects'> {
  const trail = searchAuditTrail(ctx.searchAuditPauseMs ?? defaultSearchAuditPauseMs);
  ctx.beforeClose(trail.flush);
  /** The newest search asked for: a search with namesakes gives them up when a newer one came in. */
  let latest = 0;
  return {
    async 'search:subjects'({ query, limit, requestId, deferNamesakes }) {
      const mine = ++latest;
      const { groups, total, totalCapped, namesakesPending } = await searchSubjects(
        ctx.useCaseDeps(),
        { query, limit, requestRef: requestId, deferNamesakes, stillWanted: () => latest === mine },
        trail,
      );
      return { query, total, groups, ...(totalCapped ? { totalCapped } : {}), ...(namesakesPending ? { namesakesPending } : {}) };
    },
  };
}
