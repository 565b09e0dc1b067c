import { z } from 'zod';
import { localizedTextSchema, snakeCaseSchema } from './common.ts';
import { checkCrossReferences } from './crossReferences.ts';
import { holidayCalendarSchema } from './holidaySchema.ts';
import { provenanceSchema } from './provenanceSchema.ts';
import { unknownProvenanceKeys } from './registerProvenance.ts';
import { recordKindSchema } from './recordKindSchema.ts';
import {
  dataCategorySchema,
  dataSubjectCategorySchema,
  organisationSchema,
  purposeSchema,
  recipientCategorySchema,
  responseTextsSchema,
  rightSchema,
  sourceSchema,
  supervisoryAuthoritySchema,
  thirdCountryTransferSchema,
} from './registerSchema.ts';
import { retentionRuleSchema } from './retentionSchema.ts';
import { automatedDecisionRuleSetSchema } from './ruleSetSchema.ts';

/**
 * The processing register of one organisation (Art. 30 GDPR), in the form the extract needs: every
 * item Art. 15(1)–(2) asks for, in Dutch and English. Objects are strict, so a misspelled field is
 * refused rather than silently ignored; `checkCrossReferences` makes sure every id referred to exists.
 */
export const policyObjectSchema = z.strictObject({
  schemaVersion: z.literal(1),
  /** Identifies the register in extracts and logs ("alektum-nl"). */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lower-case id such as "alektum-nl"'),
  /** Version of the register's content, recorded in every extract made with it. */
  version: z.string().trim().min(1),
  organisation: organisationSchema,
  supervisoryAuthority: supervisoryAuthoritySchema,
  dataSubjectCategories: z.array(dataSubjectCategorySchema).min(1),
  purposes: z.array(purposeSchema).min(1),
  dataCategories: z.array(dataCategorySchema).min(1),
  sources: z.array(sourceSchema).min(1),
  recipientCategories: z.array(recipientCategorySchema).min(1),
  retentionRules: z.array(retentionRuleSchema).min(1),
  /** Keyed by the table name in the case-record store. */
  recordKinds: z.record(snakeCaseSchema, recordKindSchema),
  automatedDecisionRuleSets: z.array(automatedDecisionRuleSetSchema),
  thirdCountryTransfers: z.array(thirdCountryTransferSchema),
  rights: z.array(rightSchema).min(1),
  responseTexts: responseTextsSchema,
  /** The public holidays that move a deadline, per country (holidaySchema.ts); the organisation's country must be among them. */
  publicHolidays: z.array(holidayCalendarSchema).min(1),
  /** Which parts are the organisation's published statement and which are configuration to confirm (provenanceSchema.ts). */
  provenance: provenanceSchema.optional(),
});

export const policySchema = policyObjectSchema.superRefine(checkCrossReferences).superRefine((policy, ctx) => {
  // Deadlines are counted with the holidays of the organisation's own Member State (Reg. 1182/71 art. 3(4)).
  if (!policy.publicHolidays.some((calendar) => calendar.country === policy.organisation.country))
    ctx.addIssue({
      code: 'custom',
      path: ['publicHolidays'],
      message: `no holidays for the organisation's country "${policy.organisation.country}"`,
    });
  for (const key of unknownProvenanceKeys(policy))
    ctx.addIssue({ code: 'custom', path: ['provenance', 'marks', key], message: `no section or element "${key}" in the register` });
});

export type Policy = z.infer<typeof policySchema>;
export { localizedTextSchema };
export type { LocalizedText, PostalAddress } from './common.ts';
export type {
  DataCategory,
  DataSubjectCategory,
  LegalBasis,
  Organisation,
  Purpose,
  RecipientCategory,
  ResponseTexts,
  Right,
  RightId,
  Source,
  SubjectRole,
  SupervisoryAuthority,
  ThirdCountryTransfer,
  TransferSafeguard,
} from './registerSchema.ts';
export type { RetentionPeriod, RetentionRule, RetentionTrigger } from './retentionSchema.ts';
export type { Portability, RecordKindPolicy } from './recordKindSchema.ts';
export type { AutomatedDecisionRuleSet, ComparisonOperator, Rule, RuleCondition, RuleOutcome, RuleVariable } from './ruleSetSchema.ts';
