import { z } from 'zod';
import { countryCodeSchema, idSchema, localizedTextSchema } from './common.ts';

/**
 * The public holidays that move the end of a period (Reg. 1182/71 art. 3(4): a period ending on a
 * Saturday, Sunday or public holiday ends on the next working day; "public holidays" are those the
 * Member State designates). They are part of the register, per country and with their source, so
 * the organisation can see and change the reading it follows (docs/domain.md § 6).
 * A holiday is a rule, not a date: a fixed day of the year, or a number of days from Easter Sunday.
 */
export const holidayRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('fixed'),
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
    /** Days to move the holiday when it falls on a Sunday (King's Day: −1, to the 26th). */
    ifSundayMoveDays: z.number().int().optional(),
  }),
  z.strictObject({
    kind: z.literal('easter'),
    /** Days from Easter Sunday (Gregorian): Easter Monday +1, Ascension Day +39, Whit Monday +50. */
    offsetDays: z.number().int(),
  }),
]);

export const publicHolidaySchema = z.strictObject({
  id: idSchema,
  name: localizedTextSchema,
  rule: holidayRuleSchema,
});

export const holidayCalendarSchema = z.strictObject({
  country: countryCodeSchema,
  /** Where the list comes from (for the Netherlands: Algemene termijnenwet art. 3(1)). */
  source: localizedTextSchema,
  holidays: z.array(publicHolidaySchema).min(1),
});

export type HolidayRule = z.infer<typeof holidayRuleSchema>;
export type PublicHolidayRule = z.infer<typeof publicHolidaySchema>;
export type HolidayCalendar = z.infer<typeof holidayCalendarSchema>;
