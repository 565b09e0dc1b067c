import { describe, expect, it } from 'vitest';
import { dayOfWeek } from '../../../shared/dates/isoDate.ts';
import { dutchPublicHoliday, dutchPublicHolidays, easterSunday, isWorkingDay, kingsDay } from '../../../shared/deadlines/dutchHolidays.ts';

describe('Dutch public holidays', () => {
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

  it('places the Easter-based holidays: Good Friday −2, Easter Monday +1, Ascension +39, Whit Monday +50', () => {
    const ids = (year: number) => Object.fromEntries(dutchPublicHolidays(year).map((h) => [h.id, h.date]));
    expect(ids(2025)).toMatchObject({
      'good-friday': '2025-04-18',
      'easter-monday': '2025-04-21',
      'ascension-day': '2025-05-29',
      'whit-monday': '2025-06-09',
    });
    expect(ids(2026)).toMatchObject({
      'good-friday': '2026-04-03',
      'easter-monday': '2026-04-06',
      'ascension-day': '2026-05-14',
      'whit-monday': '2026-05-25',
    });
    expect(ids(2027)).toMatchObject({
      'good-friday': '2027-03-26',
      'easter-monday': '2027-03-29',
      'ascension-day': '2027-05-06',
      'whit-monday': '2027-05-17',
    });
    for (let year = 2000; year <= 2060; year++) {
      const holidays = ids(year);
      expect(dayOfWeek(holidays['ascension-day']!)).toBe(4); // always a Thursday
      expect(dayOfWeek(holidays['whit-monday']!)).toBe(1);
      expect(dayOfWeek(holidays['good-friday']!)).toBe(5);
      expect(dutchPublicHolidays(year)).toHaveLength(9);
    }
  });

  it("moves King's Day to 26 April when 27 April is a Sunday", () => {
    expect(kingsDay(2025)).toBe('2025-04-26'); // 27 April 2025 is a Sunday
    expect(kingsDay(2014)).toBe('2014-04-26'); // the first year under the rule with a Sunday 27th
    expect(kingsDay(2026)).toBe('2026-04-27');
    expect(kingsDay(2027)).toBe('2027-04-27');
    expect(dutchPublicHoliday('2025-04-27')).toBeUndefined();
    expect(dutchPublicHoliday('2025-04-26')?.id).toBe('kings-day');
  });

  it('counts fixed holidays, Liberation Day every year, and weekends as non-working days', () => {
    for (const date of ['2026-01-01', '2026-05-05', '2026-12-25', '2026-12-26', '2027-05-05']) expect(isWorkingDay(date)).toBe(false);
    expect(isWorkingDay('2026-11-21')).toBe(false); // Saturday
    expect(isWorkingDay('2026-11-22')).toBe(false); // Sunday
    expect(isWorkingDay('2026-11-23')).toBe(true);
    expect(isWorkingDay('2026-12-24')).toBe(true); // Christmas Eve is a working day
    expect(dutchPublicHoliday('2026-05-05')?.name).toEqual({ nl: 'Bevrijdingsdag', en: 'Liberation Day' });
  });
});
