import type { HolidayCalendar } from '../policy/holidaySchema.ts';

/**
 * The default when no register is at hand: the general holidays of the Algemene termijnenwet art. 3(1),
 * the same data as resources/policy/alektum-nl.policy.json. Good Friday and bridging days are only
 * equated with them for that Act's own periods (art. 3(2), (3)); counting them could move a GDPR
 * deadline later than the law allows, so the conservative default leaves them out.
 */
export const statutoryHolidaysNl: HolidayCalendar = {
  country: 'NL',
  source: { nl: 'Algemene termijnenwet, artikel 3 lid 1', en: 'Algemene termijnenwet (General Time Limits Act), article 3(1)' },
  holidays: [
    { id: 'new-year', name: { nl: 'Nieuwjaarsdag', en: "New Year's Day" }, rule: { kind: 'fixed', month: 1, day: 1 } },
    { id: 'easter-monday', name: { nl: 'Tweede Paasdag', en: 'Easter Monday' }, rule: { kind: 'easter', offsetDays: 1 } },
    // Wet vaststelling Koningsdag: 27 April, or the 26th when the 27th is a Sunday.
    { id: 'kings-day', name: { nl: 'Koningsdag', en: "King's Day" }, rule: { kind: 'fixed', month: 4, day: 27, ifSundayMoveDays: -1 } },
    { id: 'liberation-day', name: { nl: 'Bevrijdingsdag', en: 'Liberation Day' }, rule: { kind: 'fixed', month: 5, day: 5 } },
    { id: 'ascension-day', name: { nl: 'Hemelvaartsdag', en: 'Ascension Day' }, rule: { kind: 'easter', offsetDays: 39 } },
    { id: 'whit-monday', name: { nl: 'Tweede Pinksterdag', en: 'Whit Monday' }, rule: { kind: 'easter', offsetDays: 50 } },
    { id: 'christmas', name: { nl: 'Eerste Kerstdag', en: 'Christmas Day' }, rule: { kind: 'fixed', month: 12, day: 25 } },
    { id: 'boxing-day', name: { nl: 'Tweede Kerstdag', en: 'Boxing Day' }, rule: { kind: 'fixed', month: 12, day: 26 } },
  ],
};
