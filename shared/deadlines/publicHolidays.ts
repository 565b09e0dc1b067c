import type { IsoDate } from '../dates/isoDate.ts';
import { addDays, dayOfWeek, parseIsoDate, toIsoDate } from '../dates/isoDate.ts';
import type { HolidayCalendar, HolidayRule } from '../policy/holidaySchema.ts';
import type { LocalizedText, Policy } from '../policy/policySchema.ts';
import { statutoryHolidaysNl } from './statutoryHolidaysNl.ts';

/**
 * The public holidays that end a legal period on the next working day (Reg. 1182/71 art. 3(4)),
 * evaluated from the register's data (shared/policy/holidaySchema.ts): a fixed day of the year, or a
 * number of days from Easter Sunday. Built once per register and reused for every deadline.
 */
export interface Holidays {
  readonly country: string;
  /** The holiday falling on `date`, if any. */
  on(date: IsoDate): { id: string; name: LocalizedText } | undefined;
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

/** The date a rule gives in `year`. */
export function holidayDate(rule: HolidayRule, year: number): IsoDate {
  if (rule.kind === 'easter') return addDays(easterSunday(year), rule.offsetDays);
  const date = toIsoDate(year, rule.month, rule.day);
  return rule.ifSundayMoveDays !== undefined && dayOfWeek(date) === 0 ? addDays(date, rule.ifSundayMoveDays) : date;
}

export function holidaysFrom(calendar: HolidayCalendar): Holidays {
  const byYear = new Map<number, Map<IsoDate, { id: string; name: LocalizedText }>>();
  const yearOf = (year: number) => {
    let dates = byYear.get(year);
    if (!dates) {
      dates = new Map(calendar.holidays.map((holiday) => [holidayDate(holiday.rule, year), { id: holiday.id, name: holiday.name }]));
      byYear.set(year, dates);
    }
    return dates;
  };
  return { country: calendar.country, on: (date) => yearOf(parseIsoDate(date).year).get(date) };
}

/**
 * The safe default, used only where no register is at hand (a deadline computed without one): the
 * Dutch statutory list without Good Friday, the reading that can never make the organisation late.
 */
export const defaultHolidays: Holidays = holidaysFrom(statutoryHolidaysNl);

const fromRegister = new WeakMap<Policy, Holidays>();

/** The holidays of the organisation's own country, from the register in force (policySchema checks one exists). */
export function holidaysOf(register: Policy): Holidays {
  let holidays = fromRegister.get(register);
  if (!holidays) {
    const calendar = register.publicHolidays.find((c) => c.country === register.organisation.country) ?? register.publicHolidays[0]!;
    holidays = holidaysFrom(calendar);
    fromRegister.set(register, holidays);
  }
  return holidays;
}

/** Why a date is not a working day, or undefined when it is one. */
export function nonWorkingReason(date: IsoDate, holidays: Holidays = defaultHolidays): LocalizedText | undefined {
  const weekday = dayOfWeek(date);
  if (weekday === 6) return { nl: 'zaterdag', en: 'Saturday' };
  if (weekday === 0) return { nl: 'zondag', en: 'Sunday' };
  return holidays.on(date)?.name;
}

export function isWorkingDay(date: IsoDate, holidays: Holidays = defaultHolidays): boolean {
  return nonWorkingReason(date, holidays) === undefined;
}
