import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { archiveReadme } from '../../../shared/output/archiveReadme.ts';
import { categoryCsv, fixedCsvColumns, shapePortableData } from '../../../shared/output/portableData.ts';
import { sampleExtractModel } from '../../helpers/sampleExtractModel.ts';

describe('portable data from the extract model', () => {
  const model = sampleExtractModel({ language: 'nl', payments: 12 });
  const data = shapePortableData(model);

  it('holds only provided and observed records that are not withheld (Art. 20)', () => {
    const all = model.categories.flatMap((category) => category.records);
    const expected = all
      .filter((record) => !record.withheld && (record.portability === 'provided' || record.portability === 'observed'))
      .map((record) => record.recordId);
    expect(data.categories.flatMap((category) => category.records.map((record) => record.recordId))).toEqual(expected);
    expect(expected.length).toBeLessThan(all.length);
  });

  it('writes CSVs that parse strictly back to the data.json values', () => {
    for (const category of data.categories) {
      const rows = parse(categoryCsv(category), { columns: true, skip_empty_lines: false }) as Record<string, string>[];
      expect(rows).toHaveLength(category.records.length);
      rows.forEach((row, index) => {
        const record = category.records[index]!;
        expect(row.record_id).toBe(record.recordId);
        for (const column of category.columns)
          expect(row[column.name], column.name).toBe(
            record.values[column.name] === null || record.values[column.name] === undefined ? '' : String(record.values[column.name]),
          );
      });
    }
  });

  it('explains every file and column in the README', () => {
    const readme = archiveReadme(model, data, 'X.pdf');
    for (const category of data.categories) {
      expect(readme).toContain(category.csvFile);
      for (const column of [...fixedCsvColumns, ...category.columns.map((c) => c.name)]) expect(readme).toContain(`${column}: `);
    }
    for (const file of ['data.json', 'manifest.json', 'README.txt', 'X.pdf']) expect(readme).toContain(file);
  });
});
