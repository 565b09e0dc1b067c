import { DomainError } from '../errors/domainError.ts';
import type { Language } from '../extract/extractModel.ts';
import type { Policy } from '../policy/policySchema.ts';
import { capacityLabels } from '../requests/representative.ts';
import type { LetterKind, LetterWarning } from './letterModel.ts';
import type { LetterInput } from './letterParts.ts';
import { otherLanguageOf } from './textLanguage.ts';

/**
 * Who a letter comes from and who it goes to (issue 12.8 and 12.9):
 *  - the sender block always carries the controller's postal address (Art. 12(1), 13(1)(a): the person
 *    must be able to write back); a register without one cannot produce a letter;
 *  - a letter goes to the representative when someone acts for the person, names the person and says
 *    in what capacity the representative acts; otherwise to the person;
 *  - the salutation uses the addressee's name when it is known ("Geachte Anna de Jong,"): no gender is
 *    guessed from a name, so the form is the neutral "Geachte <naam>"; without a name, "heer/mevrouw".
 */

export function senderLines(policy: Policy, reference: string): string[] {
  const org = policy.organisation;
  if (!org.postalAddress) throw new DomainError('letter.postal-address-missing', { reference });
  const address = [...org.postalAddress.lines, `${org.postalAddress.postcode} ${org.postalAddress.city}`];
  return [org.name, ...address, org.contact.email, org.contact.phone, org.website];
}

/** A name we can address someone by: letters, no e-mail address, not a placeholder for "unknown". */
export function isKnownName(name: string | null | undefined): name is string {
  const text = name?.trim() ?? '';
  if (!/\p{L}/u.test(text) || text.includes('@')) return false;
  return !['onbekend', 'unknown', 'anoniem', 'anonymous', 'n.n.', 'nn'].includes(text.toLowerCase());
}

/** A postal address as typed at registration ("Kerkstraat 1, 1011 AA Amsterdam") in the lines of an address block. */
export function postalAddressLines(address: string | null | undefined): string[] {
  return address ? address.split(/\s*[,\n]\s*/).filter(Boolean) : [];
}

function addressLines(name: string, address: string | null | undefined, email: string | null | undefined): string[] {
  const lines = [name];
  if (address) lines.push(...postalAddressLines(address));
  else if (email) lines.push(email);
  return lines;
}

export interface Addressing {
  lines: string[];
  salutation: string;
  /** "Yours sincerely" to a named addressee, "Yours faithfully" to Sir or Madam (British usage); Dutch has one form. */
  greeting: string;
  concerning: string | null;
  /** Paragraphs placed before the body: for a representative, in what capacity they act and for whom. */
  preamble: string[];
}

function salutationFor(name: string | null, language: Language): Pick<Addressing, 'salutation' | 'greeting'> {
  if (language === 'nl') return { salutation: name ? `Geachte ${name},` : 'Geachte heer/mevrouw,', greeting: 'Met vriendelijke groet,' };
  return name
    ? { salutation: `Dear ${name},`, greeting: 'Yours sincerely,' }
    : { salutation: 'Dear Sir or Madam,', greeting: 'Yours faithfully,' };
}

export function addressOf(kind: LetterKind, input: LetterInput, language: Language): Addressing {
  const { request } = input;
  const person = request.requester.name;
  if (kind === 'controller-notice') {
    // The notice goes to the client as an organisation; its lines come from outcomeLetters' choice of controller.
    return { lines: [], ...salutationFor(null, language), concerning: person, preamble: [] };
  }
  const rep = request.representative;
  if (rep) {
    const capacity = capacityLabels[rep.capacity][language];
    const preamble =
      language === 'nl'
        ? `U treedt in dit verzoek op als ${capacity} van ${person}. Waar deze brief "u" of "uw gegevens" zegt, ` +
          `gaat het om ${person} en diens persoonsgegevens.`
        : `You act in this request as ${capacity} of ${person}. Where this letter says "you" or "your data", ` +
          `it means ${person} and their personal data.`;
    return {
      lines: addressLines(rep.name, rep.address, rep.email),
      ...salutationFor(isKnownName(rep.name) ? rep.name : null, language),
      concerning: person,
      preamble: [preamble],
    };
  }
  return {
    lines: addressLines(person, request.requester.address, request.requester.email),
    ...salutationFor(isKnownName(person) ? person : null, language),
    concerning: null,
    preamble: [],
  };
}

/** Reasons the clerk typed that seem to be in the other language than the letter's (textLanguage.ts: a stop-word guess). */
export function reasonWarnings(kind: LetterKind, input: LetterInput, language: Language): LetterWarning[] {
  const reasons: { field: string; text: string | undefined }[] = [];
  if (kind === 'refusal')
    reasons.push({ field: 'refusal-reason', text: input.refusal?.reason?.trim() || input.request.statusReason || undefined });
  if (kind === 'extension') reasons.push({ field: 'extension-reason', text: input.request.extension?.reason });
  const warnings: LetterWarning[] = [];
  for (const { field, text } of reasons) {
    const detected = text ? otherLanguageOf(text, language) : null;
    if (detected) {
      warnings.push({
        code: 'letter.reason-language',
        params: { reference: input.request.reference, field, letterLanguage: language, detected },
      });
    }
  }
  return warnings;
}
