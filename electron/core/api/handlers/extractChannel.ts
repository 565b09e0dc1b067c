import type { PreviewPdf } from '../../../../shared/ipc/types.ts';
import type { PreviewPdfTaskInput, PreviewPdfTaskOutput, PreviewSigner } from '../../jobs/previewPdfTask.ts';
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
 * (the preview of the document), in parts for the review screen (categories first, then pages), and as
 * the PDF it will be signed as (issue 14.4): the model assembled here as the export assembles it
 * (opening it is logged, Art. 5(2)), the pages rendered in a worker by the export's renderer.
 */
export function extractChannel(
  ctx: HandlerContext,
): Pick<Handlers, 'extract:preview' | 'extract:previewPdf' | 'extract:review' | 'extract:page'> {
  return {
    async 'extract:preview'({ requestId }) {
      return previewExtract(ctx.useCaseDeps(), { requestRef: requestId });
    },
    async 'extract:previewPdf'({ requestId }): Promise<PreviewPdf> {
      const deps = ctx.useCaseDeps();
      const model = await previewExtract(deps, { requestRef: requestId });
      const { certificate } = await deps.store.settings.read();
      // The name the signature block will carry: the chosen certificate's (read when chosen, no passphrase needed), else the demo one.
      const signer: PreviewSigner = certificate
        ? { kind: 'certificate', signerName: certificate.signerName, organisation: certificate.organisation }
        : (await deps.store.records.isDemo())
          ? { kind: 'demo' }
          : { kind: 'none' };
      const input: PreviewPdfTaskInput = { model, signer, at: deps.clock.now().toISOString(), dataDir: ctx.userDataDir };
      const output = await ctx.runTask<PreviewPdfTaskOutput>('extract:renderPdf', input, () => undefined);
      return { pdf: output.pdf, pageCount: output.pageCount, language: model.language };
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
