import type { ExtractModel } from '../extract/extractModel.ts';
import { outputText } from './outputTexts.ts';
import type { PortableData } from './portableData.ts';
import { fixedCsvColumns, portabilityDataVersion } from './portableData.ts';

const fixedColumnTexts = {
  record_kind: 'colRecordKind',
  record_id: 'colRecordId',
  case_id: 'colCaseId',
  portability: 'colPortability',
} as const satisfies Record<(typeof fixedCsvColumns)[number], string>;

/**
 * The README for the recipient of a portability archive, in the extract's language: every file and
 * every column explained, and which records are in the archive and why (the model's `portability`
 * section, Art. 20(1): provided and observed data, not inferred data).
 */
export function archiveReadme(model: ExtractModel, data: PortableData, pdfFileName: string): string {
  const t = (key: Parameters<typeof outputText>[1], values?: Record<string, string | number>) => outputText(model.language, key, values);
  const lines: string[] = [];
  const heading = (text: string) => lines.push('', text, '='.repeat(text.length), '');
  lines.push(t('readmeTitle'), '='.repeat(t('readmeTitle').length), '');
  lines.push(`${t('reference')}: ${model.request.reference}`, `${t('date')}: ${model.generatedOn}`, '');
  lines.push(t('readmeIntro', { controller: model.controller.name }), '', model.portability.explanation);
  heading(t('readmeFiles'));
  lines.push(`data.json`, `    ${t('readmeDataJson', { version: portabilityDataVersion })}`);
  for (const category of data.categories) lines.push(category.csvFile, `    ${category.label}: ${category.description}`);
  lines.push(`    ${t('readmeCsv')}`);
  lines.push(pdfFileName, `    ${t('readmePdf')}`);
  lines.push('manifest.json', `    ${t('readmeManifest', { reference: model.request.reference })}`);
  lines.push('README.txt', `    ${t('readmeReadme')}`);
  for (const category of data.categories) {
    heading(t('readmeColumns', { file: category.csvFile }));
    for (const column of fixedCsvColumns) lines.push(`${column}: ${t(fixedColumnTexts[column])}`);
    for (const column of category.columns) lines.push(`${column.name}: ${column.label}`);
  }
  lines.push('', t('readmeEmptyCells'));
  heading(t('readmeIncluded'));
  for (const entry of model.portability.included) lines.push(`- ${entry.recordKindLabel} (${entry.recordCount}): ${entry.reason}`);
  heading(t('readmeExcluded'));
  for (const entry of model.portability.excluded) lines.push(`- ${entry.recordKindLabel} (${entry.recordCount}): ${entry.reason}`);
  lines.push('');
  return lines.join('\r\n');
}
