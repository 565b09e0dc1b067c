import type { ExtractModel, RecordEntry } from '../../../../shared/extract/extractModel.ts';
import { formatDate } from '../../../../shared/extract/format.ts';
import { contentWidth, palette } from './pdfWriter.ts';
import type { PdfWriter } from './pdfWriter.ts';
import type { TextFn } from './renderExtractPdf.ts';

/** Kinds with at most this many varying fields are shown one row per record; wider ones as field/value blocks. */
const maxColumns = 10;

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

/**
 * Column widths for a records table, or null when it cannot fit: every column gets at least the width
 * of its longest unbreakable word (so no id, amount or date is ever split mid-word), and the rest of
 * the page width is shared by the typical length of each column's values.
 */
function planColumns(
  writer: PdfWriter,
  headers: string[],
  rows: string[][],
  size: number,
  keepDates: boolean,
): { widths: number[]; size: number } | null {
  const padding = 7.5;
  // pdfkit breaks lines at spaces and after hyphens; the record number (first column) must stay whole.
  const longestWord = (values: string[], breakAtHyphens = true) => {
    let longest = '';
    for (const value of values) {
      // A date ("28 augustus 2023") reads best on one line: treat it as one word.
      const words =
        keepDates && /^\d{1,2} \p{L}+\.? \d{4}$/u.test(value) ? [value] : value.split(breakAtHyphens ? /[\s/]+|(?<=-)/ : /[\s/]+/);
      for (const word of words) if (word.length > longest.length) longest = word;
    }
    return longest;
  };
  const columns = headers.map((_, index) => rows.map((row) => row[index] ?? ''));
  const minimum = columns.map((values, index) => {
    // Prose columns (descriptions) may wrap, and break a very long word; codes, amounts and dates may not.
    const prose = values.filter((value) => /\p{L}{3,}\s+\p{L}{3,}/u.test(value)).length * 2 > values.length;
    const longest = longestWord(values, index > 0);
    const valueWidth = prose ? Math.min(60, writer.quickWidth(longest, 'cond', size)) : writer.quickWidth(longest, 'cond', size);
    return Math.max(valueWidth, writer.quickWidth(longestWord([headers[index]!]), 'condBold', size)) * 1.05 + padding;
  });
  const spare = contentWidth - minimum.reduce((sum, width) => sum + width, 0);
  if (spare < 0) return null;
  const typical = columns.map((values) => {
    const sample = values.slice(0, 300);
    return Math.max(1, sample.reduce((sum, value) => sum + Math.min(value.length, 60), 0) / Math.max(1, sample.length));
  });
  const totalTypical = typical.reduce((sum, value) => sum + value, 0);
  return { widths: minimum.map((width, index) => width + (spare * typical[index]!) / totalTypical), size };
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
    // Keep the category heading and its description with the start of its first table.
    writer.heading(2, category.label, 150);
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
    // The note and field columns only when some entry has one.
    const withNotes = model.withheld.some((entry) => entry.note);
    const withFields = model.withheld.some((entry) => entry.fieldLabel);
    writer.table(
      [
        { header: t('record'), weight: 2.6 },
        ...(withFields ? [{ header: t('field'), weight: 1.8 }] : []),
        { header: t('reason'), weight: 3.4 },
        ...(withNotes ? [{ header: t('note'), weight: 2.2 }] : []),
        { header: t('decidedBy'), weight: 1.8 },
      ],
      model.withheld.map((entry) => [
        `${entry.recordKindLabel} ${entry.recordId}`,
        ...(withFields ? [entry.fieldLabel ?? '—'] : []),
        entry.reasonText,
        ...(withNotes ? [entry.note ?? ''] : []),
        `${entry.by}, ${formatDate(entry.on, lang)}`,
      ]),
    );
  }
  const lifted = model.liftedRedactions ?? [];
  if (lifted.length > 0) {
    writer.heading(2, t('liftedHeading'));
    writer.paragraph(t('liftedIntro'));
    writer.table(
      [
        { header: t('record'), weight: 3 },
        { header: t('field'), weight: 2 },
        { header: t('decidedBy'), weight: 2 },
      ],
      lifted.map((entry) => [`${entry.recordKind} ${entry.recordId}`, entry.field ?? '—', `${entry.by}, ${formatDate(entry.on, lang)}`]),
    );
  }
}

/**
 * One kind of record. Three or more records with at most `maxColumns` varying fields become one
 * table, a row per record; fields with the same value in every record (the person's id, the source)
 * are said once above it instead of repeated in every row. Other records get a field/value table each.
 */
