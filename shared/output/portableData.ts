import type { ExtractModel, RecordEntry } from '../extract/extractModel.ts';
import type { CsvCell } from './csv.ts';
import { encodeCsv } from './csv.ts';
import { csvFileName } from './fileNames.ts';

/**
 * The machine-readable part of the portability archive (Art. 20 GDPR), shaped from the extract model.
 * Only records the model marks as portable — data the person provided or that was observed about
 * them (payments, contacts) — go in; inferred data (scores, automated decisions) and withheld
 * records do not (Art. 20(1), EDPB WP242 §2.1). The format is documented in docs/portability-archive.md;
 * a change a reader would notice bumps `portabilityDataVersion` (2: a record's `id` and `case_id` are given
 * once, as recordId/caseId and the CSV's record_id/case_id, not again among its values: issue 12.11).
 */
export const portabilityDataVersion = 2;

export interface PortableColumn {
  name: string;
  label: string;
}

export interface PortableRecord {
  recordKind: string;
  recordKindLabel: string;
  recordId: string;
  caseId: string | null;
  portability: 'provided' | 'observed';
  values: Record<string, string | number | null>;
}

export interface PortableCategory {
  id: string;
  label: string;
  description: string;
  csvFile: string;
  columns: PortableColumn[];
  records: PortableRecord[];
}

export interface PortableData {
  schema: 'inzage-portability-data';
  schemaVersion: typeof portabilityDataVersion;
  extractModelVersion: number;
  reference: string;
  generatedOn: string;
  language: ExtractModel['language'];
  controller: { name: string; addressLines: string[]; email: string; phone: string; website: string };
  subjects: { subjectId: string; displayName: string; birthDate: string | null }[];
  categories: PortableCategory[];
}

/** The fixed leading CSV columns; the category's own fields follow. */
export const fixedCsvColumns = ['record_kind', 'record_id', 'case_id', 'portability'] as const;

/** Fields the fixed columns already carry (a record's id is record_id, its case case_id): not repeated as columns. */
const carriedByFixedColumns = new Set(['id', 'case_id']);

export function isPortable(record: RecordEntry): record is RecordEntry & { portability: 'provided' | 'observed' } {
  // Another person's data shown in the copy (record.otherPerson) are never in the archive (Art. 20(4)).
  return !record.withheld && !record.otherPerson && (record.portability === 'provided' || record.portability === 'observed');
}

export function shapePortableData(model: ExtractModel): PortableData {
  const categories: PortableCategory[] = [];
  for (const category of model.categories) {
    const portable = category.records.filter(isPortable);
    if (portable.length === 0) continue;
    const columns = new Map<string, string>();
    for (const record of portable)
      for (const field of record.fields)
        if (!carriedByFixedColumns.has(field.name) && !columns.has(field.name)) columns.set(field.name, field.label);
    categories.push({
      id: category.id,
      label: category.label,
      description: category.description,
      csvFile: `csv/${csvFileName(category.id)}`,
      columns: [...columns].map(([name, label]) => ({ name, label })),
      records: portable.map((record) => ({
        recordKind: record.recordKind,
        recordKindLabel: record.recordKindLabel,
        recordId: record.recordId,
        caseId: record.caseId,
        portability: record.portability,
        values: Object.fromEntries(
          record.fields
            .filter((field) => !carriedByFixedColumns.has(field.name))
            .map((field) => [field.name, field.redacted ? null : field.value]),
        ),
      })),
    });
  }
  return {
    schema: 'inzage-portability-data',
    schemaVersion: portabilityDataVersion,
    extractModelVersion: model.modelVersion,
    reference: model.request.reference,
    generatedOn: model.generatedOn,
    language: model.language,
    controller: model.controller,
    subjects: model.subjects,
    categories,
  };
}

/** One category as RFC 4180 CSV: the fixed columns, then every field of the category (empty where a record lacks it). */
export function categoryCsv(category: PortableCategory): string {
  const header = [...fixedCsvColumns, ...category.columns.map((column) => column.name)];
  const rows = category.records.map((record): CsvCell[] => [
    record.recordKind,
    record.recordId,
    record.caseId,
    record.portability,
    ...category.columns.map((column) => record.values[column.name] ?? null),
  ]);
  return encodeCsv(header, rows);
}
