import { unreviewedCategoriesOf } from '../../output/extractUseCases.ts';
import { categoryReviews, setCategoryReviewed, withholdCase } from '../../requests/useCases/index.ts';
import type { Handlers } from '../dispatch.ts';
import type { HandlerContext } from '../handlerContext.ts';

/** The review screen's decisions (issue 14.3): withhold a whole case, mark a category reviewed, what is still unreviewed. */
export function reviewChannel(
  ctx: HandlerContext,
): Pick<Handlers, 'redaction:withholdCase' | 'review:marks' | 'review:mark' | 'review:unreviewed'> {
  return {
    async 'redaction:withholdCase'({ requestId, ...input }) {
      return withholdCase(ctx.useCaseDeps(), requestId, input);
    },
    async 'review:marks'({ requestId }) {
      return categoryReviews(ctx.useCaseDeps(), requestId);
    },
    async 'review:mark'({ requestId, ...input }) {
      return setCategoryReviewed(ctx.useCaseDeps(), requestId, input);
    },
    async 'review:unreviewed'({ requestId }) {
      return unreviewedCategoriesOf(ctx.useCaseDeps(), { requestRef: requestId });
    },
  };
}
