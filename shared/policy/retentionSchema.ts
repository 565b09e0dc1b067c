import { z } from 'zod';
import { idSchema, localizedTextSchema } from './common.ts';

/**
 * Retention rules (Art. 5(1)(e) storage limitation; Art. 15(1)(d) tells the person the period or the
 * criteria for it). The register supplies the periods and the texts; code implements each trigger
 * kind, i.e. which record dates start the clock.
 */
export const RETENTION_TRIGGERS = [
  /** The collection case was closed (cases.closed_on). */
  'case-closed',
  /** The relationship ended and mutual claims were finally settled (organisation_roles). */
  'relationship-ended-and-claims-settled',
  /** The AML-relevant transaction, or the end of the business relationship (aml_checks). */
  'aml-transaction-or-relationship-end',
  /** The last contact (marketing_contacts.last_contact_on). */
  'last-contact',
  /** The end of the financial year the record belongs to (billing_records.financial_year_end). */
  'financial-year-end',
  /** The legal hold was lifted (legal_holds.ended_on). */
  'legal-hold-ended',
] as const;

const wholeNonNegative = z.int().nonnegative();

export const retentionPeriodSchema = z.strictObject({
  years: wholeNonNegative.optional(),
  months: wholeNonNegative.optional(),
});

export const retentionRuleSchema = z.strictObject({
  id: idSchema,
  trigger: z.enum(RETENTION_TRIGGERS),
  /** Added to the trigger date (after `anchor`); an empty period means "until the trigger". */
  period: retentionPeriodSchema,
  /** Move the trigger date to 31 December of its year first (fiscal rule: "na afloop van het kalenderjaar"). */
  anchor: z.literal('end-of-calendar-year').optional(),
  /** An event that ends retention at once, e.g. unsubscribing from newsletters. */
  immediateOn: z.literal('unsubscribed').optional(),
  /** The data may be erased earlier once no longer relevant to the purpose (the period is a maximum). */
  earlierWhenIrrelevant: z.boolean().optional(),
  /** While it lasts, this rule keeps the data regardless of the other rules (defence of legal claims, Art. 17(3)(e)). */
  overridesOthers: z.boolean().optional(),
  label: localizedTextSchema,
  explanation: localizedTextSchema,
});

export type RetentionTrigger = (typeof RETENTION_TRIGGERS)[number];
export type RetentionPeriod = z.infer<typeof retentionPeriodSchema>;
export type RetentionRule = z.infer<typeof retentionRuleSchema>;
