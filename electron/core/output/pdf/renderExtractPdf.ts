import type { ExtractModel } from '../../../../shared/extract/extractModel.ts';
import { outputText } from '../../../../shared/output/outputTexts.ts';
import { renderCopy } from './copySections.ts';
import type { PdfWriter } from './pdfWriter.ts';
import { contentWidth, page, palette, PdfWriter as Writer } from './pdfWriter.ts';
import { renderCoverLetter, renderRights, renderSummary } from './letterSections.ts';

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

export type TextFn = (key: Parameters<typeof outputText>[1], values?: Record<string, string | number>) => string;

/**
 * Renders the Art. 15 extract from the model alone: cover letter, the first layer (15(1)(a)–(h),
 * 15(2)), the full copy per category, automated decisions, what was withheld, rights and complaint,
 * and the visible signature block. Unsigned: signing is a separate step over these bytes.
 */
export async function renderExtractPdf(model: ExtractModel, signature: SignatureAppearance): Promise<RenderedPdf> {
  const t: TextFn = (key, values) => outputText(model.language, key, values);
  const writer = new Writer({
    title: `${t('documentTitle')} — ${model.request.reference}`,
    language: model.language === 'nl' ? 'nl-NL' : 'en-GB',
    author: model.controller.name,
    subject: t('documentTitle'),
    // The document's creation date is the signing time, from the caller's clock (docs/architecture.md § One clock).
    createdAt: signature.signedAt,
  });
  renderCoverLetter(writer, model, t);
  writer.newPage();
  renderSummary(writer, model, t);
  renderCopy(writer, model, t);
  renderRights(writer, model, t);
  const signatureRect = renderSignatureBlock(writer, signature, t, model.language);
  const pageCount = writer.doc.bufferedPageRange().count;
  writer.finishPages(`${model.controller.name} · ${t('documentTitle')}`, `${t('reference')}: ${model.request.reference}`, (x, y) =>
    t('page', { x, y }),
  );
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
      [t('signatureHeading'), ''],
      [t('signedBy'), signature.signerName],
      [t('organisation'), signature.organisation],
      [t('signedAt'), formatDateTime(signature.signedAt, language)],
    ],
    { x: x + 10, width: width - 20, labelWidth: 110, size: 8.5 },
  );
  writer.paragraph(t('signatureNote'), { size: 7, color: palette.muted, indent: 10, gapAfter: 0, width: width - 20 });
  writer.y = y + height;
  return [x, page.height - (y + height), x + width, page.height - y];
}
