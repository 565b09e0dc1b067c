import { z } from 'zod';

/**
 * Building blocks shared by the parts of the processing-register schema. Everything a data subject
 * reads is given in Dutch and English: Art. 12(1) GDPR asks for "clear and plain language", so a
 * missing translation is a defect in the register, not something to paper over at render time.
 */

const text = z.string().trim().min(1);

/** A human text in both languages the extract is written in; both are required. */
export const localizedTextSchema = z.strictObject({ nl: text, en: text });

/** Stable ids carried by the register ("case-closed+36m", "debtor"), referred to by code, tests and exports. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[-+][a-z0-9]+)*$/, 'expected a lower-case id such as "collection" or "case-closed+36m"');

/** Database table and column names, as the case-record store spells them. */
export const snakeCaseSchema = z.string().regex(/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/, 'expected a snake_case table or column name');

/** ISO 3166-1 alpha-2. */
export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 country code such as "NL"');

export const httpsUrlSchema = z.url({ protocol: /^https$/, message: 'expected an https:// URL' });

/** References to other entries of the register; crossReferences.ts checks that they exist. */
export const idListSchema = z.array(idSchema);

export const postalAddressSchema = z.strictObject({
  /** Street and number, or a PO box ("Postbus 93374"). */
  lines: z.array(text).min(1),
  postcode: text,
  city: text,
  country: countryCodeSchema,
});

export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type PostalAddress = z.infer<typeof postalAddressSchema>;
