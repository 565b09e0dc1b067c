import type { IsoDate } from '../../../shared/dates/isoDate.ts';
import { isIsoDate, parseIsoDate } from '../../../shared/dates/isoDate.ts';
import type { DeadlineState } from '../../../shared/deadlines/computeDueDate.ts';
import { checkExtensionAllowed, computeDeadline } from '../../../shared/deadlines/computeDueDate.ts';
import type { RequestStatus } from '../../../shared/requests/requestStatus.ts';
import { checkExtensionStatus, checkTransition, finalStatuses } from '../../../shared/requests/requestStatus.ts';
import type { NewRequest, StoredRequest } from '../../../shared/requests/requestTypes.ts';
import { formatReference, newRequestSchema } from '../../../shared/requests/requestTypes.ts';
import { appendAudit } from '../audit/auditLog.ts';
import type { Db } from '../db/openDatabase.ts';
import { requestRow, storedRequest } from './requestRows.ts';

/**
 * The request register's use cases. Each runs in one transaction and appends its audit entry in that
 * same transaction, so the register and the audit trail never disagree (Art. 5(2) GDPR).
 */

/** Who acts, and on which day (the business date; the audit entry carries the real clock time). */
export interface Actor {
  clerk: string;
  today: IsoDate;
  now?: Date;
}

/** A request was refused by the rules (bad transition, late extension, …): nothing was written. */
export class RequestRuleError extends Error {
  override readonly name = 'RequestRuleError';
}

function checkActor(actor: Actor): void {
  if (!actor.clerk.trim()) throw new RequestRuleError('Who is acting? Give --clerk NAME or set INZAGE_CLERK.');
  if (!isIsoDate(actor.today)) throw new RangeError(`today is not a calendar date: "${actor.today}"`);
}

export function getRequest(db: Db, reference: string): StoredRequest {
  return storedRequest(db, requestRow(db, reference));
}

export function listRequests(db: Db, options: { statuses?: readonly RequestStatus[] } = {}): StoredRequest[] {
  const rows = db.prepare('SELECT * FROM requests ORDER BY received_on, reference').all() as Parameters<typeof storedRequest>[1][];
  return rows.filter((row) => !options.statuses || options.statuses.includes(row.status)).map((row) => storedRequest(db, row));
}

/** The deadline of a stored request, with identity pauses and any extension (shared/deadlines). */
export function requestDeadline(request: Pick<StoredRequest, 'receivedOn' | 'pauses' | 'extension'>): DeadlineState {
  return computeDeadline({
    receivedOn: request.receivedOn,
    pauses: request.pauses,
    ...(request.extension ? { extendedOn: request.extension.recordedOn } : {}),
  });
}

