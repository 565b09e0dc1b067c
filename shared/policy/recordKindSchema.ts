import { z } from 'zod';
import { idListSchema, idSchema, localizedTextSchema, snakeCaseSchema } from './common.ts';

/**
 * How one table of the case-record store maps onto the register: its data category (Art. 15(1)(b)),
 * the purposes it serves (15(1)(a)), the retention rule that applies to it (15(1)(d)), whether it
 * belongs in a portability archive (Art. 20), and a label for every column so that the copy of the
 * data (15(3)) is readable.
 */

/**
 * Art. 20(1) covers data "provided by" the person (including data observed from their conduct, such
 * as a payment history) and processed on consent or contract. Inferred data (scores, assessments,
 * automated decisions) belong in the access extract but not in the archive; `not-applicable` covers
 * data Art. 20 does not reach at all: processor-role data, data processed only on other legal bases,
 * and records the organisation itself produces about its own actions.
 */
export const PORTABILITY_KINDS = ['provided', 'observed', 'inferred', 'not-applicable'] as const;

/**
 * Art. 20(1): which records of a provided/observed kind are the person's own input, and on which basis.
 * A record is portable only when its `source` is one of `sources` (the person gave it, or their conduct
 * produced it: a payment, a message they sent; not what the creditor or an agency supplied, nor our own
 * letters), `basis` (contract or consent) is a legal basis of a purpose it serves for this person, and —
 * where the basis is recorded per record (special categories) — `basisColumn` holds one of its values.
 */
export const portabilityScopeSchema = z.strictObject({
  sources: z.array(idSchema).min(1),
  basis: z.enum(['6(1)(a)', '6(1)(b)', '9(2)(a)']),
  basisColumn: z.strictObject({ name: snakeCaseSchema, values: z.array(z.string()).min(1) }).optional(),
  /** Why the kind's other records stay out of the archive: one line in the extract and the archive's README. */
  outOfScopeReason: localizedTextSchema,
});

/** The roles a person can have in a case (case_parties.role). */
export const PARTY_ROLES = ['debtor', 'obligor', 'co-liable', 'guarantor', 'representative'] as const;

/**
 * Art. 15(1) and 15(4): a record of a debt concerns everyone liable for that debt. Another party's record
 * of this kind on a case in which the person has one of `roles` is therefore the person's data too (a
 * guarantor's access to the payments on the debt he stands surety for): shown, not withheld, except
 * `withheldFields`, which concern only the other party (who they are, their account).
 */
export const liablePartiesSchema = z.strictObject({
  roles: z.array(z.enum(PARTY_ROLES)).min(1),
  withheldFields: z.array(snakeCaseSchema),
});

export const recordKindSchema = z.strictObject({
  label: localizedTextSchema,
  dataCategory: idSchema,
  /** Empty only for records held as processor, which serve the client's purposes, not ours. */
  purposes: idListSchema,
  /** `null` only for records held as processor: the client, as controller, decides how long they are kept. */
  retentionRule: idSchema.nullable(),
  /**
   * Where the retention depends on who the person is: the same e-mail address is kept under the case
   * rule for a debtor but under the relationship rule for a client's contact person.
   */
  retentionBySubjectCategory: z.record(idSchema, idSchema).optional(),
  /** The categories of data subjects such records concern; absent means any. */
  subjectCategories: idListSchema.min(1).optional(),
  portability: z.enum(PORTABILITY_KINDS),
  portabilityReason: localizedTextSchema,
  /** Required when `portability` is provided or observed (crossReferences.ts). */
  portabilityScope: portabilityScopeSchema.optional(),
  /** Absent: another party's record of this kind in a shared case is theirs alone (withheld, Art. 15(4)). */
  liableParties: liablePartiesSchema.optional(),
  /** Every column of the table, with a label for the reader. */
  fields: z
    .record(snakeCaseSchema, localizedTextSchema)
    .refine((fields) => Object.keys(fields).length > 0, 'a record kind needs at least one field'),
});

export type Portability = (typeof PORTABILITY_KINDS)[number];
export type PortabilityScope = z.infer<typeof portabilityScopeSchema>;
export type PartyRole = (typeof PARTY_ROLES)[number];
export type RecordKindPolicy = z.infer<typeof recordKindSchema>;
