import type { ExtractModel, SectionId } from '../../../../shared/extract/extractModel.ts';
import {
  renderCategories,
  renderDecisions,
  renderLifted,
  renderPortability,
  renderProcessorRecords,
  renderWithheld,
} from './copySections.ts';
import { palette } from './pdfWriter.ts';
import type { PdfWriter } from './pdfWriter.ts';
import type { TextFn } from './renderExtractPdf.ts';
import {
  renderAutomatedDecisions,
  renderComplaint,
  renderConfirmation,
  renderDataCategories,
  renderPurposes,
  renderRecipients,
  renderRetention,
  renderRightsShort,
  renderRights,
  renderSources,
  renderTransfers,
} from './summarySections.ts';

type Body = (writer: PdfWriter, model: ExtractModel, t: TextFn) => void;

/** What follows each heading; a part heading (level 1) with nothing of its own before its first section has none. */
const bodies: Record<SectionId, Body | null> = {
  summary: null,
  confirmation: renderConfirmation,
  purposes: renderPurposes,
  dataCategories: renderDataCategories,
  recipients: renderRecipients,
  retention: renderRetention,
  rightsShort: renderRightsShort,
  sources: renderSources,
  automatedDecisions: renderAutomatedDecisions,
  transfers: renderTransfers,
  copy: renderCategories,
  decisions: renderDecisions,
  processorRecords: renderProcessorRecords,
  withheld: renderWithheld,
  lifted: renderLifted,
  portability: renderPortability,
  rights: renderRights,
  complaint: renderComplaint,
};

/**
 * The body of the extract after the cover letter: the model's outline walked in order, each section's
 * heading and article reference exactly as the model carries them (the preview walks the same list).
 */
export function renderOutline(writer: PdfWriter, model: ExtractModel, t: TextFn): void {
  for (const section of model.outline) {
    // A part starting on a busy page moves on with room for its first lines (the summary opens a fresh page).
    writer.heading(section.level, section.heading, section.level === 1 && section.id !== 'summary' ? 80 : 60);
    writer.paragraph(section.article, { size: 8, color: palette.muted, gapAfter: 4 });
    bodies[section.id]?.(writer, model, t);
  }
}
