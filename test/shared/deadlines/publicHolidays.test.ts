import { describe, expect, it } from 'vitest';
import { dayOfWeek } from '../../../shared/dates/isoDate.ts';
import type { HolidayCalendar } from '../../../shared/policy/holidaySchema.ts';
import { defaultHolidays, easterSunday, holidayDate, holidaysFrom, isWorkingDay } from '../../../shared/deadlines/publicHolidays.ts';
import { statutoryHolidaysNl } from '../../../shared/deadlines/statutoryHolidaysNl.ts';

const ruleOf = (id: string) => statutoryHolidaysNl.holidays.find((h) => h.id === id)!.rule;

describe('public holidays as data (fixed days and Easter offsets)', () => {
  it('computes Easter Sunday by the Gregorian computus (published dates)', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2028)).toBe('2028-04-16');
    // Extremes of the computus: the earliest (22 March) and latest (25 April) possible Easter.
    expect(easterSunday(2285)).toBe('2285-03-22');
    expect(easterSunday(2038)).toBe('2038-04-25');
    for (let year = 1990; year <= 2100; year++) expect(dayOfWeek(easterSunday(year))).toBe(0);
  });

  it('places the Easter-based holidays: Easter Monday +1, Ascension +39, Whit Monday +50', () => {
    expect(['easter-monday', 'ascension-day', 'whit-monday'].map((id) => holidayDate(ruleOf(id), 2025))).toEqual([
      '2025-04-21',
      '2025-05-29',
      '2025-06-09',
    ]);
    expect(['easter-monday', 'ascension-day', 'whit-monday'].map((id) => holidayDate(ruleOf(id), 2027))).toEqual([
      '2027-03-29',
      '2027-05-06',
      '2027-05-17',
    ]);
    for (let year = 2000; year <= 2060; year++) {
      expect(dayOfWeek(holidayDate(ruleOf('ascension-day'), year))).toBe(4); // always a Thursday
      expect(dayOfWeek(holidayDate(ruleOf('whit-monday'), year))).toBe(1);
    }
  });

  it("moves King's Day to 26 April when 27 April is a Sunday", () => {
    expect(holidayDate(ruleOf('kings-day'), 2025)).toBe('2025-04-26'); // 27 April 2025 is a Sunday
    expect(holidayDate(ruleOf('kings-day'), 2014)).toBe('2014-04-26');
    expect(holidayDate(ruleOf('kings-day'), 2026)).toBe('2026-04-27');
    expect(defaultHolidays.on('2025-04-27')).toBeUndefined();
    expect(defaultHolidays.on('2025-04-26')?.id).toBe('kings-day');
  });

  it('counts fixed holidays, Liberation Day every year, and weekends as non-working days; not Good Friday by default', () => {
    for (const date of ['2026-01-01', '2026-05-05', '2026-12-25', '2026-12-26', '2027-05-05']) expect(isWorkingDay(date)).toBe(false);
    expect(isWorkingDay('2026-11-21')).toBe(false); // Saturday
    expect(isWorkingDay('2026-11-22')).toBe(false); // Sunday
    expect(isWorkingDay('2026-11-23')).toBe(true);
    expect(isWorkingDay('2026-12-24')).toBe(true); // Christmas Eve is a working day
    expect(isWorkingDay('2026-04-03')).toBe(true); // Good Friday: only equated for the Atw's own periods (art. 3(2))
    expect(defaultHolidays.on('2026-05-05')?.name).toEqual({ nl: 'Bevrijdingsdag', en: 'Liberation Day' });
  });

  it("uses whatever calendar it is given: another country's holidays count, the Dutch ones then do not", () => {
    const be: HolidayCalendar = {
      country: 'BE',
      source: { nl: 'Wet van 4 januari 1974', en: 'Act of 4 January 1974' },
      holidays: [
        { id: 'national-day', name: { nl: 'Nationale feestdag', en: 'National Day' }, rule: { kind: 'fixed', month: 7, day: 21 } },
      ],
    };
    const belgian = holidaysFrom(be);
    expect(isWorkingDay('2026-07-21', belgian)).toBe(false);
    expect(isWorkingDay('2026-04-27', belgian)).toBe(true);
  });
});
