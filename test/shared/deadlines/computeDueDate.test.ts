import { describe, expect, it } from 'vitest';
import {
  checkExtensionAllowed,
  computeDeadline,
  computeDueDate,
  computeExtendedDueDate,
  daysLeft,
  isOverdue,
} from '../../../shared/deadlines/computeDueDate.ts';

/**
 * Worked out by hand from Art. 12(3) GDPR and Regulation 1182/71 Art. 3: the month ends on the same
 * date number in the next month, or that month's last day (3(2)(c)); a period ending on a Saturday,
 * Sunday or public holiday ends on the next working day (3(4)).
 */
const oneMonth: { received: string; calendarEnd: string; due: string; why: string }[] = [
  { received: '2024-03-05', calendarEnd: '2024-04-05', due: '2024-04-05', why: '5 March → 5 April; 5 Apr 2024 is a Friday, a working day' },
  {
    received: '2026-08-31',
    calendarEnd: '2026-09-30',
    due: '2026-09-30',
    why: 'September has no 31st → its last day, 30 Sep 2026 (Wednesday)',
  },
  { received: '2024-01-31', calendarEnd: '2024-02-29', due: '2024-02-29', why: 'leap year: February ends on the 29th (Thursday)' },
  { received: '2025-01-31', calendarEnd: '2025-02-28', due: '2025-02-28', why: 'non-leap year: February ends on the 28th (Friday)' },
  { received: '2026-12-27', calendarEnd: '2027-01-27', due: '2027-01-27', why: '27 December → 27 January of the next year (Wednesday)' },
  { received: '2026-09-18', calendarEnd: '2026-10-18', due: '2026-10-19', why: '18 Oct 2026 is a Sunday → Monday 19 Oct' },
  {
    received: '2025-03-05',
    calendarEnd: '2025-04-05',
    due: '2025-04-07',
    why: '5 Apr 2025 is a Saturday → skip Sat and Sun → Monday 7 Apr',
  },
  {
    received: '2026-03-05',
    calendarEnd: '2026-04-05',
    due: '2026-04-07',
    why: '5 Apr 2026 is Easter Sunday, the 6th Easter Monday → Tuesday 7 Apr',
  },
  { received: '2026-03-27', calendarEnd: '2026-04-27', due: '2026-04-28', why: "27 Apr 2026 (Monday) is King's Day → Tuesday 28 Apr" },
  { received: '2027-03-27', calendarEnd: '2027-04-27', due: '2027-04-28', why: "27 Apr 2027 (Tuesday) is King's Day → Wednesday 28 Apr" },
  {
    received: '2025-03-26',
    calendarEnd: '2025-04-26',
    due: '2025-04-28',
    why: "King's Day 2025 is Saturday 26 Apr (27th is a Sunday) → Monday 28 Apr",
  },
  { received: '2024-03-01', calendarEnd: '2024-04-01', due: '2024-04-02', why: 'Easter Monday 2024 (Easter 31 March) → Tuesday 2 Apr' },
  { received: '2025-03-21', calendarEnd: '2025-04-21', due: '2025-04-22', why: 'Easter Monday 2025 (Easter 20 April) → Tuesday 22 Apr' },
  { received: '2028-03-17', calendarEnd: '2028-04-17', due: '2028-04-18', why: 'Easter Monday 2028 (Easter 16 April) → Tuesday 18 Apr' },
  {
    received: '2027-02-28',
    calendarEnd: '2027-03-28',
    due: '2027-03-30',
    why: 'Easter Sunday 2027, then Easter Monday 29 Mar → Tuesday 30 Mar',
  },
  {
    received: '2026-03-03',
    calendarEnd: '2026-04-03',
    due: '2026-04-03',
    why: 'Good Friday 2026 is not an Atw art. 3(1) holiday (conservative reading) → due that Friday, 3 Apr',
  },
  { received: '2024-04-09', calendarEnd: '2024-05-09', due: '2024-05-10', why: 'Ascension Day 2024 (Easter+39, Thursday) → Friday 10 May' },
  { received: '2025-04-29', calendarEnd: '2025-05-29', due: '2025-05-30', why: 'Ascension Day 2025 → Friday 30 May' },
  { received: '2026-04-14', calendarEnd: '2026-05-14', due: '2026-05-15', why: 'Ascension Day 2026 → Friday 15 May' },
  { received: '2027-04-06', calendarEnd: '2027-05-06', due: '2027-05-07', why: 'Ascension Day 2027 → Friday 7 May' },
  { received: '2026-04-05', calendarEnd: '2026-05-05', due: '2026-05-06', why: 'Liberation Day (Tuesday 5 May 2026) → Wednesday 6 May' },
  {
    received: '2026-11-25',
    calendarEnd: '2026-12-25',
    due: '2026-12-28',
    why: 'Christmas (Fri), Boxing Day (Sat), Sunday → Monday 28 Dec',
  },
  { received: '2026-12-01', calendarEnd: '2027-01-01', due: '2027-01-04', why: "New Year's Day 2027 (Fri), Sat, Sun → Monday 4 Jan" },
];

