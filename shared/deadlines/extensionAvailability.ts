import type { IsoDate } from '../dates/isoDate.ts';
import { daysBetween } from '../dates/isoDate.ts';
import type { ErrorCode } from '../errors/errorCodes.ts';
import type { RequestStatus } from '../requests/requestStatus.ts';
import { checkExtensionStatus } from '../requests/requestStatus.ts';
import type { DeadlineAccount } from './deadlineAccount.ts';

export type ExtensionRefusalCode = Extract<ErrorCode, 'extension.closed' | 'extension.already' | 'extension.paused' | 'extension.too-late'>;

/** Whether the two-month extension can still be recorded today, and if not, why (an error code with its params, no words). */
export type ExtensionAvailability =
  { allowed: true; firstDue: IsoDate } | { allowed: false; code: ExtensionRefusalCode; params: Record<string, string> };

/**
 * The extension of Art. 12(3) from the deadline account, the same rules the extendDeadline use case
 * enforces, in the same order: only while the request is open, once, not while the clock is paused,
 * and only on or before the last day of the (lawful) first month. The window offers the action only
 * when it is allowed and otherwise shows the reason beside it; `inzage request show` prints the same.
 */
export function extensionAvailability(
  account: DeadlineAccount,
  request: { reference: string; status: RequestStatus },
  today: IsoDate,
): ExtensionAvailability {
  const { reference } = request;
  const status = checkExtensionStatus(reference, request.status);
  if (!status.ok) return { allowed: false, code: 'extension.closed', params: { reference, status: request.status } };
  if (account.extension)
    return { allowed: false, code: 'extension.already', params: { reference, recordedOn: account.extension.recordedOn } };
  if (account.lawfulDue === null)
    return { allowed: false, code: 'extension.paused', params: { reference, since: account.pausedSince ?? '' } };
  // Without an extension the lawful due date in force is the first month's end.
  const firstDue = account.lawfulDue;
  if (today > firstDue)
    return {
      allowed: false,
      code: 'extension.too-late',
      params: { reference, firstDue, recordedOn: today, daysLate: String(daysBetween(firstDue, today)) },
    };
  return { allowed: true, firstDue };
}
