import { z } from 'zod';
import { extractDocumentSchema } from '../documents/extractDocuments.ts';

/**
 * The extract model: the one document every output is rendered from (screen preview, signed PDF,
 * data.json, the CSVs). It is assembled by a pure function of (the subject's records, the processing
 * register, the request's options, today's date); renderers add no legal content of their own.
 *
 * Texts in the model are already resolved to the request's language (`language`): a renderer only
 * lays them out. Versioned: a change that a reader of data.json would notice bumps `modelVersion`
 * (2: `outline` added, the loose `texts` map removed; fixed words come from shared/extract/texts.ts;
 * 3: a recipient names the record that caused it, records carry recipient categories where no actual
 * recipient is known, and the summary lists the actual recipients by name with their dates).
 */
export const extractModelVersion = 3;

export const languageSchema = z.enum(['nl', 'en']);
export type Language = z.infer<typeof languageSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const text = z.string().min(1);

/** Why something is withheld from the copy (Art. 15(4): the rights and freedoms of others). */
export const redactionReasonSchema = z.enum([
  'third-party-data', // personal data of another person, e.g. a co-debtor in a shared case
  'third-party-financial', // another person's income, assets or debts
  'confidential-business', // trade secrets or intellectual property of the organisation or a client
  'legal-privilege', // advice from lawyers in an ongoing dispute
  'other',
]);
export type RedactionReason = z.infer<typeof redactionReasonSchema>;

/** A redaction as the clerk (or the automatic third-party rule) made it: one field, or a whole record. */
export const redactionSchema = z.strictObject({
  recordKind: z.string(),
  recordId: z.string(),
  /** Column name; absent = the whole record is withheld. */
  field: z.string().optional(),
  reason: redactionReasonSchema,
  /** Free text the clerk adds; goes to the person together with the reason. */
  note: z.string().optional(),
  /** Who decided: a clerk's name, or "system" for the automatic third-party rule. */
  by: text,
  on: isoDate,
});
export type Redaction = z.infer<typeof redactionSchema>;

/** What the request asks for and how the extract is to be made: the model's third input. */
export const extractRequestSchema = z.strictObject({
  reference: text,
  receivedOn: isoDate,
  kind: z.enum(['access', 'portability', 'both']),
  language: languageSchema,
  requester: z.strictObject({ name: text, address: z.string().optional(), email: z.string().optional() }),
  /** The subject entries taken into this request (one person may be stored twice). */
  subjectIds: z.array(text).min(1),
  /** Redactions added by the clerk. */
  redactions: z.array(redactionSchema).default([]),
  /** Automatic redactions the clerk lifted, by `${recordKind}:${recordId}:${field ?? '*'}`, with the recorded reason
   *  (required for an automatic one: the extract is refused without it). */
  liftedRedactions: z.array(z.strictObject({ key: text, by: text, on: isoDate, reason: z.string().optional() })).default([]),
  /** Who prepares the extract (signs it). */
  clerk: text,
  /** Their function, under the name on the cover letter (Settings, issue 14.5). */
  clerkRole: z.string().min(1).optional(),
});
export type ExtractRequest = z.input<typeof extractRequestSchema>;
export type ParsedExtractRequest = z.output<typeof extractRequestSchema>;

export const legalBasisEntrySchema = z.strictObject({
  article: text,
  label: text,
  legitimateInterest: z.string().optional(),
});

export const purposeEntrySchema = z.strictObject({
  id: text,
  label: text,
  description: text,
  legalBases: z.array(legalBasisEntrySchema),
});

/** A recipient who actually received this person's data, from the disclosure records. */
export const actualRecipientSchema = z.strictObject({
  disclosureId: text,
  recipientName: text,
  recipientCategory: z.strictObject({ id: text, label: text }),
  disclosedOn: isoDate,
  dataCategories: z.array(z.strictObject({ id: text, label: text })),
  purpose: z.strictObject({ id: text, label: text }),
  country: text,
  countryInEea: z.boolean(),
  safeguard: z.strictObject({ id: text, label: text, legalReference: text }).nullable(),
  caseId: z.string().nullable(),
  /** The record whose making caused the disclosure (the letter posted, the look-up, the legal step), if recorded. */
  causedBy: z.strictObject({ recordKind: text, recordId: text }).nullable(),
});

/** One actual recipient of the person's data with every day it received them (the first layer, Art. 15(1)(c)). */
export const namedRecipientSchema = z.strictObject({
  recipientName: text,
  recipientCategory: z.strictObject({ id: text, label: text }),
  country: text,
  countryName: text,
  /** Every day a disclosure to this recipient was recorded, oldest first. */
  dates: z.array(isoDate).min(1),
  dataCategories: z.array(z.strictObject({ id: text, label: text })),
});

