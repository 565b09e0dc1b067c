import { coverLetter } from '../../../../shared/extract/coverLetter.ts';
import type { ExtractModel } from '../../../../shared/extract/extractModel.ts';
import { formatDate } from '../../../../shared/extract/format.ts';
import { page, palette } from './pdfWriter.ts';
import type { PdfWriter } from './pdfWriter.ts';
import type { TextFn } from './renderExtractPdf.ts';

/** The cover letter (shared/extract/coverLetter.ts, the same the preview shows) laid out on the first page. */
export function renderCoverLetter(writer: PdfWriter, model: ExtractModel, t: TextFn): void {
  const { doc } = writer;
  const c = model.controller;
  const letter = coverLetter(model);
  writer.y = 48;
  writer.heading(1, c.name, 0);
  writer.y -= 6;
  const contact = [...c.addressLines, [c.phone, c.email, c.website].filter(Boolean).join(' · ')].join('\n');
  writer.paragraph(contact, { size: 8.5, color: palette.muted, gapAfter: 0 });
  // Address block where a window envelope shows it, facts to the right.
  const top = 170;
  // The person's postal address under the name when it was entered at registration (issue 14.8).
  const addressBlock = [model.request.requesterName, ...(model.request.requesterAddressLines ?? [])].join('\n');
  doc.font('body').fontSize(10.5).fillColor(palette.ink).text(addressBlock, page.left, top, { width: 230 });
  const addressBottom = doc.y;
  writer.y = top;
  writer.facts(
    [
      [t('doc.reference'), model.request.reference],
      [t('doc.date'), formatDate(model.generatedOn, model.language)],
      [t('doc.receivedOn'), formatDate(model.request.receivedOn, model.language)],
    ],
    { x: 320, width: page.width - page.right - 320, labelWidth: 100, size: 8.5 },
  );
  writer.y = Math.max(writer.y, top + 40, addressBottom) + 46;
  writer.paragraph(letter.subject, { font: 'bold', size: 11, gapAfter: 14 });
  writer.paragraph(letter.salutation);
  letter.paragraphs.forEach((paragraph, index) =>
    writer.paragraph(paragraph, index === letter.paragraphs.length - 1 ? { gapAfter: 10 } : {}),
  );
  writer.paragraph(letter.enclosedHeading, { font: 'bold', gapAfter: 4 });
  writer.bullets(letter.enclosed);
  writer.paragraph(letter.signedNote, { gapAfter: 14 });
  writer.paragraph(letter.closing, { gapAfter: 22 });
  const [clerk, team] = letter.signatory;
  writer.paragraph(clerk!, { font: 'bold', gapAfter: 0 });
  writer.paragraph(team!, { color: palette.muted });
}
