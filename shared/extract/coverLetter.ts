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
  const enclosed = [
    t('letter.enclosedSummary'),
    t('letter.enclosedCopy', { count: copyCount }),
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
    signatory: [model.request.clerk, t('letter.team', { controller: model.controller.name })],
  };
}
