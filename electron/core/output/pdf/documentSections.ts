import type { ExtractDocument } from '../../../../shared/documents/extractDocuments.ts';
import type { ExtractModel } from '../../../../shared/extract/extractModel.ts';
import type { DocumentContent } from '../../documents/redaction/documentContent.ts';
import { drawImagePage, fitPage } from '../../documents/redaction/imagePageLayer.ts';
import { NotReproducibleError } from '../../documents/redaction/redactedPages.ts';
import type { TextFn } from './renderExtractPdf.ts';
import type { PdfWriter } from './pdfWriter.ts';
import { contentWidth, page as a4, palette } from './pdfWriter.ts';

function fromTo(entry: ExtractDocument, t: TextFn): string {
  return t('documents.fromTo', { from: entry.sender ?? t('documents.unknownParty'), to: entry.recipient ?? t('documents.unknownParty') });
}

/**
 * The documents part of the extract (issue 16.4): the list (kind, date, direction, from/to, title,
 * pages) and what was withheld in them (Art. 15(4), per document, page and reason); then each document
 * in full as an appendix, when `content` is given (the export; the on-screen list needs no pages).
 */
export async function renderDocuments(writer: PdfWriter, model: ExtractModel, t: TextFn, content?: DocumentContent): Promise<void> {
  const documents = model.documents ?? [];
  if (documents.length === 0) return;
  writer.newPage();
  writer.heading(1, t('documents.heading'));
  writer.paragraph(t('documents.article'), { size: 8.5, color: palette.muted, gapAfter: 2 });
  writer.paragraph(t('documents.intro'));
  writer.table(
    [
      { header: t('documents.column.appendix'), weight: 0.8 },
      { header: t('documents.column.kind'), weight: 1.4 },
      { header: t('documents.column.date'), weight: 1.1 },
      { header: t('documents.column.direction'), weight: 1 },
      { header: t('documents.column.fromTo'), weight: 2.4 },
      { header: t('documents.column.title'), weight: 2 },
      { header: t('documents.column.pages'), weight: 0.8, align: 'right' },
    ],
    documents.map((d) => [String(d.appendix), d.kindLabel, d.date, d.directionLabel, fromTo(d, t), d.title ?? '', String(d.pageCount)]),
  );
  const withheld = documents.flatMap((d) => d.withheld.map((w) => ({ d, w })));
  if (withheld.length > 0) {
    writer.heading(2, t('documents.withheldHeading'));
    writer.paragraph(t('documents.withheldIntro'));
    writer.table(
      [
        { header: t('documents.column.appendix'), weight: 0.8 },
        { header: t('documents.column.title'), weight: 2.4 },
        { header: t('documents.column.page'), weight: 0.8, align: 'right' },
        { header: t('documents.column.reason'), weight: 4 },
      ],
      withheld.map(({ d, w }) => [
        String(d.appendix),
        `${d.kindLabel}, ${d.date}${d.title ? ` — ${d.title}` : ''}`,
        String(w.page),
        w.note ? `${w.reasonText} ${w.note}` : w.reasonText,
      ]),
    );
  }
  if (!content) return;
  for (const entry of documents) await renderAppendix(writer, entry, t, content);
}

async function renderAppendix(writer: PdfWriter, entry: ExtractDocument, t: TextFn, content: DocumentContent): Promise<void> {
  writer.newPage();
  const title = t('documents.appendix', { number: entry.appendix, kind: entry.kindLabel, date: entry.date });
  writer.heading(2, title, 20);
  writer.paragraph([entry.directionLabel, fromTo(entry, t), entry.title].filter(Boolean).join(' · '), { size: 8.5, color: palette.muted });
  if (entry.heldForController) writer.paragraph(t('documents.heldAsProcessor', { controller: entry.heldForController }), { size: 8.5 });
  let first = true;
  try {
    for await (const page of content.pages(entry)) {
      if (page.kind === 'text') {
        if (page.text.trim() !== '') writer.paragraph(page.text, { font: 'cond', size: 9 });
        continue;
      }
      if (!first) {
        writer.newPage();
        writer.paragraph(`${title} — ${t('documents.appendixPage', { page: page.page, pages: Math.max(entry.pageCount, page.page) })}`, {
          size: 8.5,
          color: palette.muted,
        });
      }
      first = false;
      const rect = fitPage(page, { x: a4.left, y: writer.y, width: contentWidth, height: writer.bottom - writer.y });
      // A thin frame shows where the document's page ends on the extract's page.
      writer.doc.save().rect(rect.x, rect.y, rect.width, rect.height).lineWidth(0.5).strokeColor(palette.rule).stroke().restore();
      writer.block('Figure', () => drawImagePage(writer.doc, page.image, page, rect, 'body'));
      writer.y = writer.bottom;
    }
    if (entry.readStatus !== 'read' && entry.mediaType === 'message/rfc822') writer.paragraph(t('documents.notRead'));
  } catch (error) {
    if (!(error instanceof NotReproducibleError)) throw error;
    const why =
      error.why === 'encrypted'
        ? t('documents.why.encrypted')
        : error.why === 'damaged'
          ? t('documents.why.damaged')
          : t('documents.why.unsupported');
    writer.paragraph(t('documents.notReproduced', { why }));
  }
}
