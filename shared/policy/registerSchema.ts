import { z } from 'zod';
import {
  countryCodeSchema,
  httpsUrlSchema,
  idListSchema,
  idSchema,
  localizedTextSchema,
  postalAddressSchema,
  snakeCaseSchema,
} from './common.ts';

/**
 * The descriptive part of the processing register: who the controller is, whom it processes data
 * about, why, on which legal basis, from where and for whom. These are the items Art. 15(1)(a)–(c),
 * (e)–(g) and 15(2) GDPR require in an access extract.
 */

export const organisationSchema = z.strictObject({
  /** The controller as named in its privacy statement (Art. 13(1)(a) / 14(1)(a)). */
  name: z.string().trim().min(1),
  country: countryCodeSchema,
  website: httpsUrlSchema,
  /**
   * Every letter carries it (shared/letters/letterAddress.ts refuses to write one without it). Optional here
   * because the privacy statement of the first customer gives none; its register takes it from the
   * organisation's published complaints page (docs/domain.md § 9, Letters).
   */
  postalAddress: postalAddressSchema.optional(),
  contact: z.strictObject({
    /** As written in the statement, for display. */
    phone: z.string().trim().min(1),
    phoneE164: z.string().regex(/^\+[1-9]\d{7,14}$/, 'expected a phone number in E.164 form such as "+31204177177"'),
    email: z.email(),
    contactFormUrl: httpsUrlSchema,
    /** The self-service portal through which a person can also exercise their rights. */
    portal: z.strictObject({ name: z.string().trim().min(1), url: httpsUrlSchema }).optional(),
  }),
});

/** Art. 15(1)(f): the right to lodge a complaint with a supervisory authority (Art. 77). */
export const supervisoryAuthoritySchema = z.strictObject({
  name: z.string().trim().min(1),
  country: countryCodeSchema,
  postalAddress: postalAddressSchema,
  website: httpsUrlSchema,
  complaint: localizedTextSchema,
});

/**
 * A category of data subjects. `role` says whether the organisation decides on the processing
 * (controller, Art. 4(7)) or acts on a client's behalf (processor, Art. 4(8) and 28): a processor
 * does not answer an access request on the merits but points to the controller.
 */
export const dataSubjectCategorySchema = z.strictObject({
  id: idSchema,
  role: z.enum(['controller', 'processor']),
  label: localizedTextSchema,
  description: localizedTextSchema,
});

/**
 * When a legal basis of a purpose applies to a person (issue 12.7; EDPB 01/2022 § 115 asks for the basis
 * per purpose as it applies, not every basis the purpose may rest on): when any listed condition holds —
 * the person is in one of `subjectCategories`, holds a record of one of `recordKinds` under the purpose,
 * holds a record whose `field` has one of `values`, or has a case for a client of one of `clientKinds`
 * (organisation kinds). Without `appliesWhen` a basis always applies.
 */
export const basisConditionSchema = z
  .strictObject({
    subjectCategories: idListSchema.min(1).optional(),
    recordKinds: z.array(snakeCaseSchema).min(1).optional(),
    recordValues: z
      .array(z.strictObject({ recordKind: snakeCaseSchema, field: snakeCaseSchema, values: z.array(z.string().min(1)).min(1) }))
      .min(1)
      .optional(),
    clientKinds: z.array(z.string().min(1)).min(1).optional(),
  })
  .refine((c) => Object.keys(c).length > 0, 'name at least one condition, or leave appliesWhen out');
export type BasisCondition = z.infer<typeof basisConditionSchema>;

/** The Art. 6(1), 9(2) and 10 grounds a purpose may rest on, written as in the regulation. */
const LEGAL_BASIS_ARTICLE = /^(?:6\(1\)\([a-f]\)|9\(2\)\([a-j]\)|10)$/;

export const legalBasisSchema = z
  .strictObject({
    article: z.string().regex(LEGAL_BASIS_ARTICLE, 'expected a legal basis such as "6(1)(f)", "9(2)(a)" or "10"'),
    label: localizedTextSchema,
    /** Art. 13(1)(d) / 14(2)(b): the legitimate interests must be stated when relying on 6(1)(f). */
    legitimateInterest: localizedTextSchema.optional(),
    /** Member-state law the basis depends on (6(1)(c), 9(2)(g), Art. 10), e.g. the Wwft or the UAVG. */
    nationalLaw: localizedTextSchema.optional(),
    appliesWhen: basisConditionSchema.optional(),
  })
  .superRefine((basis, ctx) => {
    if (!LEGAL_BASIS_ARTICLE.test(basis.article)) return; // already reported; say nothing about its interest
    const isLegitimateInterest = basis.article === '6(1)(f)';
    if (isLegitimateInterest && !basis.legitimateInterest) {
      ctx.addIssue({ code: 'custom', path: ['legitimateInterest'], message: 'Art. 6(1)(f) requires the legitimate interest to be stated' });
    }
    if (!isLegitimateInterest && basis.legitimateInterest) {
      ctx.addIssue({ code: 'custom', path: ['legitimateInterest'], message: 'a legitimate interest belongs only to Art. 6(1)(f)' });
    }
  });

