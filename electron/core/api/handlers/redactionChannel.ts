import { liftRedaction, redact } from '../../requests/useCases/index.ts';
import type { Handlers } from '../dispatch.ts';
import type { HandlerContext } from '../handlerContext.ts';
import { requestDetailOf } from './requestDetailOf.ts';

/** The `redaction:` channels (Art. 15(4)): withhold or lift, then the request screen's view. */
export function redactionChannel(ctx: HandlerContext): Pick<Handlers, 'redaction:add' | 'redaction:remove'> {
  return {
    async 'redaction:add'({ requestId, ...input }) {
      return requestDetailOf(ctx, await redact(ctx.useCaseDeps(), requestId, input));
    },
    async 'redaction:remove'({ requestId, ...key }) {
      return requestDetailOf(ctx, await liftRedaction(ctx.useCaseDeps(), requestId, key));
    },
  };
}
