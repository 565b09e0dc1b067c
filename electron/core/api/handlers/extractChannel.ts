import { previewExtract } from '../../output/extractUseCases.ts';
import type { Handlers } from '../dispatch.ts';
import type { HandlerContext } from '../handlerContext.ts';

/** extract:* — the extract model of a request's linked person, for review before it is handed out. */
export function extractChannel(ctx: HandlerContext): Pick<Handlers, 'extract:preview'> {
  return {
    async 'extract:preview'({ requestId }) {
      return previewExtract(ctx.useCaseDeps(), { requestRef: requestId });
    },
  };
}
