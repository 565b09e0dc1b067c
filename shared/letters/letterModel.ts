import type { Language } from '../extract/extractModel.ts';

/**
 * A letter to the person, as data: built by pure functions (letterTemplates.ts), rendered to plain
 * text by the CLI (renderLetterText.ts) and later to PDF by the same model. No renderer adds wording.
 */
export const letterKinds = ['acknowledgement', 'identity', 'extension', 'refusal'] as const;
export type LetterKind = (typeof letterKinds)[number];

export interface Letter {
  kind: LetterKind;
  language: Language;
  /** The date of the letter, written out ("7 april 2026"). */
  date: string;
  /** The controller: name and contact lines (Art. 12(1), 13(1)(a)). */
  senderLines: string[];
  recipientLines: string[];
  reference: string;
  subject: string;
  salutation: string;
  paragraphs: string[];
  closing: string[];
}
