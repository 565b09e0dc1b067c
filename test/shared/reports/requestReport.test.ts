import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildRequestReport, median, reportToCsv } from '../../../shared/reports/requestReport.ts';
import type { StoredRequest } from '../../../shared/requests/requestTypes.ts';
import { storedRequest } from '../../helpers/storedRequest.ts';
import { loadDefaultPolicy } from '../../../electron/core/policy/loadPolicy.ts';
import { holidaysOf } from '../../../shared/deadlines/publicHolidays.ts';

const holidays = holidaysOf(loadDefaultPolicy());

function req(
  receivedOn: string,
  status: StoredRequest['status'],
  closedOn: string | null,
  extra: Partial<StoredRequest> = {},
): StoredRequest {
  return storedRequest({
    reference: `INZ-${receivedOn}`,
    receivedOn,
    channel: 'email',
    requester: { name: 'x' },
    status,
    closedOn,
    createdAt: 'now',
    ...extra,
  });
}

describe('request report', () => {
  const requests = [
    req('2026-03-05', 'sent', '2026-03-25'), // 20 days, due 7 Apr: in time
    req('2026-03-05', 'sent', '2026-04-08'), // 34 days, one day after 7 Apr: late
    req('2026-03-20', 'refused', '2026-03-21', { statusReason: 'manifestly unfounded' }), // 1 day
    // 54 days, extended due 27 Jun: in time
    req('2026-03-27', 'sent', '2026-05-20', { extension: { reason: 'complex', recordedOn: '2026-04-10', by: 'c' } }),
    req('2026-04-01', 'withdrawn', '2026-04-02'),
    req('2026-04-02', 'in-progress', null), // due 4 May (2 May is a Saturday), overdue on 10 May
    req('2026-04-20', 'identity-pending', null, { pauses: [{ from: '2026-04-21', by: 'c' }] }), // paused: never overdue
  ];

  it('counts per month of receipt: answered, median and max days, share in time, extensions, refusals', () => {
    const [march, april, total] = buildRequestReport(requests, { today: '2026-05-10', holidays });
    expect(march).toMatchObject({
      month: '2026-03',
      received: 4,
      answered: 4,
      sent: 3,
      refused: 1,
      extended: 1,
      medianDaysToAnswer: 27,
      maxDaysToAnswer: 54,
      answeredInTime: 3,
      shareInTime: 0.75,
    });
    expect(april).toMatchObject({
      month: '2026-04',
      received: 3,
      answered: 0,
      withdrawn: 1,
      open: 2,
      overdue: 1,
      medianDaysToAnswer: null,
      shareInTime: null,
    });
    expect(total).toMatchObject({ month: 'total', received: 7, answered: 4, overdue: 1 });
  });

  it('filters by date of receipt', () => {
    const rows = buildRequestReport(requests, { today: '2026-05-10', holidays, from: '2026-03-06', to: '2026-03-31' });
    expect(rows.map((r) => [r.month, r.received])).toEqual([
      ['2026-03', 2],
      ['total', 2],
    ]);
  });

  it('writes RFC 4180 CSV that a CSV parser reads back', () => {
    const csv = reportToCsv(buildRequestReport(requests, { today: '2026-05-10', holidays }));
    expect(csv.endsWith('\r\n')).toBe(true);
    const parsed = parse(csv, { columns: true }) as Record<string, string>[];
    expect(parsed[0]).toMatchObject({ month: '2026-03', received: '4', shareInTime: '0.750', medianDaysToAnswer: '27' });
    expect(parsed[1]!.medianDaysToAnswer).toBe('');
  });

  it('takes the median of an even count as the mean of the middle two', () => {
    expect(median([1, 20, 34, 54])).toBe(27);
    expect(median([5])).toBe(5);
    expect(median([])).toBeNull();
  });

  it("judges 'in time' by the register's holidays: Good Friday does not move the deadline (Atw art. 3(1))", () => {
    // Received 18 March 2025: due Friday 18 April 2025 (Good Friday), so an answer on Tuesday 22 April is late.
    const rows = buildRequestReport([req('2025-03-18', 'sent', '2025-04-18'), req('2025-03-18', 'sent', '2025-04-22')], {
      today: '2025-05-01',
      holidays,
    });
    expect(rows.at(-1)).toMatchObject({ answered: 2, answeredInTime: 1 });
  });
});
