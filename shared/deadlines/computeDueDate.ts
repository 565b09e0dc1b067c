import type { IsoDate } from '../dates/isoDate.ts';
import { addDays, addMonths, daysBetween, isIsoDate } from '../dates/isoDate.ts';
import type { Holidays } from './publicHolidays.ts';
import { defaultHolidays, nonWorkingReason } from './publicHolidays.ts';
import { DomainError } from '../errors/domainError.ts';

/**
 * The deadline for answering an access or portability request: Art. 12(3) GDPR ("within one month of
 * receipt of the request", extendable "by two further months"), counted under Regulation (EEC,
 * Euratom) No 1182/71 on periods, dates and time limits:
 *  - Art. 3(1): the day of the event (receipt) is not counted; the period starts the day after.
 *  - Art. 3(2)(c): a period expressed in months ends at the end of the day in the last month that has
 *    the same date as the day of the event, or, when that month has no such day, at the end of its
 *    last day. `addMonths` implements exactly that (31 Aug + 1 month = 30 Sep).
 *  - Art. 3(4): a period that would end on a Saturday, Sunday or public holiday ends at the end of the
 *    next working day. The day after may itself be a holiday (Easter Monday after a Sunday,
 *    Boxing Day after Christmas), so we roll until we reach a working day.
 * Every competitor counts 30 days; the law counts months, and so do we.
 * The holidays come from the register (`holidaysOf(register)`, built once per register); the
 * `defaultHolidays` stand in only where no register is at hand, and are the conservative Dutch reading
 * (Algemene termijnenwet art. 3(1), without Good Friday; docs/domain.md § 6).
 */

export interface RolledDate {
  /** The day the period ends by the calendar, before moving off a weekend or holiday. */
  calendarEnd: IsoDate;
  /** The last day on which the answer is in time. */
  due: IsoDate;
  /** The days skipped, with why (empty when calendarEnd is a working day). */
  skipped: { date: IsoDate; reason: { nl: string; en: string } }[];
}

/** Art. 3(4) of Regulation 1182/71: move a period end off Saturdays, Sundays and the register's public holidays. */
export function rollToWorkingDay(calendarEnd: IsoDate, holidays: Holidays = defaultHolidays): RolledDate {
  const skipped: RolledDate['skipped'] = [];
  let due = calendarEnd;
  for (let reason = nonWorkingReason(due, holidays); reason; reason = nonWorkingReason(due, holidays)) {
    skipped.push({ date: due, reason });
    due = addDays(due, 1);
  }
  return { calendarEnd, due, skipped };
}

function requireDate(value: IsoDate, what: string): void {
  if (!isIsoDate(value)) throw new RangeError(`${what} is not a calendar date (YYYY-MM-DD): "${value}"`);
}

/** One month from `startEvent` (the receipt of the request, or of the identity information asked for). */
export function computeDueDate(startEvent: IsoDate, holidays: Holidays = defaultHolidays): RolledDate {
  requireDate(startEvent, 'The date of receipt');
  return rollToWorkingDay(addMonths(startEvent, 1), holidays);
}

/**
 * The extended deadline: "two further months" (Art. 12(3)) is a new period whose event is the end of
 * the first month. We count it from the first month's calendar end (before rolling off a weekend or
 * holiday), because Art. 3(4) of Regulation 1182/71 only postpones the moment a period expires; it
 * does not move the event from which a following period is counted. The result is rolled again.
 * Example: received 31 Jan 2025 → first month ends 28 Feb 2025 → extended to 28 Apr 2025 (not 30 Apr).
 */
export function computeExtendedDueDate(startEvent: IsoDate, holidays: Holidays = defaultHolidays): RolledDate {
  const first = computeDueDate(startEvent, holidays);
  return rollToWorkingDay(addMonths(first.calendarEnd, 2), holidays);
}

/** Throws when an extension recorded on `recordedOn` would come too late, or without reasons. */
export function checkExtensionAllowed(
  startEvent: IsoDate,
  recordedOn: IsoDate,
  reason: string,
  holidays: Holidays = defaultHolidays,
): void {
  requireDate(recordedOn, 'The date the extension is recorded');
  // The reasons go to the person "together with the reasons for the delay" (Art. 12(3)).
  if (reason.trim().length === 0) throw new DomainError('extension.reason-required', {});
  const first = computeDueDate(startEvent, holidays);
  if (recordedOn > first.due)
    throw new DomainError('extension.too-late', { firstDue: first.due, recordedOn, daysLate: daysBetween(first.due, recordedOn) });
}

/** A suspension of the clock while the controller waits for information it asked for. */
export interface DeadlinePause {
  /** The day the clerk asked for identity information. */
  from: IsoDate;
  /** The day the information arrived; absent while still waiting. */
  until?: IsoDate;
}

export interface DeadlineInput {
  receivedOn: IsoDate;
  pauses?: readonly DeadlinePause[];
  /** The day an extension was recorded (it was checked against the first month then). */
  extendedOn?: IsoDate;
}

export type DeadlineState =
  | {
      state: 'running';
      /** The event the month is counted from: receipt, or the arrival of the identity information. */
      clockStart: IsoDate;
      first: RolledDate;
      extended?: RolledDate;
      /** The deadline in force: the extended one when there is an extension. */
      due: IsoDate;
    }
  | { state: 'paused'; since: IsoDate; clockStart: IsoDate };

/**
 * The deadline of a request, taking identity pauses into account. EDPB Guidelines 01/2022 on the right
 * of access (§§ 156–159): when the controller has reasonable doubts about the identity and asks for
 * more information, the time limit starts when that information is received. So while a pause is open
 * there is no running deadline, and once the information arrived the month is recomputed from that
 * day (the date of receipt of the request is kept too, for the register and the report).
 * The pause only moves the clock forward: information received before the request never shortens it.
 */
export function computeDeadline(input: DeadlineInput, holidays: Holidays = defaultHolidays): DeadlineState {
  requireDate(input.receivedOn, 'The date of receipt');
  let clockStart = input.receivedOn;
  for (const pause of input.pauses ?? []) {
    requireDate(pause.from, 'The start of a pause');
    if (pause.until === undefined) return { state: 'paused', since: pause.from, clockStart };
    requireDate(pause.until, 'The end of a pause');
    if (pause.until > clockStart) clockStart = pause.until;
  }
  const first = computeDueDate(clockStart, holidays);
  if (input.extendedOn === undefined) return { state: 'running', clockStart, first, due: first.due };
  const extended = computeExtendedDueDate(clockStart, holidays);
  return { state: 'running', clockStart, first, extended, due: extended.due };
}

/** Days left until the due date (0 = due today, negative = overdue by that many days). */
export function daysLeft(due: IsoDate, today: IsoDate): number {
  return daysBetween(today, due);
}

export function isOverdue(due: IsoDate, today: IsoDate): boolean {
  return today > due;
}
