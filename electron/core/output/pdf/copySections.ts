import type { ExtractModel, RecordEntry } from '../../../../shared/extract/extractModel.ts';
import { formatDate } from './letterSections.ts';
import { palette } from './pdfWriter.ts';
import type { PdfWriter } from './pdfWriter.ts';
import type { TextFn } from './renderExtractPdf.ts';

/** Kinds with at most this many fields are shown one row per record; wider ones as field/value blocks. */
const maxColumns = 6;

function fieldText(field: RecordEntry['fields'][number], t: TextFn): string {
  return field.redacted ? `${t('withheldValue')} ${field.redacted.reasonText}` : field.display;
}

function retentionText(record: RecordEntry, t: TextFn, language: 'nl' | 'en'): string {
  const r = record.retention;
  if (r.status === 'date' && r.until) return t('keptUntil', { date: formatDate(r.until, language) });
  if (r.status === 'open') return t('retentionOpen');
  if (r.status === 'hold') return t('retentionHold');
  return t('retentionEraseNow');
}

function groupByKind(records: RecordEntry[]): RecordEntry[][] {
  const groups = new Map<string, RecordEntry[]>();
  for (const record of records) {
    const group = groups.get(record.recordKind);
    if (group) group.push(record);
    else groups.set(record.recordKind, [record]);
  }
  return [...groups.values()];
}

/** The copy of the data (Art. 15(3)), every record, by category; then decisions, processor records, what was withheld. */
export function renderCopy(writer: PdfWriter, model: ExtractModel, t: TextFn): void {
  const lang = model.language;
  writer.heading(1, t('copyHeading'), 80);
  writer.paragraph(t('copyIntro'));
  for (const category of model.categories) {
    if (category.records.length === 0) continue;
    writer.heading(2, category.label, 80);
    writer.paragraph(category.description, { color: palette.muted });
    for (const group of groupByKind(category.records)) renderGroup(writer, group, t, lang);
  }
  renderDecisions(writer, model, t);
  for (const section of model.processorRecords) {
    writer.heading(1, t('processorHeading'), 80);
    writer.paragraph(section.notice);
    writer.paragraph(t('processorController', { name: section.controllerName, contact: section.controllerContact }), { font: 'bold' });
    for (const group of groupByKind(section.records)) renderGroup(writer, group, t, lang);
  }
  writer.heading(1, t('withheldHeading'), 80);
  if (model.withheld.length === 0) writer.paragraph(t('noneWithheld'));
  else {
    writer.paragraph(t('withheldIntro'));
    writer.table([
      { header: t('record'), weight: 2.4 }, { header: t('field'), weight: 1.8 }, { header: t('reason'), weight: 2.4 }, { header: t('note'), weight: 2.2 }, { header: t('decidedBy'), weight: 1.6 },
    ], model.withheld.map((entry) => [`${entry.recordKindLabel} ${entry.recordId}`, entry.fieldLabel ?? '—', entry.reasonText, entry.note ?? '', `${entry.by}, ${formatDate(entry.on, lang)}`]));
  }
}

function renderGroup(writer: PdfWriter, group: RecordEntry[], t: TextFn, lang: 'nl' | 'en'): void {
  const first = group[0]!;
  const fieldNames = [...new Set(group.flatMap((record) => record.fields.map((field) => field.name)))];
  if (group.length > 1 && fieldNames.length <= maxColumns) {
    const labels = new Map(group.flatMap((record) => record.fields.map((field) => [field.name, field.label] as const)));
    writer.heading(3, `${first.recordKindLabel} (${group.length})`, 50);
    writer.table([
      { header: t('record'), weight: 1.3 },
      ...fieldNames.map((name) => ({ header: labels.get(name) ?? name, weight: 1.6 })),
      { header: t('retention'), weight: 1.3 },
    ], group.map((record) => [
      record.recordId,
      ...fieldNames.map((name) => {
        const field = record.fields.find((candidate) => candidate.name === name);
        return record.withheld ? t('withheldValue') : field ? fieldText(field, t) : '';
      }),
      retentionText(record, t, lang),
    ]));
    renderGroupFacts(writer, group, t);
    return;
  }
  for (const record of group) {
    writer.heading(3, `${record.recordKindLabel} ${record.recordId}${record.caseId ? ` · ${t('case')} ${record.caseId}` : ''}`, 50);
    if (record.withheld) {
      writer.paragraph(t('withheldRecord', { reason: record.fields[0]?.redacted?.reasonText ?? '' }));
      continue;
    }
    writer.table([{ header: t('field'), weight: 1 }, { header: t('value'), weight: 2.4 }], record.fields.map((field) => [field.label, fieldText(field, t)]), { size: 8.5 });
    writer.y -= 4;
    renderGroupFacts(writer, [record], t, retentionText(record, t, lang));
  }
}

/** Purpose, source, retention and actual recipients (Art. 15(1)(a), (c), (d), (g)) under each block of records. */
function renderGroupFacts(writer: PdfWriter, group: RecordEntry[], t: TextFn, retention?: string): void {
  const unique = (values: string[]) => [...new Set(values)].join('; ');
  const pairs: [string, string][] = [
    [t('purposes'), unique(group.flatMap((record) => record.purposes.map((purpose) => purpose.label)))],
    [t('source'), unique(group.map((record) => record.source.label))],
    [t('retention'), unique(group.map((record) => `${record.retention.label}${retention ? ` (${retention})` : ''}. ${record.retention.explanation}`))],
  ];
  const recipients = unique(group.flatMap((record) => record.recipients.map((recipient) => `${recipient.recipientName} (${recipient.recipientCategory.label}, ${recipient.disclosedOn})`)));
  if (recipients) pairs.push([t('recipients'), recipients]);
  writer.facts(pairs.filter(([, value]) => value !== ''), { size: 7.5, labelWidth: 80 });
  writer.y += 6;
}

function renderDecisions(writer: PdfWriter, model: ExtractModel, t: TextFn): void {
  if (model.automatedDecisions.length === 0) return;
  writer.heading(1, t('decisionsSection'), 80);
  for (const decision of model.automatedDecisions) {
    writer.heading(2, t('decision', { id: decision.decisionId, date: formatDate(decision.decidedOn, model.language) }));
    writer.facts([[t('logic'), decision.logic], [t('significance'), decision.significance]], { labelWidth: 120, size: 9 });
    writer.y += 4;
    writer.table([{ header: t('variable'), weight: 2 }, { header: t('value'), weight: 1 }, { header: t('explanation'), weight: 4 }],
      decision.variables.map((variable) => [variable.label, variable.display, variable.explanation]), { size: 8.5 });
    writer.facts([
      [t('outcome'), `${decision.outcome.label}. ${decision.matchedRule.explanation}`],
      [t('consequence'), decision.consequence],
    ], { labelWidth: 120, size: 9 });
    if (decision.counterfactuals.length > 0) {
      writer.paragraph(t('counterfactuals'), { font: 'bold', size: 9, gapAfter: 2 });
      writer.bullets(decision.counterfactuals.map((counterfactual) => counterfactual.text), { size: 9 });
    }
  }
}
