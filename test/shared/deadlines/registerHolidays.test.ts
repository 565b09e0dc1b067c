import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeDueDate, computeExtendedDueDate } from '../../../shared/deadlines/computeDueDate.ts';
import { holidaysOf } from '../../../shared/deadlines/publicHolidays.ts';
import { statutoryHolidaysNl } from '../../../shared/deadlines/statutoryHolidaysNl.ts';
import { policySchema } from '../../../shared/policy/policySchema.ts';

/**
 * Every receipt date from 2025 to 2029 against a computation written here, independently of
 * shared/dates and shared/deadlines: its own Easter algorithm (Lilius/Clavius with epacts, not the
 * Meeus/Jones/Butcher computus the code uses), its own month arithmetic on JavaScript UTC dates, and
 * its own list of the Algemene termijnenwet art. 3(1) holidays. Good Friday is deliberately absent:
 * it is only equated with those holidays for that Act's own periods (art. 3(2)), so counting it could
 * make the organisation late (docs/domain.md § 6).
 */
const register = policySchema.parse(JSON.parse(readFileSync('resources/policy/alektum-nl.policy.json', 'utf8')));
const holidays = holidaysOf(register);

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const iso = (date: Date) => date.toISOString().slice(0, 10);
const plusDays = (date: Date, n: number) => new Date(date.getTime() + n * 86_400_000);

/** Easter Sunday by the Gregorian epact method (Clavius): the Sunday after the 14th day of the paschal moon. */
function easter(year: number): Date {
  const golden = (year % 19) + 1;
  const century = Math.floor(year / 100) + 1;
  const solar = Math.floor((3 * century) / 4) - 12;
  const lunar = Math.floor((8 * century + 5) / 25) - 5;
  let epact = (11 * golden + 20 + lunar - solar) % 30;
  if (epact < 0) epact += 30;
  if ((epact === 25 && golden > 11) || epact === 24) epact++;
  let fullMoon = 44 - epact; // day of March
  if (fullMoon < 21) fullMoon += 30;
  const sundayLetter = Math.floor((5 * year) / 4) - solar - 10;
  const day = fullMoon + 7 - ((sundayLetter + fullMoon) % 7);
  return utc(year, 3, day); // Date.UTC rolls 32+ March into April
}

function statutoryHolidays(year: number): Set<string> {
  const e = easter(year);
  const april27 = utc(year, 4, 27);
  const kingsDay = april27.getUTCDay() === 0 ? utc(year, 4, 26) : april27;
  return new Set(
    [
      utc(year, 1, 1),
      plusDays(e, 1),
      kingsDay,
      utc(year, 5, 5),
      plusDays(e, 39),
      plusDays(e, 50),
      utc(year, 12, 25),
      utc(year, 12, 26),
    ].map(iso),
  );
}

/** Reg. 1182/71 art. 3(2)(c): the same date `months` later, or that month's last day when it has none. */
function sameDateLater(date: Date, months: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(date.getUTCDate(), lastDay)));
}

/** Art. 3(4): past Saturdays, Sundays and public holidays to the next working day. */
function rollOn(date: Date): Date {
  let d = date;
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6 || statutoryHolidays(d.getUTCFullYear()).has(iso(d))) d = plusDays(d, 1);
  return d;
}

function receiptDates(): Date[] {
  const dates: Date[] = [];
  for (let d = utc(2025, 1, 1); d <= utc(2029, 12, 31); d = plusDays(d, 1)) dates.push(d);
  return dates;
}

describe('deadlines with the holidays of the register (Reg. 1182/71 art. 3(4), Atw art. 3(1))', () => {
  it('carries the Dutch holidays as data with their source, without Good Friday', () => {
    const nl = register.publicHolidays.find((calendar) => calendar.country === 'NL')!;
    expect(nl.source.en).toMatch(/Algemene termijnenwet.*3\(1\)/);
    // The default used where no register is at hand is the same list (statutoryHolidaysNl.ts).
    expect(nl.holidays).toEqual(statutoryHolidaysNl.holidays);
    expect(nl.holidays.map((h) => h.id).sort()).toEqual(
      ['ascension-day', 'boxing-day', 'christmas', 'easter-monday', 'kings-day', 'liberation-day', 'new-year', 'whit-monday'].sort(),
    );
  });

  it('gives the due date of the independent computation for every receipt date from 2025 to 2029', () => {
    const receipts = receiptDates();
    expect(receipts).toHaveLength(1826);
    const wrong = receipts
      .map((r) => ({ received: iso(r), expected: iso(rollOn(sameDateLater(r, 1))), actual: computeDueDate(iso(r), holidays).due }))
      .filter((row) => row.expected !== row.actual);
    expect(wrong).toEqual([]);
  });

  it('gives the extended due date of the independent computation (two months from the first calendar end)', () => {
    const wrong = receiptDates()
      .map((r) => ({
        received: iso(r),
        expected: iso(rollOn(sameDateLater(sameDateLater(r, 1), 2))),
        actual: computeExtendedDueDate(iso(r), holidays).due,
      }))
      .filter((row) => row.expected !== row.actual);
    expect(wrong).toEqual([]);
  });

  it('does not move a deadline past Good Friday: received 2025-03-18 is due Friday 2025-04-18', () => {
    expect(computeDueDate('2025-03-18', holidays).due).toBe('2025-04-18');
    // The safe default, where no register is at hand, is the same reading.
    expect(computeDueDate('2025-03-18').due).toBe('2025-04-18');
  });

  it('moves a deadline past a holiday the register adds, and only then', () => {
    const withGoodFriday = policySchema.parse({
      ...register,
      publicHolidays: register.publicHolidays.map((calendar) => ({
        ...calendar,
        holidays: [
          ...calendar.holidays,
          { id: 'good-friday', name: { nl: 'Goede Vrijdag', en: 'Good Friday' }, rule: { kind: 'easter', offsetDays: -2 } },
        ],
      })),
    });
    expect(computeDueDate('2025-03-18', holidaysOf(withGoodFriday)).due).toBe('2025-04-22');
    // The independent computation catches the Good Friday reading on exactly the four receipt dates of the audit.
    const late = receiptDates()
      .filter((r) => iso(rollOn(sameDateLater(r, 1))) !== computeDueDate(iso(r), holidaysOf(withGoodFriday)).due)
      .map(iso);
    expect(late).toEqual(['2025-03-18', '2026-03-03', '2027-02-26', '2028-03-14']);
  });
});
