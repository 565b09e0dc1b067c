import { previewExtract } from '../../output/extractUseCases.ts';
import type { ReviewSource } from '../../output/reviewUseCases.ts';
import { openReview, reviewPage } from '../../output/reviewUseCases.ts';
import type { Handlers } from '../dispatch.ts';
import type { HandlerContext } from '../handlerContext.ts';

/** The schema lets exactly one of the two through. */
function sourceOf(input: { requestId?: string | undefined; subjectId?: string | undefined }): ReviewSource {
  return input.requestId !== undefined ? { requestRef: input.requestId } : { subjectId: input.subjectId! };
}

/**
 * extract:* — the extract model of a request's linked person, for review before it is handed out: whole
 * (the preview of the document), or in parts for the review screen (categories first, then pages).
 */
export function extractChannel(ctx: HandlerContext): Pick<Handlers, 'extract:preview' | 'extract:review' | 'extract:page'> {
  return {
    async 'extract:preview'({ requestId }) {
      return previewExtract(ctx.useCaseDeps(), { requestRef: requestId });
    },
    async 'extract:review'(input) {
      return openReview(ctx.useCaseDeps(), {
        source: sourceOf(input),
        ...(input.language ? { language: input.language } : {}),
        ...(input.firstPageLimit !== undefined ? { firstPageLimit: input.firstPageLimit } : {}),
      });
    },
    async 'extract:page'({ categoryId, offset, limit, filter, ...input }) {
      return reviewPage(ctx.useCaseDeps(), {
        source: sourceOf(input),
        ...(input.language ? { language: input.language } : {}),
        categoryId,
        offset,
        limit,
        ...(filter !== undefined ? { filter } : {}),
      });
    },
  };
}