function renderGroup(writer: PdfWriter, group: RecordEntry[], t: TextFn, lang: 'nl' | 'en'): void {
  const first = group[0]!;
  const fieldNames = [...new Set(group.flatMap((record) => record.fields.map((field) => field.name)))];
  const labels = new Map(group.flatMap((record) => record.fields.map((field) => [field.name, field.label] as const)));
  const cell = (record: RecordEntry, name: string) => {
    const field = record.fields.find((candidate) => candidate.name === name);
    return record.withheld ? t('withheldValue') : field ? fieldText(field, t) : '';
  };
  // The id column repeats the record number shown in the first column.
  const isIdField = (name: string) =>
    group.some((record) => !record.withheld) &&
    group.every((record) => record.withheld || record.fields.find((field) => field.name === name)?.display === record.recordId);
  // Withheld records show only their number and "[withheld]", so they do not count here.
  const shown = group.filter((record) => !record.withheld);
  const model0 = shown[0];
  const constant =
    group.length >= 3 && model0
      ? fieldNames.filter((name) => !isIdField(name) && shown.every((record) => cell(record, name) === cell(model0, name)))
      : [];
  const varying = fieldNames.filter((name) => !isIdField(name) && !constant.includes(name));
  if (group.length >= 3 && varying.length <= maxColumns) {
    const retentions = group.map((record) => retentionText(record, t, lang));
    const retentionVaries = new Set(retentions).size > 1;
    const headers = [t('record'), ...varying.map((name) => labels.get(name) ?? name), ...(retentionVaries ? [t('retention')] : [])];
    const rows = group.map((record, index) => [
      record.recordId,
      ...varying.map((name) => cell(record, name)),
      ...(retentionVaries ? [retentions[index]!] : []),
    ]);
    const plan =
      planColumns(writer, headers, rows, 8, true) ??
      planColumns(writer, headers, rows, 7, true) ??
      planColumns(writer, headers, rows, 7, false);
    if (plan) {
      writer.heading(3, `${first.recordKindLabel} (${group.length})`, 70);
      const shared: [string, string][] = constant.map((name) => [labels.get(name) ?? name, cell(model0!, name)]);
      if (!retentionVaries) shared.push([t('retention'), retentions[0]!]);
      if (shared.length > 0) writer.facts(shared, { size: 8, labelWidth: 150 });
      writer.y += 2;
      writer.table(
        headers.map((header, index) => ({ header, weight: plan.widths[index]! })),
        rows,
        { size: plan.size },
      );
      renderGroupFacts(writer, group, t);
      return;
    }
  }
  for (const record of group) {
    const title = `${record.recordKindLabel} ${record.recordId}${record.caseId && record.caseId !== record.recordId ? ` · ${t('case')} ${record.caseId}` : ''}`;
    if (record.withheld) {
      writer.heading(3, title, 30);
      writer.paragraph(t('withheldRecord', { reason: record.fields[0]?.redacted?.reasonText ?? '' }));
      continue;
    }
    const columns = [
      { header: t('field'), weight: 1 },
      { header: t('value'), weight: 2.4 },
    ];
    const rows = record.fields.map((field) => [field.label, fieldText(field, t)]);
    // Heading, table and the facts under it stay on one page when they fit in half a page.
    const height = writer.tableHeight(columns, rows) + 40;
    writer.heading(3, title, height < 380 ? height : 70);
    writer.table(columns, rows, { size: 8.5 });
    writer.y -= 4;
    renderGroupFacts(writer, [record], t);
  }
}

const firstOf = (group: RecordEntry[]): RecordEntry => group[0]!;

/** Purpose, source, retention and actual recipients (Art. 15(1)(a), (c), (d), (g)) under each block of records. */
function renderGroupFacts(writer: PdfWriter, group: RecordEntry[], t: TextFn): void {
  const unique = (values: string[]) => [...new Set(values)].join('; ');
  const pairs: [string, string][] = [
    [t('purposes'), unique(group.flatMap((record) => record.purposes.map((purpose) => purpose.label)))],
    [t('source'), unique(group.map((record) => record.source.label))],
    // Per-record dates are in the table; below it the rule, explained once.
    [
      t('retention'),
      new Set(group.map((record) => record.retention.explanation)).size === 1
        ? firstOf(group).retention.explanation
        : unique(group.map((record) => record.retention.label)),
    ],
  ];
  const recipients = unique(
    group.flatMap((record) =>
      record.recipients.map((recipient) => `${recipient.recipientName} (${recipient.recipientCategory.label}, ${recipient.disclosedOn})`),
    ),
  );
  if (recipients) pairs.push([t('recipients'), recipients]);
  writer.facts(
    pairs.filter(([, value]) => value !== ''),
    { size: 7.5, labelWidth: 80 },
  );
  writer.y += 6;
}

function renderDecisions(writer: PdfWriter, model: ExtractModel, t: TextFn): void {
  if (model.automatedDecisions.length === 0) return;
  writer.heading(1, t('decisionsSection'), 80);
  for (const decision of model.automatedDecisions) {
    writer.heading(2, t('decision', { id: decision.decisionId, date: formatDate(decision.decidedOn, model.language) }));
    writer.facts(
      [
        [t('logic'), decision.logic],
        [t('significance'), decision.significance],
      ],
      { labelWidth: 120, size: 9 },
    );
    writer.y += 4;
    writer.table(
      [
        { header: t('variable'), weight: 2 },
        { header: t('value'), weight: 1 },
        { header: t('explanation'), weight: 4 },
      ],
      decision.variables.map((variable) => [variable.label, variable.display, variable.explanation]),
      { size: 8.5 },
    );
    writer.facts(
      [
        [t('outcome'), `${decision.outcome.label}. ${decision.matchedRule.explanation}`],
        [t('consequence'), decision.consequence],
      ],
      { labelWidth: 120, size: 9 },
    );
    if (decision.counterfactuals.length > 0) {
      writer.paragraph(t('counterfactuals'), { font: 'bold', size: 9, gapAfter: 2 });
      writer.bullets(
        decision.counterfactuals.map((counterfactual) => counterfactual.text),
        { size: 9 },
      );
    }
  }
}