describe('computeDueDate (Art. 12(3) GDPR, Regulation 1182/71)', () => {
  it.each(oneMonth)('received $received → due $due ($why)', ({ received, calendarEnd, due }) => {
    const result = computeDueDate(received);
    expect(result.calendarEnd).toBe(calendarEnd);
    expect(result.due).toBe(due);
    expect(result.skipped.length).toBe(Math.round((Date.parse(due) - Date.parse(calendarEnd)) / 86_400_000));
  });

  it('says which days it skipped and why', () => {
    expect(computeDueDate('2026-03-05').skipped.map((s) => s.reason.en)).toEqual(['Sunday', 'Easter Monday']);
    expect(computeDueDate('2026-03-27').skipped.map((s) => s.reason.nl)).toEqual(['Koningsdag']);
  });

  it('refuses a date that is not a calendar date, naming it', () => {
    expect(() => computeDueDate('2026-02-30')).toThrow(/date of receipt.*"2026-02-30"/);
  });
});

/** The extension: two further months counted from the calendar end of the first month, then rolled. */
const extension: { received: string; firstDue: string; extendedDue: string; why: string }[] = [
  {
    received: '2026-11-16',
    firstDue: '2026-12-16',
    extendedDue: '2027-02-16',
    why: 'across the year end: 16 Dec 2026 + 2 months = Tuesday 16 Feb 2027',
  },
  {
    received: '2026-10-31',
    firstDue: '2026-11-30',
    extendedDue: '2027-02-01',
    why: '30 Nov + 2 months = 30 Jan 2027, a Saturday → Monday 1 Feb 2027',
  },
  {
    received: '2025-01-31',
    firstDue: '2025-02-28',
    extendedDue: '2025-04-28',
    why: 'first month ends 28 Feb 2025; + 2 months = Monday 28 Apr (not 30 Apr)',
  },
  {
    received: '2026-03-05',
    firstDue: '2026-04-07',
    extendedDue: '2026-06-05',
    why: 'counted from the calendar end 5 Apr (not the rolled 7 Apr): Friday 5 Jun',
  },
];

describe('computeExtendedDueDate', () => {
  it.each(extension)('received $received: first due $firstDue, extended to $extendedDue ($why)', ({ received, firstDue, extendedDue }) => {
    expect(computeDueDate(received).due).toBe(firstDue);
    expect(computeExtendedDueDate(received).due).toBe(extendedDue);
  });

  it('allows an extension recorded up to and including the last day of the first month', () => {
    // Received 5 Mar 2026: the first month runs out on Tuesday 7 April (after Easter).
    expect(() => checkExtensionAllowed('2026-03-05', '2026-04-07', 'Many records in 14 cases')).not.toThrow();
    expect(() => checkExtensionAllowed('2026-03-05', '2026-03-06', 'Many records in 14 cases')).not.toThrow();
  });

  it('refuses an extension asked for too late, with a clear message', () => {
    expect(() => checkExtensionAllowed('2026-03-05', '2026-04-08', 'Complex')).toThrow(
      expect.objectContaining({ code: 'extension.too-late', params: { firstDue: '2026-04-07', recordedOn: '2026-04-08', daysLate: 1 } }),
    );
  });

  it('refuses an extension without reasons', () => {
    expect(() => checkExtensionAllowed('2026-03-05', '2026-03-10', '  ')).toThrow(
      expect.objectContaining({ code: 'extension.reason-required' }),
    );
  });
});

describe('computeDeadline with identity pauses (EDPB 01/2022 §§156ff)', () => {
  it('runs from receipt without pauses, and switches to the extended deadline', () => {
    expect(computeDeadline({ receivedOn: '2026-03-05' })).toMatchObject({ state: 'running', clockStart: '2026-03-05', due: '2026-04-07' });
    expect(computeDeadline({ receivedOn: '2026-03-05', extendedOn: '2026-03-20' })).toMatchObject({ state: 'running', due: '2026-06-05' });
  });

  it('has no running deadline while waiting for identity information', () => {
    expect(computeDeadline({ receivedOn: '2026-03-05', pauses: [{ from: '2026-03-06' }] })).toEqual({
      state: 'paused',
      since: '2026-03-06',
      clockStart: '2026-03-05',
    });
  });

  it('counts the month from the day the identity information arrived', () => {
    // Asked for on 6 March; the information arrived on 20 March → 20 April 2026 (Monday).
    const state = computeDeadline({ receivedOn: '2026-03-05', pauses: [{ from: '2026-03-06', until: '2026-03-20' }] });
    expect(state).toMatchObject({ state: 'running', clockStart: '2026-03-20', due: '2026-04-20' });
  });

  it('never moves the clock backwards', () => {
    const state = computeDeadline({ receivedOn: '2026-03-05', pauses: [{ from: '2026-03-01', until: '2026-03-02' }] });
    expect(state).toMatchObject({ clockStart: '2026-03-05' });
  });
});

describe('days left', () => {
  it('counts down to the due date and flags overdue requests', () => {
    expect(daysLeft('2026-04-07', '2026-04-01')).toBe(6);
    expect(daysLeft('2026-04-07', '2026-04-07')).toBe(0);
    expect(isOverdue('2026-04-07', '2026-04-07')).toBe(false);
    expect(daysLeft('2026-04-07', '2026-04-09')).toBe(-2);
    expect(isOverdue('2026-04-07', '2026-04-08')).toBe(true);
  });
});
