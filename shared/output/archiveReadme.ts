import type { ExtractModel } from '../extract/extractModel.ts';
import { textsIn } from '../extract/texts.ts';
import type { PortableData } from './portableData.ts';
import { workbookFileName } from './fileNames.ts';
import { fixedCsvColumns, portabilityDataVersion } from './portableData.ts';

/**
 * The README for the recipient of a portability archive, in the extract's language: every file and
 * every column explained, and which records are in the archive and why (the model's `portability`
 * section, Art. 20(1): provided and observed data, not inferred data).
 */
export function archiveReadme(model: ExtractModel, data: PortableData, pdfFileName: string): string {
  const t = textsIn(model.language);
  const lines: string[] = [];
  const heading = (text: string) => lines.push('', text, '='.repeat(text.length), '');
  lines.push(t('readme.title'), '='.repeat(t('readme.title').length), '');
  lines.push(`${t('doc.reference')}: ${model.request.reference}`, `${t('doc.date')}: ${model.generatedOn}`, '');
  lines.push(t('readme.intro', { controller: model.controller.name }), '', model.portability.explanation);
  heading(t('readme.files'));
  lines.push(`data.json`, `    ${t('readme.dataJson', { version: portabilityDataVersion })}`);
  for (const category of data.categories) lines.push(category.csvFile, `    ${category.label}: ${category.description}`);
  lines.push(`    ${t('readme.csv')}`);
  lines.push(workbookFileName, `    ${t('readme.workbook')}`);
  lines.push(pdfFileName, `    ${t('readme.pdf')}`);
  lines.push('manifest.json', `    ${t('readme.manifest', { reference: model.request.reference })}`);
  lines.push('manifest.json.p7s', `    ${t('readme.manifestSignature', { controller: model.controller.name })}`);
  lines.push('README.txt', `    ${t('readme.readme')}`);
  // The case file's documents (issue 16.4), each under documents/ with its kind and date.
  if ((model.documents ?? []).length > 0) {
    lines.push('documents/', `    ${t('readme.documents')}`);
    for (const d of model.documents ?? []) lines.push(`    ${d.archivePath}: ${d.kindLabel}, ${d.date}${d.title ? ` — ${d.title}` : ''}`);
  }
  for (const category of data.categories) {
    heading(t('readme.columns', { file: category.csvFile }));
    for (const column of fixedCsvColumns) lines.push(`${column}: ${t(`readme.column.${column}`)}`);
    for (const column of category.columns) lines.push(`${column.name}: ${column.label}`);
  }
  lines.push('', t('readme.emptyCells'));
  heading(t('readme.included'));
  for (const entry of model.portability.included) lines.push(`- ${entry.recordKindLabel} (${entry.recordCount}): ${entry.reason}`);
  heading(t('readme.excluded'));
  for (const entry of model.portability.excluded) lines.push(`- ${entry.recordKindLabel} (${entry.recordCount}): ${entry.reason}`);
  lines.push('');
  return lines.join('\r\n');
}
