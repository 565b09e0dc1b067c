import type { Language } from '../extract/extractModel.ts';
import { capacityLabels, representativeCapacities } from '../requests/representative.ts';
import { isRequestStatus, statusLabels } from '../requests/requestStatus.ts';

/**
 * The words the audit sentences (auditSentences.ts) put in for the codes the core logs: statuses,
 * letter kinds, outcomes, file kinds. A code without a word is shown as it is, never dropped.
 */

export type AuditDetailValue = string | number | boolean | null | readonly (string | number | boolean | null)[];
export type AuditDetails = Readonly<Record<string, AuditDetailValue>>;

type Words = Record<string, Record<Language, string>>;

const letterWords: Words = {
  acknowledgement: { nl: 'ontvangstbevestiging', en: 'acknowledgement' },
  identity: { nl: 'verzoek om identificatie', en: 'request for identification' },
  extension: { nl: 'verlengingsbericht', en: 'extension notice' },
  refusal: { nl: 'weigeringsbrief', en: 'refusal letter' },
  'no-data': { nl: 'brief "geen gegevens"', en: '"no data held" letter' },
  'processor-referral': { nl: 'doorverwijzing naar de verwerkingsverantwoordelijke', en: 'referral to the controller' },
  'controller-notice': { nl: 'bericht aan de verwerkingsverantwoordelijke', en: 'notice to the controller' },
};

const outcomeWords: Words = {
  'no-data': { nl: 'geen gegevens over de persoon', en: 'no data held about the person' },
  'referred-to-controller': { nl: 'doorverwezen naar de verwerkingsverantwoordelijke', en: 'referred to the controller' },
};

const instructionWords: Words = {
  'provide-extract': { nl: 'zelf het overzicht verstrekken', en: 'provide the extract ourselves' },
  'controller-answers': { nl: 'de verwerkingsverantwoordelijke antwoordt zelf', en: 'the controller answers' },
};

const fileKindWords: Words = {
  pdf: { nl: 'het ondertekende overzicht (PDF)', en: 'the signed extract (PDF)' },
  'extract-pdf': { nl: 'het ondertekende overzicht (PDF)', en: 'the signed extract (PDF)' },
  archive: { nl: 'het overdrachtsarchief (zip)', en: 'the portability archive (zip)' },
  'portability-zip': { nl: 'het overdrachtsarchief (zip)', en: 'the portability archive (zip)' },
  'extract-json': { nl: 'het overzicht als JSON', en: 'the extract as JSON' },
};

const reasonWords: Words = {
  'third-party-data': { nl: 'gegevens van een ander', en: "another person's data" },
  'third-party-financial': { nl: 'financiële gegevens van een ander', en: "another person's finances" },
  'confidential-business': { nl: 'bedrijfsvertrouwelijk', en: 'confidential business information' },
  'legal-privilege': { nl: 'juridisch advies', en: 'legal privilege' },
  other: { nl: 'andere reden', en: 'another reason' },
};

const channelWords: Words = {
  letter: { nl: 'per brief', en: 'by letter' },
  email: { nl: 'per e-mail', en: 'by e-mail' },
  portal: { nl: 'via het portaal', en: 'through the portal' },
  phone: { nl: 'per telefoon', en: 'by phone' },
};

const kindWords: Words = {
  access: { nl: 'inzageverzoek', en: 'access request' },
  portability: { nl: 'overdrachtsverzoek', en: 'portability request' },
  both: { nl: 'verzoek om inzage en overdracht', en: 'access and portability request' },
};

function wordOf(words: Words, value: AuditDetailValue | undefined, language: Language): string {
  if (typeof value !== 'string') return '—';
  return words[value]?.[language] ?? value;
}

export const word = {
  letter: (v: AuditDetailValue | undefined, l: Language) => wordOf(letterWords, v, l),
  outcome: (v: AuditDetailValue | undefined, l: Language) => wordOf(outcomeWords, v, l),
  instruction: (v: AuditDetailValue | undefined, l: Language) => wordOf(instructionWords, v, l),
  fileKind: (v: AuditDetailValue | undefined, l: Language) =>
    typeof v === 'string' && v.startsWith('letter-') ? wordOf(letterWords, v.slice('letter-'.length), l) : wordOf(fileKindWords, v, l),
  reason: (v: AuditDetailValue | undefined, l: Language) => wordOf(reasonWords, v, l),
  channel: (v: AuditDetailValue | undefined, l: Language) => wordOf(channelWords, v, l),
  kind: (v: AuditDetailValue | undefined, l: Language) => wordOf(kindWords, v, l),
  status: (v: AuditDetailValue | undefined, l: Language) =>
    typeof v === 'string' && isRequestStatus(v) ? statusLabels[v][l] : String(v ?? '—'),
  capacity: (v: AuditDetailValue | undefined, l: Language) =>
    typeof v === 'string' && (representativeCapacities as readonly string[]).includes(v)
      ? capacityLabels[v as (typeof representativeCapacities)[number]][l]
      : String(v ?? '—'),
};

/** How many: a list counts its members, a number is itself (the trail keeps ids; a sentence says how many). */
export function countOf(value: AuditDetailValue | undefined): number {
  if (Array.isArray(value)) return value.length;
  return typeof value === 'number' ? value : 0;
}

/** "1 entry" / "3 entries": Dutch and English both have one and many. */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A record reference as logged ("cases:C000123:amount" or "…:*"): the record, and the field when there is one. */
export function recordTarget(target: string | null, language: Language): string {
  if (!target) return '—';
  const [kind, id, field] = target.split(':');
  const record = `${kind ?? ''} ${id ?? ''}`.trim();
  if (!field || field === '*') return language === 'nl' ? `heel record ${record}` : `the whole record ${record}`;
  return language === 'nl' ? `veld ${field} van record ${record}` : `field ${field} of record ${record}`;
}
