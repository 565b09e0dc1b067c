import ExcelJS from 'exceljs';
import type { PortableCategory, PortableData } from '../../../../shared/output/portableData.ts';
import { textsIn } from '../../../../shared/extract/texts.ts';
import { workbookFileName } from '../../../../shared/output/fileNames.ts';

export { workbookFileName };

/** Excel's limits on a sheet's name: at most 31 characters, none of : \ / ? * [ ] (ECMA-376 Part 1, §18.2.20, and Excel itself). */
const sheetNameLimit = 31;

function sheetName(label: string, taken: Set<string>): string {
  const base =
    label
      .replace(/[:\\/?*[\]]/g, ' ')
      .trim()
      .slice(0, sheetNameLimit) || 'Sheet';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, sheetNameLimit - String(n).length - 1)} ${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/**
 * The archive's data as an Excel workbook (issue 14.11): the CSVs' comma is not Dutch Excel's separator,
 * so a person who double-clicks a CSV sees one column; a workbook opens the same in every locale.
 * One sheet per category, in the order of data.json; the headers in the person's language (the
 * category's field labels, the fixed columns from the extract's text catalogue); the kind of record and
 * its origin in words; every other cell the stored value of data.json (numbers as numbers, so Excel can
 * add them; empty = no value or withheld, as in the CSV). The file's dates are the archive's own day,
 * so the bytes do not depend on when they were made.
 */
export async function portableWorkbook(data: PortableData): Promise<Buffer> {
  const t = textsIn(data.language);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = data.controller.name;
  workbook.created = workbook.modified = new Date(`${data.generatedOn}T00:00:00Z`);
  const taken = new Set<string>();
  for (const category of data.categories) addCategorySheet(workbook, category, sheetName(category.label, taken), t);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addCategorySheet(workbook: ExcelJS.Workbook, category: PortableCategory, name: string, t: ReturnType<typeof textsIn>): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const headers = [
    t('workbook.column.record_kind'),
    t('workbook.column.record_id'),
    t('workbook.column.case_id'),
    t('workbook.column.portability'),
    ...category.columns.map((column) => column.label),
  ];
  sheet.addRow(headers).font = { bold: true };
  for (const record of category.records)
    sheet.addRow([
      record.recordKindLabel,
      record.recordId,
      record.caseId,
      t(`workbook.portability.${record.portability}`),
      ...category.columns.map((column) => record.values[column.name] ?? null),
    ]);
  sheet.columns.forEach((column, index) => {
    column.width = Math.min(40, Math.max(10, headers[index]!.length + 2));
  });
}
