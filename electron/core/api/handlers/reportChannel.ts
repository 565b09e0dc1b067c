import { registerSummary } from '../../requests/useCases/index.ts';
import { listOverdueRecords } from '../../retention/retentionUseCases.ts';
import type { Handlers } from '../dispatch.ts';
import type { HandlerContext } from '../handlerContext.ts';

/** The `report:` and `retention:` channels: the register at a glance and the retention check (the Reports screen). */
export function reportChannel(ctx: HandlerContext): Pick<Handlers, 'report:summary' | 'retention:overdue'> {
  return {
    async 'report:summary'() {
      return registerSummary(ctx.useCaseDeps());
    },
    // The same use case as `inzage retention --overdue`: ids and rules, no personal data.
    async 'retention:overdue'() {
      return listOverdueRecords(ctx.useCaseDeps());
    },
  };
}
