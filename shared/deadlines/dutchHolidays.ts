import type { IsoDate } from '../dates/isoDate.ts';
import { addDays, dayOfWeek, parseIsoDate, toIsoDate } from '../dates/isoDate.ts';

/**
 * Dutch public holidays that end a legal period on the next working day (Regulation 1182/71
 * Art. 3(4): a period ending on a Saturday, Sunday or public holiday ends at the end of the next
 * working day). The list is the one in docs/domain.md §6; it counts Liberation Day every year.
 */

export interface PublicHoliday {
  date: IsoDate;
  id:
    | 'new-year'
    | 'good-friday'
    | 'easter-monday'
    | 'kings-day'
    | 'liberation-day'
    | 'ascension-day'
    | 'whit-monday'
    | 'christmas'
    | 'boxing-day';
  name: { nl: string; en: string };
}

/** Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return toIsoDate(year, month, day);
}

/**
 * King's Day: 27 April, or 26 April when the 27th is a Sunday (Wet vaststelling Koningsdag). The rule
 * holds since 2014; before that the day was Queen's Day (30 April), which no open request needs.
 */
export function kingsDay(year: number): IsoDate {
  const the27th = toIsoDate(year, 4, 27);
  return dayOfWeek(the27th) === 0 ? toIsoDate(year, 4, 26) : the27th;
}

const holidayCache = new Map<number, PublicHoliday[]>();

export function dutchPublicHolidays(year: number): readonly PublicHoliday[] {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const list: PublicHoliday[] = [
    { date: toIsoDate(year, 1, 1), id: 'new-year', name: { nl: 'Nieuwjaarsdag', en: "New Year's Day" } },
    { date: addDays(easter, -2), id: 'good-friday', name: { nl: 'Goede Vrijdag', en: 'Good Friday' } },
    { date: addDays(easter, 1), id: 'easter-monday', name: { nl: 'Tweede Paasdag', en: 'Easter Monday' } },
    { date: kingsDay(year), id: 'kings-day', name: { nl: 'Koningsdag', en: "King's Day" } },
    { date: toIsoDate(year, 5, 5), id: 'liberation-day', name: { nl: 'Bevrijdingsdag', en: 'Liberation Day' } },
    { date: addDays(easter, 39), id: 'ascension-day', name: { nl: 'Hemelvaartsdag', en: 'Ascension Day' } },
    { date: addDays(easter, 50), id: 'whit-monday', name: { nl: 'Tweede Pinksterdag', en: 'Whit Monday' } },
    { date: toIsoDate(year, 12, 25), id: 'christmas', name: { nl: 'Eerste Kerstdag', en: 'Christmas Day' } },
    { date: toIsoDate(year, 12, 26), id: 'boxing-day', name: { nl: 'Tweede Kerstdag', en: 'Boxing Day' } },
  ];
  list.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  holidayCache.set(year, list);
  return list;
}

export function dutchPublicHoliday(date: IsoDate): PublicHoliday | undefined {
  return dutchPublicHolidays(parseIsoDate(date).year).find((holiday) => holiday.date === date);
}

/** Why a date is not a working day, or undefined when it is one. */
export function nonWorkingReason(date: IsoDate): { nl: string; en: string } | undefined {
  const weekday = dayOfWeek(date);
  if (weekday === 6) return { nl: 'zaterdag', en: 'Saturday' };
  if (weekday === 0) return { nl: 'zondag', en: 'Sunday' };
  return dutchPublicHoliday(date)?.name;
}

export function isWorkingDay(date: IsoDate): boolean {
  return nonWorkingReason(date) === undefined;
}
