import type { ExtractModel } from '../../../../shared/extract/extractModel.ts';
import { formatDate } from '../../../../shared/extract/format.ts';
import { namedRecipientLine } from '../../../../shared/extract/recipients.ts';
import { palette } from './pdfWriter.ts';
import type { PdfWriter } from './pdfWriter.ts';
import type { TextFn } from './renderExtractPdf.ts';

/**
 * The bodies of the first layer's sections (Art. 15(1)(a)–(h), 15(2)) and of the closing part (rights,
 * complaint). Headings are not drawn here: outlineSections.ts draws each from the model's outline.
 */
type Body = (writer: PdfWriter, model: ExtractModel, t: TextFn) => void;

export const renderConfirmation: Body = (writer, model) => writer.paragraph(model.confirmation.text);

export const renderPurposes: Body = (writer, model) => {
  for (const purpose of model.summary.purposes) {
    writer.paragraph(purpose.label, { font: 'bold', gapAfter: 1 });
    writer.paragraph(purpose.description, { gapAfter: 2 });
    const bases = purpose.legalBases.map(
      (basis) => `${basis.article} — ${basis.label}${basis.legitimateInterest ? `: ${basis.legitimateInterest}` : ''}`,
    );
    if (bases.length > 0) writer.bullets(bases, { size: 9 });
  }
};

export const renderDataCategories: Body = (writer, model, t) =>
  writer.table(
    [
      { header: t('table.category'), weight: 2 },
      { header: t('table.explanation'), weight: 4 },
      { header: '#', weight: 0.7, align: 'right' },
    ],
    model.summary.dataCategories.map((category) => [category.label, category.description, String(category.recordCount)]),
    { size: 9 },
  );

/** Art. 15(1)(c) as C-154/21 reads it: every actual recipient by name with its dates, then the categories where none is named. */
export const renderRecipients: Body = (writer, model, t) => {
  const named = model.summary.actualRecipients;
  if (named.length === 0) writer.paragraph(t('summary.noActualRecipients'));
  else {
    writer.paragraph(t('summary.actualRecipientsIntro'));
    writer.bullets(named.map((recipient) => namedRecipientLine(recipient, model.language)));
    writer.paragraph(t('summary.actualRecipients', { count: model.summary.actualRecipientCount }));
  }
  if (model.summary.recipientCategories.length > 0) {
    writer.paragraph(t('summary.otherRecipientCategories'));
    writer.bullets(model.summary.recipientCategories.map((category) => category.label));
  }
};

export const renderRetention: Body = (writer, model, t) => {
  for (const rule of model.summary.retention) {
    writer.paragraph(`${rule.label} (${t('summary.recordsCount', { count: rule.recordCount })})`, { font: 'bold', gapAfter: 1 });
    writer.paragraph(rule.explanation);
  }
};

export const renderRightsShort: Body = (writer, _model, t) => writer.paragraph(t('summary.rightsShort'));

export const renderSources: Body = (writer, model) =>
  writer.bullets(model.summary.sources.map((source) => `${source.label}: ${source.description}`));

export const renderAutomatedDecisions: Body = (writer, model, t) => {
  const count = model.summary.automatedDecisionCount;
  writer.paragraph(count > 0 ? t('summary.decisionsCount', { count }) : t('summary.noDecisions'));
};

export const renderTransfers: Body = (writer, model, t) => {
  if (model.transfers.length === 0) writer.paragraph(t('summary.noTransfers'));
  for (const transfer of model.transfers) {
    const safeguard = transfer.safeguard ? `${transfer.safeguard.label} (${transfer.safeguard.legalReference})` : '—';
    writer.paragraph(
      `${transfer.countryName}: ${transfer.recipientName} (${transfer.recipientCategory}), ` +
        `${formatDate(transfer.disclosedOn, model.language)}. ${transfer.description} ` +
        `${safeguard}`,
    );
  }
};

/** Rights (Art. 15(1)(e)). */
export const renderRights: Body = (writer, model) => {
  for (const right of model.rights) {
    writer.paragraph(`${right.label} (art. ${right.article})`, { font: 'bold', gapAfter: 1 });
    writer.paragraph(right.howTo);
  }
};

/** The complaint route (Art. 15(1)(f), Art. 77). */
export const renderComplaint: Body = (writer, model) => {
  writer.paragraph(model.complaint.text);
  writer.paragraph([model.complaint.authorityName, ...model.complaint.addressLines, model.complaint.website].filter(Boolean).join('\n'), {
    indent: 12,
    color: palette.muted,
  });
};
