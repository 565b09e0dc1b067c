import type { IsoDate } from '../../../shared/dates/isoDate.ts';
import { localIsoDate } from '../../../shared/dates/isoDate.ts';

/**
 * The one source of time in the core (docs/architecture.md § One clock): the clerk's local day for
 * deadlines and the instant for audit entries and records. The app, the CLI and the tests each pass
 * their own; nothing in the core calls `new Date()` itself.
 */
export interface Clock {
  /** The clerk's local calendar day, YYYY-MM-DD. */
  today(): IsoDate;
  /** The current instant (audit timestamps, "recorded at"). */
  now(): Date;
}

/** The system clock; `fixedToday` replays another day (INZAGE_TODAY, tests) while instants stay real. */
export function systemClock(fixedToday?: IsoDate): Clock {
  return {
    today: () => fixedToday ?? localIsoDate(new Date()),
    now: () => new Date(),
  };
}

/** A clock that stands still (tests): the same day and instant every call. */
export function fixedClock(today: IsoDate, instant: Date = new Date(`${today}T09:00:00Z`)): Clock {
  return { today: () => today, now: () => new Date(instant.getTime()) };
}
