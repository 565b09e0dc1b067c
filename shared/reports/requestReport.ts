import type { IsoDate } from '../dates/isoDate.ts';
import { daysBetween } from '../dates/isoDate.ts';
import { computeLawfulDeadline } from '../deadlines/lawfulDeadline.ts';
import type { Holidays } from '../deadlines/publicHolidays.ts';
import type { StoredRequest } from '../requests/requestTypes.ts';
import { encodeCsv } from '../output/csv.ts';

/**
 * Accountability figures (Art. 5(2) GDPR) from the register: per month of receipt, how many requests
 * came in and were answered, how long answering took, the share answered in time (by the deadline in
 * force: the lawful due date, i.e. the original one moved only by a lawful extension or a lawful
 * identity pause, see shared/deadlines/lawfulDeadline.ts), and how many were extended or refused.
 * "Answered" means sent or refused: a refusal with reasons is an answer (Art. 12(4)); a withdrawn
 * request is not counted as answered.
 */

export interface ReportRow {
  /** "2026-03", or "total". */
  month: string;
  received: number;
  answered: number;
  sent: number;
  refused: number;
  withdrawn: number;
  open: number;
  /** Open requests past their deadline on the report day. */
  overdue: number;
  extended: number;
  /** Calendar days from receipt to the answer. */
  medianDaysToAnswer: number | null;
  maxDaysToAnswer: number | null;
  answeredInTime: number;
  /** answeredInTime / answered, 0..1; null without answers. */
  shareInTime: number | null;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function summarise(month: string, requests: readonly StoredRequest[], today: IsoDate, holidays: Holidays): ReportRow {
  const days: number[] = [];
  let inTime = 0;
  let overdue = 0;
  for (const r of requests) {
    // The lawful due date: a pause asked for after the due date or after the identity was verified
    // does not make a late answer timely (issue 12; shared/deadlines/lawfulDeadline.ts).
    const { deadline } = computeLawfulDeadline(r, holidays);
    if ((r.status === 'sent' || r.status === 'refused') && r.closedOn) {
      days.push(daysBetween(r.receivedOn, r.closedOn));
      if (deadline.state === 'paused' || r.closedOn <= deadline.due) inTime++;
    } else if (r.status !== 'withdrawn' && deadline.state === 'running' && today > deadline.due) overdue++;
  }
  const count = (status: StoredRequest['status']) => requests.filter((r) => r.status === status).length;
  const answered = days.length;
  return {
    month,
    received: requests.length,
    answered,
    sent: count('sent'),
    refused: count('refused'),
    withdrawn: count('withdrawn'),
    open: requests.length - count('sent') - count('refused') - count('withdrawn'),
    overdue,
    extended: requests.filter((r) => r.extension !== null).length,
    medianDaysToAnswer: median(days),
    maxDaysToAnswer: days.length ? Math.max(...days) : null,
    answeredInTime: inTime,
    shareInTime: answered ? inTime / answered : null,
  };
}

/** One row per month of receipt within [from, to] (inclusive, by date of receipt), then a total row. */
export function buildRequestReport(
  requests: readonly StoredRequest[],
  /** `holidays`: the register's (`holidaysOf(register)`), so the report judges "in time" by the same due dates as the register. */
  options: { today: IsoDate; holidays: Holidays; from?: IsoDate; to?: IsoDate },
): ReportRow[] {
  const selected = requests.filter((r) => (!options.from || r.receivedOn >= options.from) && (!options.to || r.receivedOn <= options.to));
  const byMonth = new Map<string, StoredRequest[]>();
  for (const r of selected) {
    const month = r.receivedOn.slice(0, 7);
    byMonth.set(month, [...(byMonth.get(month) ?? []), r]);
  }
  const rows = [...byMonth.keys()].sort().map((month) => summarise(month, byMonth.get(month)!, options.today, options.holidays));
  return [...rows, summarise('total', selected, options.today, options.holidays)];
}

export const reportColumns: readonly (keyof ReportRow)[] = [
  'month',
  'received',
  'answered',
  'sent',
  'refused',
  'withdrawn',
  'open',
  'overdue',
  'extended',
  'medianDaysToAnswer',
  'maxDaysToAnswer',
  'answeredInTime',
  'shareInTime',
];

function cell(value: ReportRow[keyof ReportRow]): string {
  if (value === null) return '';
  if (typeof value === 'number' && !Number.isInteger(value)) return value.toFixed(3);
  return String(value);
}

export function reportToCsv(rows: readonly ReportRow[]): string {
  return encodeCsv(
    reportColumns,
    rows.map((row) => reportColumns.map((column) => cell(row[column]))),
  );
}

/** A fixed-width table for the terminal. */
export function reportToTable(rows: readonly ReportRow[]): string {
  const header = [
    'month',
    'received',
    'answered',
    'sent',
    'refused',
    'withdrawn',
    'open',
    'overdue',
    'extended',
    'median days',
    'max days',
    'in time',
  ];
  const body = rows.map((r) => [
    r.month,
    String(r.received),
    String(r.answered),
    String(r.sent),
    String(r.refused),
    String(r.withdrawn),
    String(r.open),
    String(r.overdue),
    String(r.extended),
    r.medianDaysToAnswer === null ? '–' : String(r.medianDaysToAnswer),
    r.maxDaysToAnswer === null ? '–' : String(r.maxDaysToAnswer),
    r.shareInTime === null ? '–' : `${Math.round(r.shareInTime * 100)}%`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), ...body.map(line)].join('\n') + '\n';
}
