import { registerSummary } from '../../requests/useCases/index.ts';
import type { Handlers } from '../dispatch.ts';
import type { HandlerContext } from '../handlerContext.ts';

/** The `report:` channel: the register at a glance (the Reports screen). */
export function reportChannel(ctx: HandlerContext): Pick<Handlers, 'report:summary'> {
  return {
    async 'report:summary'() {
      return registerSummary(ctx.useCaseDeps());
    },
  };
}