export function createRequest(db: Db, input: NewRequest, actor: Actor): StoredRequest {
  checkActor(actor);
  const parsed = newRequestSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new RequestRuleError(`Invalid request: ${issue.path.join('.') || 'input'}: ${issue.message}`);
  }
  const request = parsed.data;
  if (request.receivedOn > actor.today)
    throw new RequestRuleError(`The date of receipt ${request.receivedOn} lies in the future (today is ${actor.today}).`);
  const at = (actor.now ?? new Date()).toISOString();
  return db.transaction(() => {
    const year = parseIsoDate(request.receivedOn).year;
    const next = (db.prepare('SELECT coalesce(max(ref_number), 0) + 1 AS n FROM requests WHERE ref_year = ?').get(year) as { n: number }).n;
    const reference = formatReference(year, next);
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO requests (reference, ref_year, ref_number, received_on, channel, kind, language, requester_name, requester_address, requester_email, status, created_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'received', ?, ?)`,
      )
      .run(
        reference,
        year,
        next,
        request.receivedOn,
        request.channel,
        request.kind,
        request.language,
        request.requester.name,
        request.requester.address ?? null,
        request.requester.email ?? null,
        actor.clerk,
        at,
      );
    db.prepare(
      'INSERT INTO request_status_history (request_id, from_status, to_status, reason, changed_on, changed_by, changed_at) VALUES (?, NULL, ?, NULL, ?, ?, ?)',
    ).run(lastInsertRowid, 'received', actor.today, actor.clerk, at);
    appendAudit(
      db,
      {
        actor: actor.clerk,
        action: 'request.create',
        requestRef: reference,
        details: { receivedOn: request.receivedOn, channel: request.channel, kind: request.kind },
      },
      actor.now,
    );
    return getRequest(db, reference);
  })();
}

/**
 * Moves a request to another status, if the transition table allows it. Going to "identity-pending"
 * opens a pause of the deadline (EDPB 01/2022 §§156ff); closing a request records the day it closed.
 */
export function changeStatus(db: Db, reference: string, to: RequestStatus, options: { reason?: string }, actor: Actor): StoredRequest {
  checkActor(actor);
  return db.transaction(() => {
    const row = requestRow(db, reference);
    const check = checkTransition(row.status, to, { identityVerified: row.identity_method !== null, reason: options.reason });
    if (!check.ok) throw new RequestRuleError(`${reference}: ${check.message}`);
    const at = (actor.now ?? new Date()).toISOString();
    const reason = options.reason?.trim() || null;
    const closedOn = finalStatuses.includes(to) ? actor.today : null;
    db.prepare('UPDATE requests SET status = ?, status_reason = ?, closed_on = ? WHERE id = ?').run(to, reason, closedOn, row.id);
    db.prepare(
      'INSERT INTO request_status_history (request_id, from_status, to_status, reason, changed_on, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ).run(row.id, row.status, to, reason, actor.today, actor.clerk, at);
    if (to === 'identity-pending') {
      db.prepare("INSERT INTO request_pauses (request_id, reason, from_on, by) VALUES (?, 'identity', ?, ?)").run(
        row.id,
        actor.today,
        actor.clerk,
      );
    } else if (row.status === 'identity-pending') {
      // Leaving identity-pending without a new identity record (the clerk is satisfied, or the request
      // closes): the pause ends today, so the clock does not stay suspended for ever.
      db.prepare('UPDATE request_pauses SET until_on = ? WHERE request_id = ? AND until_on IS NULL').run(actor.today, row.id);
    }
    // The reason text may describe the person; the log keeps only that there was one.
    appendAudit(
      db,
      {
        actor: actor.clerk,
        action: 'request.status',
        requestRef: reference,
        target: to,
        details: { from: row.status, reasonGiven: reason !== null },
      },
      actor.now,
    );
    return getRequest(db, reference);
  })();
}

/**
 * Records that the identity was checked: method, date, by whom, and that no copy of the document was
 * kept (there is nowhere to keep one). An open identity pause ends on the day the information arrived
 * (`informationReceivedOn`, default: the day of the check); the month then runs from that day.
 */
export function recordIdentityCheck(
  db: Db,
  reference: string,
  input: { method: string; informationReceivedOn?: IsoDate },
  actor: Actor,
): StoredRequest {
  checkActor(actor);
  const method = input.method.trim();
  if (!method)
    throw new RequestRuleError('Say how the identity was checked (--method "…"), e.g. "ID card shown at the desk, no copy kept".');
  const arrived = input.informationReceivedOn ?? actor.today;
  if (!isIsoDate(arrived)) throw new RangeError(`the date the information arrived is not a calendar date: "${arrived}"`);
  if (arrived > actor.today)
    throw new RequestRuleError(`The identity information cannot arrive in the future (${arrived}, today is ${actor.today}).`);
  return db.transaction(() => {
    const row = requestRow(db, reference);
    if (finalStatuses.includes(row.status)) throw new RequestRuleError(`${reference}: the request is "${row.status}" and closed.`);
    const open = db.prepare('SELECT id, from_on FROM request_pauses WHERE request_id = ? AND until_on IS NULL').get(row.id) as
      { id: number; from_on: string } | undefined;
    if (open) {
      if (arrived < open.from_on)
        throw new RequestRuleError(
          `${reference}: the information cannot have arrived (${arrived}) before it was asked for (${open.from_on}).`,
        );
      db.prepare('UPDATE request_pauses SET until_on = ? WHERE id = ?').run(arrived, open.id);
    }
    db.prepare(
      'UPDATE requests SET identity_method = ?, identity_checked_on = ?, identity_checked_by = ?, identity_no_copy_kept = 1 WHERE id = ?',
    ).run(method, actor.today, actor.clerk, row.id);
    appendAudit(
      db,
      {
        actor: actor.clerk,
        action: 'request.identity',
        requestRef: reference,
        details: { noCopyKept: true, pauseEnded: open ? arrived : null },
      },
      actor.now,
    );
    return getRequest(db, reference);
  })();
}

/**
 * Extends the deadline by two further months (Art. 12(3)): only with reasons, only while the request
 * is open, and only on or before the last day of the first month. The person must be told (the
 * extension letter); recording the extension is the moment that decision is made.
 */
export function recordExtension(db: Db, reference: string, reason: string, actor: Actor): StoredRequest {
  checkActor(actor);
  return db.transaction(() => {
    const request = getRequest(db, reference);
    const status = checkExtensionStatus(request.status);
    if (!status.ok) throw new RequestRuleError(`${reference}: ${status.message}`);
    if (request.extension)
      throw new RequestRuleError(
        `${reference}: already extended on ${request.extension.recordedOn}; Art. 12(3) allows one extension of two months.`,
      );
    const deadline = requestDeadline(request);
    if (deadline.state === 'paused') {
      throw new RequestRuleError(
        `${reference}: the deadline is suspended while waiting for identity information (since ${deadline.since}); there is nothing to extend yet.`,
      );
    }
    try {
      checkExtensionAllowed(deadline.clockStart, actor.today, reason);
    } catch (error) {
      throw new RequestRuleError(`${reference}: ${(error as Error).message}`);
    }
    db.prepare('UPDATE requests SET extension_reason = ?, extension_recorded_on = ?, extension_by = ? WHERE reference = ?').run(
      reason.trim(),
      actor.today,
      actor.clerk,
      reference,
    );
    appendAudit(
      db,
      { actor: actor.clerk, action: 'request.extend', requestRef: reference, details: { firstDue: deadline.first.due } },
      actor.now,
    );
    return getRequest(db, reference);
  })();
}