/** The retention rule for one record and what it computes to (Art. 15(1)(d)). */
export const retentionEntrySchema = z.strictObject({
  /** A register retention rule id; "controller" for records held as processor (the client decides). With status
   *  "hold" this is the rule the hold overrides (or "legal-hold" for the hold record itself). */
  ruleId: text,
  label: text,
  /** date: kept until `until`; open: the trigger has not happened yet; hold: a legal hold overrides;
   *  erase-now: the date has passed, or the person unsubscribed (the record is due for erasure). */
  status: z.enum(['date', 'open', 'hold', 'erase-now']),
  until: isoDate.nullable(),
  /** Plain-language explanation: the rule, and for "open" what will start the clock. */
  explanation: text,
  holdReason: z.string().nullable(),
  /** Under a legal hold: the last day the record's own rule keeps it, which the hold suspends (null while that rule is open). */
  suspendedUntil: isoDate.nullable().optional(),
  /** Under a legal hold: the own period had ended before the hold began (flagged for review, Art. 5(1)(e)). */
  endedBeforeHold: z.boolean().optional(),
});

export const fieldEntrySchema = z.strictObject({
  name: text,
  label: text,
  /** The stored value, for data.json and the CSVs; null when empty or withheld. */
  value: z.union([z.string(), z.number(), z.null()]),
  /** The value as a reader sees it (amounts in euros, dates, codes as words). */
  display: z.string(),
  redacted: z.strictObject({ reason: redactionReasonSchema, reasonText: text }).nullable(),
});

export const recordEntrySchema = z.strictObject({
  recordKind: text,
  recordKindLabel: text,
  recordId: text,
  /** The subject entry the record belongs to; null for records without one (cases, claims) and for other people's records. */
  subjectId: z.string().nullable(),
  caseId: z.string().nullable(),
  fields: z.array(fieldEntrySchema),
  purposes: z.array(z.strictObject({ id: text, label: text })),
  source: z.strictObject({ id: text, label: text }),
  recipients: z.array(actualRecipientSchema),
  /** The register's recipient categories of the record's purposes, given only when no actual recipient is recorded (C-154/21). */
  recipientCategories: z.array(z.strictObject({ id: text, label: text })),
  retention: retentionEntrySchema,
  portability: z.enum(['provided', 'observed', 'inferred', 'not-applicable']),
  /** True when the whole record is withheld (its fields are then all redacted). */
  withheld: z.boolean(),
  /**
   * Set when the record (or a field of it) is another person's data shown in this copy, never as the
   * person's own (Art. 15(4)): `liable-debt` — a record of a debt the person is liable for, recorded under
   * another party; `lifted` — an automatic withholding the clerk lifted, with the recorded reason in `text`.
   */
  otherPerson: z.array(z.strictObject({ basis: z.enum(['liable-debt', 'lifted']), text })).optional(),
});

export const categorySectionSchema = z.strictObject({
  id: text,
  label: text,
  description: text,
  purposes: z.array(purposeEntrySchema),
  sources: z.array(z.strictObject({ id: text, label: text, description: text })),
  recipientCategories: z.array(z.strictObject({ id: text, label: text })),
  retentionRules: z.array(z.strictObject({ id: text, label: text, explanation: text })),
  records: z.array(recordEntrySchema),
});

export const automatedDecisionEntrySchema = z.strictObject({
  decisionId: text,
  decidedOn: isoDate,
  caseId: z.string().nullable(),
  ruleSetId: text,
  ruleVersion: text,
  logic: text,
  significance: text,
  /** Art. 22: the Art. 22(2) exception the decision rests on, or why Art. 22 does not apply (from the register). */
  article22: z.strictObject({ applies: z.boolean(), exception: z.enum(['a', 'b', 'c']).nullable(), explanation: text }),
  variables: z.array(
    z.strictObject({ id: text, label: text, explanation: text, value: z.union([z.number(), z.boolean()]), display: text }),
  ),
  outcome: z.strictObject({ id: text, label: text }),
  matchedRule: z.strictObject({ index: z.number().int().nullable(), explanation: text }),
  consequence: text,
  /** How a different value of one variable would have changed the outcome, where the rules allow saying so. */
  counterfactuals: z.array(z.strictObject({ variableId: text, text })),
});

export const transferEntrySchema = z.strictObject({
  country: text,
  countryName: text,
  recipientName: text,
  recipientCategory: text,
  disclosedOn: isoDate,
  safeguard: z.strictObject({ id: text, label: text, legalReference: text }).nullable(),
  description: text,
});

export const withheldEntrySchema = z.strictObject({
  recordKind: text,
  recordKindLabel: text,
  recordId: text,
  field: z.string().nullable(),
  fieldLabel: z.string().nullable(),
  reason: redactionReasonSchema,
  reasonText: text,
  note: z.string().nullable(),
  by: text,
  on: isoDate,
  automatic: z.boolean(),
});

/** Records held only as processor for a client (invoice services): named, not disclosed as our own. */
export const processorSectionSchema = z.strictObject({
  controllerName: text,
  controllerContact: text,
  notice: text,
  recordCount: z.number().int().nonnegative(),
  records: z.array(recordEntrySchema),
});

