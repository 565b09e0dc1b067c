import type { CellValue, RecordTable } from '../db/recordTables.ts';
import type { IsoDate } from '../../../shared/dates/isoDate.ts';
import { addDays, toEpochDay } from '../../../shared/dates/isoDate.ts';
import { Random } from './random.ts';

/** Where generated rows go: the database when seeding, an array when benchmarking the bare insert loop. */
export interface DemoSink {
  add(table: RecordTable, values: CellValue[]): void;
}

/** Shared state of one generator run: the random stream, the sink, the id counters and the clock. */
export class DemoContext {
  readonly random: Random;
  private readonly counters = new Map<string, number>();
  private readonly referenceEpochDay: number;

  constructor(
    readonly sink: DemoSink,
    seed: string,
    /** The demo's "today": fixed, so that the same seed gives the same database on any day. */
    readonly referenceDate: IsoDate,
  ) {
    this.random = new Random(seed);
    this.referenceEpochDay = toEpochDay(referenceDate);
  }

  /** The next id of a series: `S0000001`, `PAY0000001`, … */
  nextId(prefix: string, width = 7): string {
    const next = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, next);
    return prefix + String(next).padStart(width, '0');
  }

  count(prefix: string): number {
    return this.counters.get(prefix) ?? 0;
  }

  /** A date between `fromDaysAgo` and `toDaysAgo` days before the reference date. */
  daysAgo(fromDaysAgo: number, toDaysAgo = fromDaysAgo): IsoDate {
    return addDays(this.referenceDate, -this.random.int(toDaysAgo, fromDaysAgo));
  }

  /** A date `min`..`max` days after `date`, but never after the reference date. */
  after(date: IsoDate, min: number, max: number): IsoDate {
    const day = Math.min(toEpochDay(date) + this.random.int(min, max), this.referenceEpochDay);
    return addDays('1970-01-01', day);
  }

  isPast(date: IsoDate): boolean {
    return toEpochDay(date) < this.referenceEpochDay;
  }
}
