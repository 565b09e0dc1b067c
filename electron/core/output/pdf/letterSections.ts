import type { ExtractModel } from '../../../../shared/extract/extractModel.ts';
import { formatDate } from '../../../../shared/extract/format.ts';
import { page, palette } from './pdfWriter.ts';
import type { PdfWriter } from './pdfWriter.ts';
import type { TextFn } from './renderExtractPdf.ts';

/** The cover letter: who asked, when, the reference, what is enclosed (Art. 12(1): concise and plain). */
export function renderCoverLetter(writer: PdfWriter, model: ExtractModel, t: TextFn): void {
  const { doc } = writer;
  const c = model.controller;
  writer.y = 48;
  writer.heading(1, c.name, 0);
  writer.y -= 6;
  const contact = [...c.addressLines, [c.phone, c.email, c.website].filter(Boolean).join(' · ')].join('\n');
  writer.paragraph(contact, { size: 8.5, color: palette.muted, gapAfter: 0 });
  // Address block where a window envelope shows it, facts to the right.
  const top = 170;
  doc.font('body').fontSize(10.5).fillColor(palette.ink).text(model.request.requesterName, page.left, top, { width: 230 });
  writer.y = top;
  writer.facts(
    [
      [t('reference'), model.request.reference],
      [t('date'), formatDate(model.generatedOn, model.language)],
      [t('receivedOn'), formatDate(model.request.receivedOn, model.language)],
    ],
    { x: 320, width: page.width - page.right - 320, labelWidth: 100, size: 8.5 },
  );
  writer.y = Math.max(writer.y, top + 40) + 46;
  const subject = model.request.kind === 'access' ? t('letterSubject') : t('letterSubjectPortability');
  writer.paragraph(subject, { font: 'bold', size: 11, gapAfter: 14 });
  writer.paragraph(t('salutation', { name: model.request.requesterName }));
  writer.paragraph(t('letterIntro'));
  writer.paragraph(model.confirmation.text, { gapAfter: 10 });
  writer.paragraph(t('enclosedHeading'), { font: 'bold', gapAfter: 4 });
  const copyCount = model.categories.reduce((sum, category) => sum + category.records.length, 0);
  const enclosed = [
    t('enclosedSummary'),
    t('enclosedCopy', { count: copyCount }),
    t('enclosedDecisions', { count: model.automatedDecisions.length }),
    t('enclosedWithheld', { count: model.withheld.length }),
    t('enclosedRights'),
  ];
  if (model.request.kind !== 'access') enclosed.push(t('enclosedArchive'));
  writer.bullets(enclosed);
  writer.paragraph(t('letterSigned'), { gapAfter: 14 });
  writer.paragraph(t('letterClosing'), { gapAfter: 22 });
  writer.paragraph(model.request.clerk, { font: 'bold', gapAfter: 0 });
  writer.paragraph(`${t('privacyTeam')}, ${c.name}`, { color: palette.muted });
}

/** The first layer: the answers to Art. 15(1)(a)–(h) and 15(2) for this person, in plain language. */
export function renderSummary(writer: PdfWriter, model: ExtractModel, t: TextFn): void {
  const s = model.summary;
  writer.heading(1, t('summaryHeading'));
  writer.heading(2, t('confirmationHeading'));
  writer.paragraph(model.confirmation.text);
  writer.heading(2, t('purposesHeading'));
  for (const purpose of s.purposes) {
    writer.paragraph(purpose.label, { font: 'bold', gapAfter: 1 });
    writer.paragraph(purpose.description, { gapAfter: 2 });
    const bases = purpose.legalBases.map(
      (basis) => `${basis.article} — ${basis.label}${basis.legitimateInterest ? `: ${basis.legitimateInterest}` : ''}`,
    );
    if (bases.length > 0) writer.bullets(bases, { size: 9 });
  }
  writer.heading(2, t('categoriesHeading'));
  writer.table(
    [
      { header: t('category'), weight: 2 },
      { header: t('explanation'), weight: 4 },
      { header: '#', weight: 0.7, align: 'right' },
    ],
    s.dataCategories.map((category) => [category.label, category.description, String(category.recordCount)]),
    { size: 9 },
  );
  writer.heading(2, t('recipientsHeading'));
  writer.bullets(s.recipientCategories.map((recipient) => recipient.label));
  writer.paragraph(t('actualRecipients', { count: s.actualRecipientCount }));
  writer.heading(2, t('retentionHeading'));
  for (const rule of s.retention) {
    writer.paragraph(`${rule.label} (${t('recordsCount', { count: rule.recordCount })})`, { font: 'bold', gapAfter: 1 });
    writer.paragraph(rule.explanation);
  }
  writer.heading(2, t('rightsShortHeading'));
  writer.paragraph(t('rightsShort'));
  writer.heading(2, t('sourcesHeading'));
  writer.bullets(s.sources.map((source) => `${source.label}: ${source.description}`));
  writer.heading(2, t('decisionsHeading'));
  writer.paragraph(s.automatedDecisionCount > 0 ? t('decisionsCount', { count: s.automatedDecisionCount }) : t('noDecisions'));
  writer.heading(2, t('transfersHeading'));
  if (model.transfers.length === 0) writer.paragraph(t('noTransfers'));
  for (const transfer of model.transfers) {
    const safeguard = transfer.safeguard ? `${transfer.safeguard.label} (${transfer.safeguard.legalReference})` : '—';
    writer.paragraph(
      `${transfer.countryName}: ${transfer.recipientName} (${transfer.recipientCategory}), ${formatDate(transfer.disclosedOn, model.language)}. ${transfer.description} ${safeguard}`,
    );
  }
}

/** Rights (Art. 15(1)(e)) and the complaint route (15(1)(f), Art. 77). */
export function renderRights(writer: PdfWriter, model: ExtractModel, t: TextFn): void {
  writer.heading(1, t('rightsHeading'), 80);
  for (const right of model.rights) {
    writer.paragraph(`${right.label} (art. ${right.article})`, { font: 'bold', gapAfter: 1 });
    writer.paragraph(right.howTo);
  }
  writer.heading(2, t('complaintHeading'));
  writer.paragraph(model.complaint.text);
  writer.paragraph([model.complaint.authorityName, ...model.complaint.addressLines, model.complaint.website].filter(Boolean).join('\n'), {
    indent: 12,
    color: palette.muted,
  });
}
