import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveFile, Manifest } from '../../../../../electron/core/output/archive/portabilityArchive.ts';
import { portabilityArchiveFiles } from '../../../../../electron/core/output/archive/portabilityArchive.ts';
import type { ExtractModel } from '../../../../../shared/extract/extractModel.ts';
import type { PortableData } from '../../../../../shared/output/portableData.ts';
import { seedTestDatabase } from '../../../../helpers/demoDatabase.ts';
import { demoExtractModel } from '../../../../helpers/demoExtractModel.ts';
import { useTempDirs } from '../../../../helpers/tempDir.ts';

const bom = Buffer.from([0xef, 0xbb, 0xbf]);

/** The cells of a sheet row as a plain array (exceljs numbers its cells from 1). */
function rowValues(sheet: ExcelJS.Worksheet, row: number, width: number): unknown[] {
  return Array.from({ length: width }, (_, index) => sheet.getRow(row).getCell(index + 1).value ?? null);
}

describe('the portability archive opens in Excel (issue 14.11)', () => {
  const tempDir = useTempDirs('suite');
  const archives = new Map<'nl' | 'en', { model: ExtractModel; files: Map<string, Buffer> }>();

  beforeAll(async () => {
    const { db, result } = seedTestDatabase(tempDir());
    for (const language of ['nl', 'en'] as const) {
      // The heavy debtor: many categories, umlauts and commas in the demo's names and addresses.
      const model = demoExtractModel(db, result.landmarks.heavyDebtor, { language, kind: 'both' });
      const files: ArchiveFile[] = await portabilityArchiveFiles(model, Buffer.from('%PDF-1.7 stand-in'), 'extract.pdf');
      archives.set(language, { model, files: new Map(files.map((file) => [file.path, file.data])) });
    }
    db.close();
  });

  it('writes every CSV as UTF-8 behind a byte-order mark, still parsing back to data.json under RFC 4180', () => {
    const { files } = archives.get('nl')!;
    const data = JSON.parse(files.get('data.json')!.toString('utf8')) as PortableData;
    expect(data.categories.length).toBeGreaterThan(1);
    for (const category of data.categories) {
      const bytes = files.get(category.csvFile)!;
      expect(bytes.subarray(0, 3).equals(bom), category.csvFile).toBe(true);
      // Exactly one mark: the header's first column name follows it directly.
      expect(bytes.subarray(3, 3 + 'record_kind'.length).toString('utf8')).toBe('record_kind');
      const rows = parse(bytes, { columns: true, bom: true, relax_quotes: false }) as Record<string, string>[];
      expect(rows.map((row) => row.record_id)).toEqual(category.records.map((record) => record.recordId));
      rows.forEach((row, index) => {
        for (const [name, value] of Object.entries(category.records[index]!.values))
          expect(row[name]).toBe(value === null ? '' : String(value));
      });
    }
  });

  it.each(['nl', 'en'] as const)(
    'adds data.xlsx: one sheet per category, headers in the person’s language, the values of data.json (%s)',
    async (language) => {
      const { model, files } = archives.get(language)!;
      const data = JSON.parse(files.get('data.json')!.toString('utf8')) as PortableData;
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(files.get('data.xlsx')! as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(data.categories.map((category) => category.label.slice(0, 31)));
      const fixed =
        language === 'nl' ? ['Soort gegeven', 'Nummer', 'Dossier', 'Herkomst'] : ['Kind of record', 'Record number', 'Case', 'Origin'];
      const origin =
        language === 'nl'
          ? { provided: 'door u verstrekt', observed: 'over u vastgelegd' }
          : { provided: 'provided by you', observed: 'recorded about you' };
      let numbers = 0;
      data.categories.forEach((category, index) => {
        const sheet = workbook.worksheets[index]!;
        const width = 4 + category.columns.length;
        expect(rowValues(sheet, 1, width)).toEqual([...fixed, ...category.columns.map((column) => column.label)]);
        expect(sheet.rowCount).toBe(1 + category.records.length);
        category.records.forEach((record, r) => {
          const cells = rowValues(sheet, r + 2, width);
          expect(cells.slice(0, 4)).toEqual([record.recordKindLabel, record.recordId, record.caseId, origin[record.portability]]);
          expect(cells.slice(4)).toEqual(category.columns.map((column) => record.values[column.name] ?? null));
          numbers += cells.filter((cell) => typeof cell === 'number').length;
        });
      });
      // Amounts stay numbers Excel can add up, not text.
      expect(numbers).toBeGreaterThan(0);
      // The labels really are the request's language: the extract's category labels.
      expect(workbook.worksheets[0]!.name).toBe(model.categories.find((c) => c.id === data.categories[0]!.id)!.label.slice(0, 31));
    },
  );

  it('names the workbook and the CSVs’ encoding in the manifest and the README, and lists the workbook’s SHA-256', () => {
    for (const language of ['nl', 'en'] as const) {
      const { files } = archives.get(language)!;
      const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8')) as Manifest;
      expect(manifest.manifestVersion).toBe(4);
      expect(manifest.workbook).toBe('data.xlsx');
      expect(manifest.csv.encoding).toBe('UTF-8 with byte-order mark');
      expect(manifest.csv.files).toEqual([...files.keys()].filter((path) => path.startsWith('csv/')));
      expect(manifest.files.map((file) => file.path)).toContain('data.xlsx');
      const readme = files.get('README.txt')!.toString('utf8');
      expect(readme).toContain('data.xlsx');
      expect(readme).toContain('byte-order mark');
      expect(readme).toContain(language === 'nl' ? 'Excel-werkmap' : 'Excel workbook');
    }
  });
});
