import type { Letter } from '../../../../shared/letters/letterModel.ts';
import { textsIn } from '../../../../shared/extract/texts.ts';
import { page, palette, PdfWriter } from './pdfWriter.ts';

/**
 * A letter of the procedure (shared/letters: acknowledgement, identity, extension, refusal, outcomes) as
 * a PDF, laid out like the extract's cover letter (letterSections.ts): the same fonts, palette and
 * page, the controller's name and postal address on top, the addressee where a window envelope shows
 * it, date and reference beside it, then the letter's own words and nothing added (issue 14.8). The
 * creation date is the moment the letter was fixed, so a later copy of a fixed letter carries the same one.
 */
export async function renderLetterPdf(letter: Letter, options: { createdAt: Date }): Promise<Buffer> {
  const t = textsIn(letter.language);
  const [organisation = '', ...contact] = letter.senderLines;
  const writer = new PdfWriter({
    title: `${letter.subject}`,
    language: letter.language === 'nl' ? 'nl-NL' : 'en-GB',
    author: organisation,
    subject: letter.subject,
    createdAt: options.createdAt,
  });
  const { doc } = writer;
  writer.y = 48;
  writer.heading(1, organisation, 0);
  writer.y -= 6;
  writer.paragraph(contact.join('\n'), { size: 8.5, color: palette.muted, gapAfter: 0 });
  const top = Math.max(170, writer.y + 16);
  doc.font('body').fontSize(10.5).fillColor(palette.ink).text(letter.recipientLines.join('\n'), page.left, top, { width: 230 });
  const addressBottom = doc.y;
  writer.y = top;
  const concerning: [string, string][] = letter.concerning
    ? [[letter.language === 'nl' ? 'Betrokkene' : 'Data subject', letter.concerning]]
    : [];
  writer.facts([[t('doc.date'), letter.date], [t('doc.reference'), letter.reference], ...concerning], {
    x: 320,
    width: page.width - page.right - 320,
    labelWidth: 100,
    size: 8.5,
  });
  writer.y = Math.max(writer.y, addressBottom, top + 40) + 40;
  writer.paragraph(letter.subject, { font: 'bold', size: 11, gapAfter: 14 });
  writer.paragraph(letter.salutation);
  for (const paragraph of letter.paragraphs) writer.paragraph(paragraph);
  if (letter.freeParagraph) writer.paragraph(letter.freeParagraph);
  const [greeting, , clerk, team] = letter.closing;
  writer.y += 4;
  writer.paragraph(greeting ?? '', { gapAfter: 22 });
  if (clerk) writer.paragraph(clerk, { font: 'bold', gapAfter: 0 });
  if (team) writer.paragraph(team, { color: palette.muted });
  writer.finishPages(organisation, `${t('doc.reference')}: ${letter.reference}`, (x, y) => t('doc.page', { page: x, pages: y }));
  return writer.toBuffer();
}
