import type { ExtractModel } from './extractModel.ts';
import { textsIn } from './texts.ts';

/** The cover letter of an extract, every sentence resolved: what the PDF's first page and the preview both show. */
export interface CoverLetter {
  subject: string;
  salutation: string;
  /** The introduction, then the confirmation of Art. 15(1) first sentence. */
  paragraphs: string[];
  enclosedHeading: string;
  enclosed: string[];
  signedNote: string;
  closing: string;
  /** The clerk who signs, then the team and the controller. */
  signatory: string[];
}

/**
 * The cover letter from the model and the one text catalogue (Art. 12(1): concise and plain): who asked,
 * what is enclosed, and the closing formula. One function for both renderers, so the letter on screen and
 * on paper cannot drift apart (issue 11).
 */
export function coverLetter(model: ExtractModel): CoverLetter {
  const t = textsIn(model.language);
  const copyCount = model.categories.reduce((sum, category) => sum + category.records.length, 0);
  const processorCount = model.processorRecords.reduce((sum, section) => sum + section.records.length, 0);
  // Issue 12.6: never "a full copy (0 records)": a copy is listed only when it holds records, and data
  // held for a client are named as that client's, not as a full copy of the organisation's own.
  const enclosed = [
    t('letter.enclosedSummary'),
    ...(copyCount > 0 ? [t('letter.enclosedCopy', { count: copyCount })] : []),
    ...(processorCount > 0
      ? [
          t('letter.enclosedProcessorCopy', {
            controllers: model.processorRecords.map((s) => s.controllerName).join(', '),
            count: processorCount,
          }),
        ]
      : []),
    t('letter.enclosedDecisions', { count: model.automatedDecisions.length }),
    t('letter.enclosedWithheld', { count: model.withheld.length }),
    t('letter.enclosedRights'),
  ];
  if (model.request.kind !== 'access') enclosed.push(t('letter.enclosedArchive'));
  return {
    subject: model.request.kind === 'access' ? t('letter.subject') : t('letter.subjectPortability'),
    salutation: t('letter.salutation', { name: model.request.requesterName }),
    paragraphs: [t('letter.intro'), model.confirmation.text],
    enclosedHeading: t('letter.enclosed'),
    enclosed,
    signedNote: t('letter.signed'),
    closing: t('letter.closing'),
    signatory: [
      model.request.clerk,
      ...(model.request.clerkRole ? [model.request.clerkRole] : []),
      t('letter.team', { controller: model.controller.name }),
    ],
  };
}
