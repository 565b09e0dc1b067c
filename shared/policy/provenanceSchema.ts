import { z } from 'zod';
import { localizedTextSchema } from './common.ts';

/**
 * Where each part of the register comes from (issue 12.10). A register mixes two kinds of content:
 * the organisation's own published privacy statement (its words, already its responsibility under
 * Art. 13/14), and configuration we added so the extract can be made (the automated-decision rule
 * set, the list of transfers, the holidays, the mapping of database tables). An extract states both
 * as the organisation's answer, so every configured element must be confirmed by the organisation
 * before it can be relied on; until then the app and `inzage register check` list it as open.
 */

export const PROVENANCE_SOURCES = ['published-statement', 'configuration'] as const;

export const provenanceMarkSchema = z.strictObject({
  from: z.enum(PROVENANCE_SOURCES),
  /** For the statement: the passage it follows. For configuration: what it rests on and who must confirm it. */
  note: localizedTextSchema,
  /** The organisation's confirmation of a configured element: who confirmed it and on which day. */
  confirmed: z
    .strictObject({
      by: z.string().trim().min(1),
      on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'),
    })
    .optional(),
});

export const provenanceSchema = z.strictObject({
  /** The published statement the register follows, as the organisation names it. */
  statement: z.strictObject({
    title: localizedTextSchema,
    /** Which version or copy of it was read (a date, or the file it was read from). */
    version: z.string().trim().min(1),
  }),
  /**
   * Marks by key: a section ("purposes") marks all its elements, an element ("purposes.collection",
   * "thirdCountryTransfers.CH", "recordKinds.aml_checks") only itself and wins over its section.
   */
  marks: z.record(z.string().regex(/^[a-zA-Z]+(?:\.[A-Za-z0-9_+-]+)?$/, 'expected "section" or "section.element"'), provenanceMarkSchema),
});

export type ProvenanceMark = z.infer<typeof provenanceMarkSchema>;
export type Provenance = z.infer<typeof provenanceSchema>;