/** The sections of an extract, in the order shared/extract/outline.ts lists them. */
export const sectionIdSchema = z.enum([
  'summary',
  'confirmation',
  'purposes',
  'dataCategories',
  'recipients',
  'retention',
  'rightsShort',
  'sources',
  'automatedDecisions',
  'transfers',
  'copy',
  'decisions',
  'processorRecords',
  'withheld',
  'lifted',
  'portability',
  'rights',
  'complaint',
]);
export type SectionId = z.infer<typeof sectionIdSchema>;

export const outlineSectionSchema = z.strictObject({
  id: sectionIdSchema,
  /** 1: a part of the document; 2: a section within the part before it. */
  level: z.union([z.literal(1), z.literal(2)]),
  heading: text,
  /** The article the section answers, e.g. "Art. 15(1)(a) GDPR". */
  article: text,
});
export type OutlineSection = z.infer<typeof outlineSectionSchema>;

export const extractModelSchema = z.strictObject({
  modelVersion: z.literal(extractModelVersion),
  language: languageSchema,
  generatedOn: isoDate,
  policy: z.strictObject({ id: text, version: text }),
  request: z.strictObject({
    reference: text,
    receivedOn: isoDate,
    kind: z.enum(['access', 'portability', 'both']),
    requesterName: text,
    /** The requester's postal address as entered at registration, for the cover letter's address block (issue 14.8). */
    requesterAddressLines: z.array(text).optional(),
    clerk: text,
    clerkRole: z.string().min(1).optional(),
  }),
  controller: z.strictObject({ name: text, addressLines: z.array(text), email: text, phone: text, website: z.string() }),
  subjects: z.array(z.strictObject({ subjectId: text, displayName: text, birthDate: z.string().nullable() })),
  /** Art. 15(1) first sentence: whether personal data are processed at all. */
  confirmation: z.strictObject({ processed: z.boolean(), text }),
  /** The first layer: Art. 15(1)(a)–(h) and 15(2) in plain language, for this person. */
  summary: z.strictObject({
    purposes: z.array(purposeEntrySchema),
    dataCategories: z.array(z.strictObject({ id: text, label: text, description: text, recordCount: z.number().int() })),
    /** Recipient categories of the person's purposes with no actual recipient named (C-154/21: categories only where none is known). */
    recipientCategories: z.array(z.strictObject({ id: text, label: text })),
    /** The actual recipients by name, each with the days it received data. */
    actualRecipients: z.array(namedRecipientSchema),
    actualRecipientCount: z.number().int(),
    retention: z.array(z.strictObject({ ruleId: text, label: text, explanation: text, recordCount: z.number().int() })),
    sources: z.array(z.strictObject({ id: text, label: text, description: text })),
    automatedDecisionCount: z.number().int(),
    thirdCountryTransferCount: z.number().int(),
  }),
  categories: z.array(categorySectionSchema),
  automatedDecisions: z.array(automatedDecisionEntrySchema),
  transfers: z.array(transferEntrySchema),
  processorRecords: z.array(processorSectionSchema),
  withheld: z.array(withheldEntrySchema),
  /** Automatic redactions the clerk lifted (Art. 15(4) weighed in the person's favour): who and when. Absent when none. */
  liftedRedactions: z
    .array(z.strictObject({ recordKind: text, recordId: text, field: z.string().nullable(), by: text, on: isoDate, reason: text }))
    .optional(),
  /**
   * The case file's documents in the copy (issue 16.4; docs/documents.md), added after assembly by the
   * core (they come from the document store, not the records). Absent when the request has none.
   */
  documents: z.array(extractDocumentSchema).optional(),
  rights: z.array(z.strictObject({ id: text, article: text, label: text, howTo: text })),
  complaint: z.strictObject({ authorityName: text, addressLines: z.array(text), website: z.string(), text }),
  portability: z.strictObject({
    explanation: text,
    included: z.array(z.strictObject({ recordKind: text, recordKindLabel: text, recordCount: z.number().int(), reason: text })),
    excluded: z.array(z.strictObject({ recordKind: text, recordKindLabel: text, recordCount: z.number().int(), reason: text })),
  }),
  /** The sections in reading order, each with its heading and article resolved to `language`
   *  (shared/extract/outline.ts): the preview and the PDF both walk it. */
  outline: z.array(outlineSectionSchema).min(1),
});
/** Assembled models share sub-objects between records (purposes, retention, recipients): treat a model as read-only. */
export type ExtractModel = z.infer<typeof extractModelSchema>;
export type RecordEntry = z.infer<typeof recordEntrySchema>;
export type CategorySection = z.infer<typeof categorySectionSchema>;
export type AutomatedDecisionEntry = z.infer<typeof automatedDecisionEntrySchema>;
export type WithheldEntry = z.infer<typeof withheldEntrySchema>;
export type ActualRecipient = z.infer<typeof actualRecipientSchema>;
export type NamedRecipient = z.infer<typeof namedRecipientSchema>;
