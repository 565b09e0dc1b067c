import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  dayOfWeek,
  daysBetween,
  endOfYear,
  isIsoDate,
  localIsoDate,
  parseIsoDate,
} from '../../../shared/dates/isoDate.ts';

describe('isoDate', () => {
  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-1-01')).toBe(false);
    expect(() => parseIsoDate('31-12-2024')).toThrow(/31-12-2024/);
  });

  it('adds months to the same day, or the last day of a shorter month', () => {
    expect(addMonths('2026-03-05', 1)).toBe('2026-04-05');
    expect(addMonths('2026-08-31', 1)).toBe('2026-09-30');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2026-12-27', 1)).toBe('2027-01-27');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-01-15', -2)).toBe('2026-11-15');
  });

  it('adds years across leap days', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('counts days and weekdays', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(dayOfWeek('2026-11-23')).toBe(1); // a Monday
    expect(dayOfWeek('2026-11-22')).toBe(0);
    expect(endOfYear('2025-06-30')).toBe('2025-12-31');
  });

  it("gives the clerk's local day, not UTC's, just after midnight in Amsterdam", () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Europe/Amsterdam';
    try {
      const justAfterMidnight = new Date('2026-03-01T23:30:00Z'); // 00:30 on 2 March in Amsterdam
      expect(localIsoDate(justAfterMidnight)).toBe('2026-03-02');
      expect(justAfterMidnight.toISOString().slice(0, 10)).toBe('2026-03-01');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