export const purposeSchema = z.strictObject({
  id: idSchema,
  label: localizedTextSchema,
  description: localizedTextSchema,
  /** Whom this purpose concerns, so an extract lists only the purposes that apply to the person. */
  subjectCategories: idListSchema.min(1),
  legalBases: z.array(legalBasisSchema).min(1),
  /**
   * A purpose that concerns only some of the records of its kinds (issue 12.7): 'case-handled-abroad' —
   * only records of a case handled in another country than the organisation's, and records not tied to a
   * case only when one of the person's cases is.
   */
  appliesOnlyWhen: z.enum(['case-handled-abroad']).optional(),
  dataCategories: idListSchema.min(1),
  /** Art. 14(2)(f) / 15(1)(g); empty where the data are the organisation's own records. */
  sources: idListSchema,
  recipientCategories: idListSchema,
  /** Art. 13(2)(e): whether providing the data is a statutory or contractual requirement. */
  obligatoryProvision: localizedTextSchema.optional(),
});

export const dataCategorySchema = z.strictObject({
  id: idSchema,
  label: localizedTextSchema,
  description: localizedTextSchema,
});

export const sourceSchema = z.strictObject({
  id: idSchema,
  label: localizedTextSchema,
  description: localizedTextSchema,
});

export const recipientCategorySchema = z.strictObject({
  id: idSchema,
  label: localizedTextSchema,
  description: localizedTextSchema,
});

/** Art. 15(2) and 44–49: a transfer outside the EEA and the safeguard it rests on. */
export const thirdCountryTransferSchema = z.strictObject({
  country: countryCodeSchema,
  recipientCategory: idSchema,
  safeguard: z.enum(['adequacy-decision', 'standard-contractual-clauses', 'binding-corporate-rules']),
  legalReference: z.string().trim().min(1),
  description: localizedTextSchema,
});

/** The rights an extract explains (Art. 15(1)(e), and Art. 12(1) for how to exercise them). */
export const RIGHT_IDS = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'objection',
  'direct-marketing-objection',
  'portability',
  'withdraw-consent',
  'automated-decision-review',
] as const;

/** Art. 15(1)(e) requires these four to be mentioned in every extract. */
export const REQUIRED_RIGHT_IDS = ['rectification', 'erasure', 'restriction', 'objection'] as const;

export const rightSchema = z.strictObject({
  id: z.enum(RIGHT_IDS),
  /** The GDPR article, written as "16", "21(2)" or "7(3)". */
  article: z.string().regex(/^\d+(?:\(\d+\))?(?:\([a-z]\))?$/, 'expected an article such as "16" or "21(2)"'),
  label: localizedTextSchema,
  description: localizedTextSchema,
  howToExercise: localizedTextSchema,
});

/** Fixed passages of the extract, in the controller's own words where its statement has them. */
export const responseTextsSchema = z.strictObject({
  /** Art. 15(1): confirmation that personal data are processed. */
  processingConfirmed: localizedTextSchema,
  /** Art. 15(1): the confirmation is also owed when nothing is found. */
  noProcessing: localizedTextSchema,
  /** Art. 28: data held as processor for a client; the client is the controller. */
  processorNotice: localizedTextSchema,
  emailSecurity: localizedTextSchema,
  /** Art. 15(4): other people's data are withheld or redacted. */
  thirdPartyDataWithheld: localizedTextSchema,
  /** Art. 15(1)(d): the retention trigger has not happened yet, so only the criterion can be given. */
  retentionPending: localizedTextSchema,
});

export type Organisation = z.infer<typeof organisationSchema>;
export type SupervisoryAuthority = z.infer<typeof supervisoryAuthoritySchema>;
export type DataSubjectCategory = z.infer<typeof dataSubjectCategorySchema>;
export type SubjectRole = DataSubjectCategory['role'];
export type LegalBasis = z.infer<typeof legalBasisSchema>;
export type Purpose = z.infer<typeof purposeSchema>;
export type DataCategory = z.infer<typeof dataCategorySchema>;
export type Source = z.infer<typeof sourceSchema>;
export type RecipientCategory = z.infer<typeof recipientCategorySchema>;
export type ThirdCountryTransfer = z.infer<typeof thirdCountryTransferSchema>;
export type TransferSafeguard = ThirdCountryTransfer['safeguard'];
export type RightId = (typeof RIGHT_IDS)[number];
export type Right = z.infer<typeof rightSchema>;
export type ResponseTexts = z.infer<typeof responseTextsSchema>;
