import type { ErrorCode } from '../errors/errorCodes.ts';
import type { Language } from '../extract/extractModel.ts';

/**
 * A letter, as data: built by pure functions (letterTemplates.ts, outcomeLetters.ts), rendered to
 * plain text by the CLI (renderLetterText.ts) and later to PDF by the same model. No renderer adds wording.
 * The procedure's letters go to the person (or the representative acting for them); the controller
 * notice goes to the client for whom the organisation holds the data as processor (Art. 28(3)(e)).
 */
export const letterKinds = [
  'acknowledgement',
  'identity',
  'extension',
  'refusal',
  'no-data',
  'processor-referral',
  'controller-notice',
] as const;
export type LetterKind = (typeof letterKinds)[number];

/** Something the clerk should look at before sending (a code with its window text in errorMessages.ts); never printed. */
export interface LetterWarning {
  code: Extract<ErrorCode, 'letter.reason-language'>;
  params: Record<string, string>;
}

export interface Letter {
  kind: LetterKind;
  language: Language;
  /** The date of the letter, written out ("7 april 2026"). */
  date: string;
  /** The controller: name, postal address and contact lines (Art. 12(1), 13(1)(a)). */
  senderLines: string[];
  recipientLines: string[];
  reference: string;
  /** Whom the letter is about when it goes to someone else (a representative, the controller). */
  concerning: string | null;
  subject: string;
  salutation: string;
  paragraphs: string[];
  /**
   * The one paragraph the clerk may write before the letter is fixed (issue 14.8), after the body and
   * before the closing; null when none. The template's paragraphs stay as the law requires them.
   */
  freeParagraph: string | null;
  closing: string[];
  warnings: LetterWarning[];
}

/** How a request's letter is named: its kind, or for a notice to a controller the kind and the client's id. */
export function letterIdOf(kind: LetterKind, controllerId?: string): string {
  return kind === 'controller-notice' && controllerId ? `${kind}:${controllerId}` : kind;
}

export function parseLetterId(id: string): { kind: LetterKind; controllerId?: string } | null {
  const [kind, controllerId] = id.split(':', 2) as [string, string | undefined];
  if (!(letterKinds as readonly string[]).includes(kind)) return null;
  if (controllerId !== undefined && kind !== 'controller-notice') return null;
  return { kind: kind as LetterKind, ...(controllerId ? { controllerId } : {}) };
}

/** A free paragraph longer than this is a second letter, not a paragraph. */
export const freeParagraphMaxLength = 2000;

/** A letter once fixed (saved as PDF, written to a file or printed): stored, and every later copy reproduces it. */
export interface FixedLetter {
  letterId: string;
  letter: Letter;
  fixedOn: string;
  fixedBy: string;
  fixedAt: string;
}
