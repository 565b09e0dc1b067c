import type { ExtractModel, RecordEntry } from '../../../../shared/extract/extractModel.ts';
import { formatDate } from '../../../../shared/extract/format.ts';
import { recipientLines } from '../../../../shared/extract/recipients.ts';
import { contentWidth, palette } from './pdfWriter.ts';
import type { PdfWriter } from './pdfWriter.ts';
import type { TextFn } from './renderExtractPdf.ts';

/** Kinds with at most this many varying fields are shown one row per record; wider ones as field/value blocks. */
const maxColumns = 10;

function fieldText(field: RecordEntry['fields'][number], t: TextFn): string {
  return field.redacted ? `${t('label.withheld')} ${field.redacted.reasonText}` : field.display;
}

function retentionText(record: RecordEntry, t: TextFn, language: 'nl' | 'en'): string {
  const r = record.retention;
  if (r.status === 'date' && r.until) return t('label.keptUntil', { date: formatDate(r.until, language) });
  if (r.status === 'open') return t('label.retentionOpen');
  if (r.status === 'hold') return t('label.retentionHold');
  return t('label.retentionEraseNow');
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

/** The copy of the data (Art. 15(3)), every record, by category. */
export function renderCategories(writer: PdfWriter, model: ExtractModel, t: TextFn): void {
  writer.paragraph(t('copy.intro'));
  for (const category of model.categories) {
    if (category.records.length === 0) continue;
    // Keep the category heading and its description with the start of its first table.
    writer.heading(2, category.label, 150);
    writer.paragraph(category.description, { color: palette.muted });
    for (const group of groupByKind(category.records)) renderGroup(writer, group, t, model.language);
  }
}

/** Records held as processor for a client (Art. 28(3)(e)): the client's notice and contact, then the records. */
export function renderProcessorRecords(writer: PdfWriter, model: ExtractModel, t: TextFn): void {
  for (const section of model.processorRecords) {
    writer.paragraph(section.notice);
    writer.paragraph(t('processor.controller', { name: section.controllerName, contact: section.controllerContact }), { font: 'bold' });
    for (const group of groupByKind(section.records)) renderGroup(writer, group, t, model.language);
  }
}

/** Art. 20: what the portability archive holds and, one line per kind of record, what it leaves out and why (issue 12.11). */
export function renderPortability(writer: PdfWriter, model: ExtractModel, t: TextFn): void {
  writer.paragraph(model.portability.explanation);
  const table = (title: string, rows: ExtractModel['portability']['included']) => {
    if (rows.length === 0) return;
    writer.paragraph(title, { font: 'bold', size: 9, gapAfter: 2 });
    writer.table(
      [
        { header: t('table.record'), weight: 2 },
        { header: t('table.reason'), weight: 5 },
      ],
      rows.map((row) => [`${row.recordKindLabel} (${row.recordCount})`, row.reason]),
      { size: 8.5 },
    );
  };
  table(t('portability.included'), model.portability.included);
  table(t('portability.excluded'), model.portability.excluded);
}

/** What was withheld and why (Art. 15(4)). */
export function renderWithheld(writer: PdfWriter, model: ExtractModel, t: TextFn): void {
  const lang = model.language;
  if (model.withheld.length === 0) {
    writer.paragraph(t('withheld.none'));
    return;
  }
  writer.paragraph(t('withheld.intro'));
  // The note and field columns only when some entry has one.
  const withNotes = model.withheld.some((entry) => entry.note);
  const withFields = model.withheld.some((entry) => entry.fieldLabel);
  writer.table(
    [
      { header: t('table.record'), weight: 2.6 },
      ...(withFields ? [{ header: t('table.field'), weight: 1.8 }] : []),
      { header: t('table.reason'), weight: 3.4 },
      ...(withNotes ? [{ header: t('table.note'), weight: 2.2 }] : []),
      { header: t('table.decidedBy'), weight: 1.8 },
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

/** Automatic redactions the clerk lifted after weighing Art. 15(4) in the person's favour. */
export function renderLifted(writer: PdfWriter, model: ExtractModel, t: TextFn): void {
  const lang = model.language;
  writer.paragraph(t('lifted.intro'));
  writer.table(
    [
      { header: t('table.record'), weight: 3 },
      { header: t('table.field'), weight: 2 },
      { header: t('table.reason'), weight: 4 },
      { header: t('table.decidedBy'), weight: 2 },
    ],
    (model.liftedRedactions ?? []).map((entry) => [
      `${entry.recordKind} ${entry.recordId}`,
      entry.field ?? '—',
      entry.reason,
      `${entry.by}, ${formatDate(entry.on, lang)}`,
    ]),
  );
}

/**
 * One kind of record. Three or more records with at most `maxColumns` varying fields become one
 * table, a row per record; fields with the same value in every record (the person's id, the source)
 * are said once above it instead of repeated in every row. Other records get a field/value table each.
 */
function renderGroup(writer: PdfWriter, group: RecordEntry[], t: TextFn, lang: 'nl' | 'en'): void {
  // Another person's data shown in the copy are set apart, each under its note, never in a table of the person's own.
  const others = group.filter((record) => record.otherPerson);
  if (others.length > 0) {
    const own = group.filter((record) => !record.otherPerson);
    if (own.length > 0) renderGroup(writer, own, t, lang);
    renderRecords(writer, others, t, lang);
    return;
  }
  const first = group[0]!;
  const fieldNames = [...new Set(group.flatMap((record) => record.fields.map((field) => field.name)))];
  const labels = new Map(group.flatMap((record) => record.fields.map((field) => [field.name, field.label] as const)));
  const cell = (record: RecordEntry, name: string) => {
    const field = record.fields.find((candidate) => candidate.name === name);
    return record.withheld ? t('label.withheld') : field ? fieldText(field, t) : '';
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
    const headers = [
      t('table.record'),
      ...varying.map((name) => labels.get(name) ?? name),
      ...(retentionVaries ? [t('table.retention')] : []),
    ];
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
      if (!retentionVaries) shared.push([t('table.retention'), retentions[0]!]);
      if (shared.length > 0) writer.facts(shared, { size: 8, labelWidth: 150 });
      writer.y += 2;
      writer.table(
        headers.map((header, index) => ({ header, weight: plan.widths[index]! })),
        rows,
        { size: plan.size, rowsAreRecords: true },
      );
      renderGroupFacts(writer, group, t, lang);
      return;
    }
  }
  if (group.length >= 3 && model0) {
    // Too many varying fields for a column each (a disclosure names its recipient, date, categories and the
    // letter, look-up or legal step that caused it): one row per record with its filled fields as text, so
    // hundreds of records take pages, not a page each (issue 12.5 made the heavy debtor's copy 840 pages).
    const shared: [string, string][] = constant.map((name) => [labels.get(name) ?? name, cell(model0, name)]);
    const retentions = group.map((record) => retentionText(record, t, lang));
    const retentionVaries = new Set(retentions).size > 1;
    if (!retentionVaries) shared.push([t('table.retention'), retentions[0]!]);
    const details = (record: RecordEntry, index: number) =>
      record.withheld
        ? t('label.withheld')
        : [
            ...varying
              .map((name) => [labels.get(name) ?? name, cell(record, name)] as const)
              .filter(([, value]) => value !== '' && value !== '—'),
            ...(retentionVaries ? [[t('table.retention'), retentions[index]!] as const] : []),
          ]
            .map(([label, value]) => `${label}: ${value}`)
            .join(' · ');
    writer.heading(3, `${first.recordKindLabel} (${group.length})`, 70);
    if (shared.length > 0) writer.facts(shared, { size: 8, labelWidth: 150 });
    writer.y += 2;
    writer.table(
      [
        { header: t('table.record'), weight: 1 },
        { header: t('table.details'), weight: 5 },
      ],
      group.map((record, index) => [record.recordId, details(record, index)]),
      { size: 8, rowsAreRecords: true },
    );
    renderGroupFacts(writer, group, t, lang);
    return;
  }
  renderRecords(writer, group, t, lang);
}

/** Records one by one: a field/value table each, or the withheld line; another person's data under its note. */
function renderRecords(writer: PdfWriter, group: RecordEntry[], t: TextFn, lang: 'nl' | 'en'): void {
  for (const record of group) {
    writer.recordsLaidOut++;
    const ofCase = record.caseId && record.caseId !== record.recordId ? ` · ${t('table.case')} ${record.caseId}` : '';
    const title = `${record.recordKindLabel} ${record.recordId}${ofCase}`;
    if (record.withheld) {
      writer.heading(3, title, 30);
      writer.paragraph(t('copy.withheldRecord', { reason: record.fields[0]?.redacted?.reasonText ?? '' }));
      continue;
    }
    const columns = [
      { header: t('table.field'), weight: 1 },
      { header: t('table.value'), weight: 2.4 },
    ];
    const rows = record.fields.map((field) => [field.label, fieldText(field, t)]);
    // Heading, table and the facts under it stay on one page when they fit in half a page.
    const height = writer.tableHeight(columns, rows) + 40;
    writer.heading(3, title, height < 380 ? height : 70);
    for (const note of record.otherPerson ?? []) writer.paragraph(note.text, { font: 'bold', size: 9, gapAfter: 2 });
    writer.table(columns, rows, { size: 8.5 });
    writer.y -= 4;
    renderGroupFacts(writer, [record], t, lang);
  }
}

const firstOf = (group: RecordEntry[]): RecordEntry => group[0]!;

/** Purpose, source, retention and actual recipients (Art. 15(1)(a), (c), (d), (g)) under each block of records. */
function renderGroupFacts(writer: PdfWriter, group: RecordEntry[], t: TextFn, language: 'nl' | 'en'): void {
  const unique = (values: string[]) => [...new Set(values)].join('; ');
  const pairs: [string, string][] = [
    [t('table.purposes'), unique(group.flatMap((record) => record.purposes.map((purpose) => purpose.label)))],
    [t('table.source'), unique(group.map((record) => record.source.label))],
    // Per-record dates are in the table; below it the rule, explained once.
    [
      t('table.retention'),
      new Set(group.map((record) => record.retention.explanation)).size === 1
        ? firstOf(group).retention.explanation
        : unique(group.map((record) => record.retention.label)),
    ],
  ];
  // Every actual recipient by name and date (C-154/21); the categories only for records without one.
  const recipients = recipientLines(
    group.flatMap((record) => record.recipients),
    language,
  ).join('; ');
  if (recipients) pairs.push([t('table.recipients'), recipients]);
  const categories = unique(group.flatMap((record) => record.recipientCategories.map((category) => category.label)));
  if (categories) pairs.push([t('table.recipientCategories'), categories]);
  writer.facts(
    pairs.filter(([, value]) => value !== '' && value !== '—'),
    { size: 7.5, labelWidth: 80 },
  );
  writer.y += 6;
}

/** Each automated decision explained (Art. 15(1)(h), Art. 22): logic, variables, outcome and what would have changed it. */
export function renderDecisions(writer: PdfWriter, model: ExtractModel, t: TextFn): void {
  for (const decision of model.automatedDecisions) {
    writer.heading(2, t('decision.title', { id: decision.decisionId, date: formatDate(decision.decidedOn, model.language) }));
    writer.facts(
      [
        [t('table.logic'), decision.logic],
        [t('table.significance'), decision.significance],
        [t('table.article22'), decision.article22.explanation],
      ],
      { labelWidth: 120, size: 9 },
    );
    writer.y += 4;
    writer.table(
      [
        { header: t('table.variable'), weight: 2 },
        { header: t('table.value'), weight: 1 },
        { header: t('table.explanation'), weight: 4 },
      ],
      decision.variables.map((variable) => [variable.label, variable.display, variable.explanation]),
      { size: 8.5 },
    );
    writer.facts(
      [
        [t('table.outcome'), `${decision.outcome.label}. ${decision.matchedRule.explanation}`],
        [t('table.consequence'), decision.consequence],
      ],
      { labelWidth: 120, size: 9 },
    );
    if (decision.counterfactuals.length > 0) {
      writer.paragraph(t('table.counterfactuals'), { font: 'bold', size: 9, gapAfter: 2 });
      writer.bullets(
        decision.counterfactuals.map((counterfactual) => counterfactual.text),
        { size: 9 },
      );
    }
  }
}
