import type { ExtractModel } from '../../../../shared/extract/extractModel.ts';
import type { ExtractTexts } from '../../../../shared/extract/texts.ts';
import { textsIn } from '../../../../shared/extract/texts.ts';
import type { PdfEngineName } from './engine/pdfEngine.ts';
import type { DocumentContent } from '../../documents/redaction/documentContent.ts';
import { renderDocuments } from './documentSections.ts';
import { renderCoverLetter } from './letterSections.ts';
import { renderOutline } from './outlineSections.ts';
import type { PdfWriter } from './pdfWriter.ts';
import { contentWidth, page, palette, PdfWriter as Writer } from './pdfWriter.ts';

/** Who signs, as the visible signature block shows it (the PAdES signature itself is added afterwards). */
export interface SignatureAppearance {
  signerName: string;
  organisation: string;
  signedAt: Date;
  isDemo: boolean;
}

export interface RenderedPdf {
  pdf: Buffer;
  pageCount: number;
  /** The visible block on the last page, in PDF user space [x1, y1, x2, y2], for the signature widget. */
  signatureRect: [number, number, number, number];
}

/**
 * How far the rendering is, page by page (issue 14.6: the bar must move while pages render). Laying
 * out takes most of the time: its share done is the part of the copy's records laid out (known up front
 * from the model), reported as each page is started; then each page gets its running header and
 * "page X of Y"; last the file is encoded.
 */
export type RenderProgress =
  | { phase: 'layout'; page: number; fraction: number }
  | { phase: 'paginate'; page: number; pages: number }
  | { phase: 'encode'; pages: number };

/** The extract's one text catalogue (shared/extract/texts.ts) in the model's language. */
export type TextFn = ExtractTexts;

/**
 * Renders the Art. 15 extract from the model alone: the cover letter, then the model's outline walked in
 * order (the first layer 15(1)(a)–(h) and 15(2), the full copy per category, automated decisions, what was
 * withheld, rights and complaint), and the visible signature block. Unsigned: signing is a separate step over these bytes.
 */
export async function renderExtractPdf(
  model: ExtractModel,
  signature: SignatureAppearance,
  options: { engine?: PdfEngineName; onProgress?: (progress: RenderProgress) => void; documents?: DocumentContent } = {},
): Promise<RenderedPdf> {
  const t = textsIn(model.language);
  const onProgress = options.onProgress;
  const records =
    model.categories.reduce((sum, c) => sum + c.records.length, 0) + model.processorRecords.reduce((sum, p) => sum + p.records.length, 0);
  const writer = new Writer({
    title: `${t('doc.title')} — ${model.request.reference}`,
    language: model.language === 'nl' ? 'nl-NL' : 'en-GB',
    author: model.controller.name,
    subject: t('doc.title'),
    engine: options.engine,
    // The document's creation date is the signing time, from the caller's clock (docs/architecture.md § One clock).
    createdAt: signature.signedAt,
    onPage:
      onProgress &&
      ((page, laidOut) => onProgress({ phase: 'layout', page, fraction: records === 0 ? 1 : Math.min(1, laidOut / records) })),
  });
  renderCoverLetter(writer, model, t);
  writer.newPage();
  renderOutline(writer, model, t);
  // The case file's documents (issue 16.4): their list, then each in full as an appendix; the signature block stays last.
  await renderDocuments(writer, model, t, options.documents);
  const signatureRect = renderSignatureBlock(writer, signature, t, model.language);
  const pageCount = writer.doc.bufferedPageRange().count;
  writer.finishPages(
    `${model.controller.name} · ${t('doc.title')}`,
    `${t('doc.reference')}: ${model.request.reference}`,
    (x, y) => t('doc.page', { page: x, pages: y }),
    onProgress && ((page, pages) => onProgress({ phase: 'paginate', page, pages })),
  );
  onProgress?.({ phase: 'encode', pages: pageCount });
  return { pdf: await writer.toBuffer(), pageCount, signatureRect };
}

export function formatDateTime(date: Date, language: 'nl' | 'en'): string {
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'long',
    timeZone: 'Europe/Amsterdam',
  }).format(date);
}

function renderSignatureBlock(
  writer: PdfWriter,
  signature: SignatureAppearance,
  t: TextFn,
  language: 'nl' | 'en',
): [number, number, number, number] {
  const height = 92;
  writer.y += 16;
  writer.ensureSpace(height);
  const { doc } = writer;
  const x = page.left;
  const y = writer.y;
  const width = contentWidth * 0.8;
  doc.save().roundedRect(x, y, width, height, 4).lineWidth(0.8).strokeColor(palette.accent).stroke().restore();
  writer.y = y + 8;
  writer.doc.font('bold');
  writer.facts(
    [
      [t('signature.heading'), ''],
      [t('signature.signedBy'), signature.signerName],
      [t('signature.organisation'), signature.organisation],
      [t('signature.signedAt'), formatDateTime(signature.signedAt, language)],
    ],
    { x: x + 10, width: width - 20, labelWidth: 110, size: 8.5 },
  );
  writer.paragraph(t('signature.note'), { size: 7, color: palette.muted, indent: 10, gapAfter: 0, width: width - 20 });
  writer.y = y + height;
  return [x, page.height - (y + height), x + width, page.height - y];
}
