import type { ExtractModel } from '../../../shared/extract/extractModel.ts';
import { renderExtractPdf } from '../output/pdf/renderExtractPdf.ts';
import { ensureDemoIdentity } from '../output/sign/signingIdentity.ts';
import type { TaskProgress } from './tasks.ts';

/** Who the preview's signature block names: the chosen certificate's holder (from Settings), the demo certificate, or nobody yet. */
export type PreviewSigner = { kind: 'certificate'; signerName: string; organisation: string } | { kind: 'demo' } | { kind: 'none' };

export interface PreviewPdfTaskInput {
  model: ExtractModel;
  signer: PreviewSigner;
  /** The instant of the preview (ISO): the signature block's date, as the export stamps its own. */
  at: string;
  dataDir: string;
}

export interface PreviewPdfTaskOutput {
  /** The PDF, base64: the window's bridge carries text (JSON-safe in the tests' bridge too). */
  pdf: string;
  pageCount: number;
}

/**
 * The extract as it will be signed (issue 14.4), rendered off the handlers' thread: the very renderer
 * the export runs (renderExtractPdf) over the model the caller assembled as the export does. Only the
 * PAdES signature itself and the signing instant differ from the file handed out: the signature is
 * added over these bytes at export, so a preview never carries one.
 */
export async function renderPreviewPdf(raw: unknown, progress: TaskProgress): Promise<PreviewPdfTaskOutput> {
  const input = raw as PreviewPdfTaskInput;
  const at = new Date(input.at);
  const signer =
    input.signer.kind === 'demo'
      ? await ensureDemoIdentity(input.dataDir, input.model.controller.name, at).then((identity) => ({
          signerName: identity.signerName,
          organisation: identity.organisation,
          isDemo: true,
        }))
      : input.signer.kind === 'certificate'
        ? { signerName: input.signer.signerName, organisation: input.signer.organisation, isDemo: false }
        : { signerName: '', organisation: input.model.controller.name, isDemo: false };
  const rendered = await renderExtractPdf(
    input.model,
    { ...signer, organisation: signer.organisation || input.model.controller.name, signedAt: at },
    {
      onProgress: (p) =>
        p.phase === 'layout'
          ? progress('layout', Math.round(p.fraction * 900), 1000, { page: p.page })
          : progress(p.phase, p.phase === 'paginate' ? 900 + Math.round((p.page / p.pages) * 50) : 950, 1000, {
              ...(p.phase === 'paginate' ? { page: p.page } : {}),
              pages: p.pages,
            }),
    },
  );
  return { pdf: rendered.pdf.toString('base64'), pageCount: rendered.pageCount };
}
