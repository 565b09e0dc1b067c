import type { IsoDate } from '../dates/isoDate.ts';
import { daysBetween } from '../dates/isoDate.ts';
import { DomainError } from '../errors/domainError.ts';
import type { StoredRequest } from '../requests/requestTypes.ts';
import type { DeadlinePause, DeadlineState } from './computeDueDate.ts';
import { computeDeadline, computeDueDate } from './computeDueDate.ts';
import type { Holidays } from './publicHolidays.ts';
import { defaultHolidays } from './publicHolidays.ts';

/**
 * The lawful due date: a deadline cannot be cured after the fact (issue 12). A pause for identity
 * information (EDPB 01/2022 §§ 65–79; the month then runs from the day the information arrives) is
 * only lawful when it was asked for
 *  - on or before the due date then in force: once the period has ended (Reg. 1182/71 art. 3(2)(c):
 *    at the end of the due day) the answer is late, and asking for identity afterwards changes nothing;
 *  - while the identity was still unverified: a controller that has verified the identity has no
 *    "reasonable doubts" (Art. 12(6)) left to justify asking again.
 * The use cases refuse such pauses; registers written before may still hold them. They are kept on
 * record (every pause and its status change stay), but they do not move the due date, so the
 * window, the command line and the report all judge "in time" against the same lawful date.
 * An extension counts only when it was recorded on or before the lawful first month's end (Art. 12(3)).
 */

export type PauseRule = 'after-due' | 'identity-verified';

export interface LawfulPause extends DeadlinePause {
  /** True when the identity had been verified when this pause was asked for. */
  identityVerifiedWhenAsked?: boolean;
}

export interface LawfulDeadlineInput {
  receivedOn: IsoDate;
  pauses: readonly LawfulPause[];
  extendedOn?: IsoDate;
}

export interface LawfulDeadline {
  /** One month from receipt (Art. 12(3)): the due date before any pause or extension. */
  originalDue: IsoDate;
  deadline: DeadlineState;
  /** Pauses on record that do not move the due date, with the rule they broke and the due date then. */
  disregarded: { pause: DeadlinePause; rule: PauseRule; dueThen: IsoDate }[];
  extensionDisregarded: boolean;
}

/** The due date in force on `day`, from the lawful pauses so far (and an extension recorded by then). */
function dueOn(
  receivedOn: IsoDate,
  pauses: readonly DeadlinePause[],
  extendedOn: IsoDate | undefined,
  day: IsoDate,
  holidays: Holidays,
): IsoDate {
  const state = computeDeadline({ receivedOn, pauses, ...(extendedOn !== undefined && extendedOn <= day ? { extendedOn } : {}) }, holidays);
  return state.state === 'running' ? state.due : day;
}

/** `holidays`: the register's (holidaysOf); the statutory Dutch list only where no register is at hand. */
export function computeLawfulDeadlineFrom(input: LawfulDeadlineInput, holidays: Holidays = defaultHolidays): LawfulDeadline {
  const lawful: DeadlinePause[] = [];
  const disregarded: LawfulDeadline['disregarded'] = [];
  for (const pause of [...input.pauses].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))) {
    const dueThen = dueOn(input.receivedOn, lawful, input.extendedOn, pause.from, holidays);
    const plain: DeadlinePause = pause.until === undefined ? { from: pause.from } : { from: pause.from, until: pause.until };
    const { identityVerifiedWhenAsked, ...kept } = pause;
    if (identityVerifiedWhenAsked) disregarded.push({ pause: kept, rule: 'identity-verified', dueThen });
    else if (pause.from > dueThen) disregarded.push({ pause: kept, rule: 'after-due', dueThen });
    else lawful.push(plain);
  }
  const withoutExtension = computeDeadline({ receivedOn: input.receivedOn, pauses: lawful }, holidays);
  const extensionDisregarded =
    input.extendedOn !== undefined && withoutExtension.state === 'running' && input.extendedOn > withoutExtension.first.due;
  const deadline =
    input.extendedOn !== undefined && !extensionDisregarded
      ? computeDeadline({ receivedOn: input.receivedOn, pauses: lawful, extendedOn: input.extendedOn }, holidays)
      : withoutExtension;
  return { originalDue: computeDueDate(input.receivedOn, holidays).due, deadline, disregarded, extensionDisregarded };
}

/** Statuses that can only be reached with a verified identity (shared/requests/requestStatus.ts). */
const verifiedStatuses: readonly string[] = ['in-progress', 'ready', 'sent'];

/**
 * A stored request's lawful deadline. Whether the identity was verified when a pause began is read
 * from the status history, not from identity.checkedOn: a later check overwrites that date, and a
 * pause asked for from "in-progress" or "ready" (statuses that require a verified identity) came after
 * a verification however the dates fall.
 */
export function computeLawfulDeadline(
  request: Pick<StoredRequest, 'receivedOn' | 'pauses' | 'extension' | 'statusHistory'>,
  holidays: Holidays = defaultHolidays,
): LawfulDeadline {
  const firstVerified = request.statusHistory.find((change) => verifiedStatuses.includes(change.to))?.at;
  const pauses = request.pauses.map((pause): LawfulPause => {
    const asked = request.statusHistory.find((change) => change.to === 'identity-pending' && change.on === pause.from);
    const verified =
      (asked?.from !== undefined && asked.from !== null && verifiedStatuses.includes(asked.from)) ||
      (asked !== undefined && firstVerified !== undefined && firstVerified < asked.at);
    return { ...pause, identityVerifiedWhenAsked: verified };
  });
  return computeLawfulDeadlineFrom(
    {
      receivedOn: request.receivedOn,
      pauses,
      ...(request.extension ? { extendedOn: request.extension.recordedOn } : {}),
    },
    holidays,
  );
}

/**
 * Refuses a pause for identity information that would not be lawful (see above); the refusal's
 * window text says which rule, in words.
 */
export function checkPauseAllowed(
  reference: string,
  request: Pick<StoredRequest, 'receivedOn' | 'pauses' | 'extension' | 'statusHistory' | 'identity'>,
  today: IsoDate,
  holidays: Holidays = defaultHolidays,
): void {
  if (request.identity) throw new DomainError('pause.identity-verified', { reference, checkedOn: request.identity.checkedOn });
  const { deadline } = computeLawfulDeadline(request, holidays);
  if (deadline.state === 'running' && today > deadline.due)
    throw new DomainError('pause.after-due', { reference, due: deadline.due, today, daysLate: daysBetween(deadline.due, today) });
}
