import type { IsoDate } from '../dates/isoDate.ts';
import type { StoredRequest } from '../requests/requestTypes.ts';
import type { PauseRule } from './lawfulDeadline.ts';
import { computeLawfulDeadline } from './lawfulDeadline.ts';
import type { Holidays } from './publicHolidays.ts';

/**
 * The account of a request's deadline (issue 12.1), as the window's request view and
 * `inzage request show` both give it: the original due date, the lawful due date in force, every
 * pause with the reason recorded for it, and each pause or extension that was disregarded and why.
 * A deadline cannot be cured after the fact, so nothing on record is hidden: a disregarded pause
 * stays listed, with the rule it broke and the due date that was in force when it was asked for.
 */
export interface DeadlineAccount {
  /** One month from receipt (Art. 12(3)), before any pause or extension. */
  originalDue: IsoDate;
  /** The lawful due date in force; null while a lawful pause waits for identity information. */
  lawfulDue: IsoDate | null;
  /** While paused: the day the lawful pause began. */
  pausedSince: IsoDate | null;
  pauses: AccountPause[];
  extension: AccountExtension | null;
}

export interface AccountPause {
  from: IsoDate;
  until: IsoDate | null;
  by: string;
  /** The reason given when identity information was asked for (the status change that began the pause). */
  reason: string | null;
  /** Why the pause does not move the due date, and the due date in force when it was asked for; null when it counts. */
  disregarded: { rule: PauseRule; dueThen: IsoDate } | null;
}

export interface AccountExtension {
  recordedOn: IsoDate;
  by: string;
  reason: string;
  /** False when it was recorded after the first month had ended: it does not move the due date (Art. 12(3)). */
  counted: boolean;
  /** The lawful due date of the first month, against which the extension was judged. */
  firstDue: IsoDate | null;
}

export function deadlineAccount(
  request: Pick<StoredRequest, 'receivedOn' | 'pauses' | 'extension' | 'statusHistory'>,
  holidays: Holidays,
): DeadlineAccount {
  const lawful = computeLawfulDeadline(request, holidays);
  const { deadline } = lawful;
  const pauses = request.pauses.map((pause): AccountPause => {
    const asked = request.statusHistory.find((change) => change.to === 'identity-pending' && change.on === pause.from);
    const disregarded = lawful.disregarded.find((d) => d.pause.from === pause.from && d.pause.until === pause.until);
    return {
      from: pause.from,
      until: pause.until ?? null,
      by: pause.by,
      reason: asked?.reason ?? null,
      disregarded: disregarded ? { rule: disregarded.rule, dueThen: disregarded.dueThen } : null,
    };
  });
  return {
    originalDue: lawful.originalDue,
    lawfulDue: deadline.state === 'running' ? deadline.due : null,
    pausedSince: deadline.state === 'paused' ? deadline.since : null,
    pauses,
    extension: request.extension
      ? {
          recordedOn: request.extension.recordedOn,
          by: request.extension.by,
          reason: request.extension.reason,
          counted: !lawful.extensionDisregarded,
          firstDue: deadline.state === 'running' ? deadline.first.due : null,
        }
      : null,
  };
}
