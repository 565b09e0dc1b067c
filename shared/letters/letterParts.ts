import type { IsoDate } from '../dates/isoDate.ts';
import type { DeadlineState } from '../deadlines/computeDueDate.ts';
import type { Language } from '../extract/extractModel.ts';
import type { Policy } from '../policy/policySchema.ts';
import type { RequestKind, StoredRequest } from '../requests/requestTypes.ts';
import type { Letter } from './letterModel.ts';

/** What every letter template gets, and the pieces several templates share. */

export interface LetterInput {
  request: StoredRequest;
  deadline: DeadlineState;
  policy: Policy;
  clerk: string;
  /** The clerk's function, under their name (Settings, issue 14.5); absent when not known. */
  clerkRole?: string | null | undefined;
  today: IsoDate;
  language?: Language;
  /** For a refusal: the reasons (default: the request's status reason) and whether it is partial. */
  refusal?: { reason?: string; partial?: boolean };
  /** For the controller notice: which client it goes to (needed when the request went to several). */
  controllerId?: string;
  /** The clerk's one free paragraph (issue 14.8); blank or absent: none. */
  freeParagraph?: string;
}

/** What a template writes; `recipientLines` only when the letter goes to someone other than the person (the controller). */
export type TemplateBody = Pick<Letter, 'subject' | 'paragraphs'> & { recipientLines?: string[] };
export type Template = (input: LetterInput, d: (date: IsoDate) => string) => TemplateBody;

export const kindText: Record<RequestKind, { nl: string; en: string }> = {
  access: { nl: 'inzage in uw persoonsgegevens (artikel 15 AVG)', en: 'access to your personal data (Article 15 GDPR)' },
  portability: { nl: 'overdracht van uw persoonsgegevens (artikel 20 AVG)', en: 'the portability of your personal data (Article 20 GDPR)' },
  both: {
    nl: 'inzage in uw persoonsgegevens en overdracht daarvan (artikelen 15 en 20 AVG)',
    en: 'access to your personal data and their portability (Articles 15 and 20 GDPR)',
  },
};

/** The same, about the person in the third person (the notice to the controller). */
export const kindTextThirdPerson: Record<RequestKind, { nl: string; en: string }> = {
  access: { nl: 'inzage in zijn of haar persoonsgegevens (artikel 15 AVG)', en: 'access to their personal data (Article 15 GDPR)' },
  portability: {
    nl: 'overdracht van zijn of haar persoonsgegevens (artikel 20 AVG)',
    en: 'the portability of their personal data (Article 20 GDPR)',
  },
  both: {
    nl: 'inzage in zijn of haar persoonsgegevens en overdracht daarvan (artikelen 15 en 20 AVG)',
    en: 'access to their personal data and their portability (Articles 15 and 20 GDPR)',
  },
};

export function complaintRoute(policy: Policy, language: Language): string {
  return policy.supervisoryAuthority.complaint[language];
}

/** The controllers' contact lines in one sentence each: name, postal address, e-mail, phone. */
export function controllerContactText(controller: StoredRequest['controllers'][number]): string {
  const { addressLines, email, phone } = controller.contact;
  return [controller.name, ...addressLines, email, phone].filter((part): part is string => Boolean(part)).join(', ');
}
