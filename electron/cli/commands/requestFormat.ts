import { daysLeft } from '../../../shared/deadlines/computeDueDate.ts';
import type { DeadlineAccount } from '../../../shared/deadlines/deadlineAccount.ts';
import { deadlineAccount } from '../../../shared/deadlines/deadlineAccount.ts';
import { extensionAvailability } from '../../../shared/deadlines/extensionAvailability.ts';
import { fillPlaceholders } from '../../../shared/errors/errorMessages.ts';
import { cliErrorMessages } from '../cliErrorMessages.ts';
import type { Holidays } from '../../../shared/deadlines/publicHolidays.ts';
import { finalStatuses } from '../../../shared/requests/requestStatus.ts';
import type { StoredRequest } from '../../../shared/requests/requestTypes.ts';
import { requestDeadline } from '../../core/requests/requestRepository.ts';

/** The deadline at a glance: due date, days left (negative = overdue), or paused. */
export interface DeadlineSummary {
  due: string | null;
  daysLeft: number | null;
  overdue: boolean;
  paused: boolean;
  extended: boolean;
}

export function deadlineSummary(request: StoredRequest, today: string, holidays: Holidays): DeadlineSummary {
  const deadline = requestDeadline(request, holidays);
  if (deadline.state === 'paused') return { due: null, daysLeft: null, overdue: false, paused: true, extended: false };
  const open = !finalStatuses.includes(request.status);
  const left = daysLeft(deadline.due, today);
  return {
    due: deadline.due,
    daysLeft: open ? left : null,
    overdue: open && left < 0,
    paused: false,
    extended: deadline.extended !== undefined,
  };
}

export function deadlineText(summary: DeadlineSummary): string {
  if (summary.paused) return 'paused: waiting for identity information';
  if (summary.daysLeft === null) return `due ${summary.due}${summary.extended ? ' (extended)' : ''}`;
  const left =
    summary.daysLeft < 0
      ? `OVERDUE by ${-summary.daysLeft} day(s)`
      : summary.daysLeft === 0
        ? 'due TODAY'
        : `${summary.daysLeft} day(s) left`;
  return `due ${summary.due}${summary.extended ? ' (extended)' : ''}, ${left}`;
}

export function requestAsText(request: StoredRequest, today: string, holidays: Holidays): string {
  const lines = [
    `${request.reference}  ${request.status}${request.statusReason ? ` (${request.statusReason})` : ''}`,
    `received   ${request.receivedOn} by ${request.channel}; asks for ${request.kind}; language ${request.language}`,
    `requester  ${[request.requester.name, request.requester.address, request.requester.email].filter(Boolean).join(' | ')}`,
    `deadline   ${deadlineText(deadlineSummary(request, today, holidays))}`,
    `identity   ${
      request.identity
        ? `checked ${request.identity.checkedOn} by ${request.identity.checkedBy}: ${request.identity.method} (no copy kept)`
        : 'not verified'
    }`,
  ];
  if (request.representative) {
    const r = request.representative;
    lines.push(
      `represented by ${[r.name, r.address, r.email].filter(Boolean).join(' | ')} as ${r.capacity}; ` +
        `authority checked ${r.checkedOn} by ${r.checkedBy}: ${r.proof}`,
    );
  }
  if (request.outcome) lines.push(`outcome    ${request.outcome}`);
  for (const c of request.controllers) {
    const instruction = c.instruction ? `instruction ${c.instruction.kind} received ${c.instruction.receivedOn}` : 'no instruction yet';
    lines.push(`controller ${c.controllerId} ${c.name}: referred ${c.referredOn} by ${c.referredBy}; ${instruction}`);
  }
  const account = deadlineAccount(request, holidays);
  lines.push(...deadlineAccountLines(account));
  // Issue 14.7: the same judgement the window shows beside the extension action.
  const extension = extensionAvailability(account, request, today);
  if (!request.extension)
    lines.push(
      extension.allowed
        ? `extension  possible until ${extension.firstDue}`
        : `extension  not possible: ${fillPlaceholders(cliErrorMessages[extension.code], extension.params)}`,
    );
  for (const s of request.subjects)
    lines.push(`subject    ${s.subjectId} linked ${s.linkedOn} by ${s.linkedBy}; evidence ${JSON.stringify(s.evidence)}`);
  for (const c of request.rejectedCandidates) lines.push(`rejected   ${c.subjectId} on ${c.rejectedOn} by ${c.rejectedBy}: ${c.reason}`);
  for (const h of request.statusHistory)
    lines.push(`history    ${h.on} ${h.from ?? '–'} → ${h.to} by ${h.by}${h.reason ? `: ${h.reason}` : ''}`);
  for (const r of request.redactions)
    lines.push(`redaction  ${r.recordKind}:${r.recordId}:${r.field ?? '*'} ${r.lifted ? `lifted ${r.liftedOn}` : r.reason}`);
  for (const n of request.notes) lines.push(`note       ${n.at.slice(0, 10)} ${n.by}: ${n.text}`);
  for (const o of request.outputs) lines.push(`output     ${o.createdAt.slice(0, 10)} ${o.kind} ${o.fileName} sha256 ${o.sha256}`);
  return `${lines.join('\n')}\n`;
}

/**
 * The original due date, every pause with its reason and each pause or extension that does not count
 * and why (issue 12.1: a deadline cannot be cured after the fact); the window shows the same account.
 */
export function deadlineAccountLines(account: DeadlineAccount): string[] {
  const lines = [
    `original   due ${account.originalDue} (one month from receipt); lawful due ${
      account.lawfulDue ?? `none while paused since ${account.pausedSince}`
    }`,
  ];
  for (const p of account.pauses) {
    const why =
      p.disregarded === null
        ? 'counts'
        : p.disregarded.rule === 'after-due'
          ? `DISREGARDED: asked after the due date ${p.disregarded.dueThen} had passed`
          : `DISREGARDED: asked after the identity had been verified (due date then ${p.disregarded.dueThen})`;
    lines.push(`pause      identity: ${p.from} → ${p.until ?? 'still waiting'} by ${p.by}; reason: ${p.reason ?? 'none recorded'}; ${why}`);
  }
  const x = account.extension;
  if (x) {
    const why = x.counted ? 'counts' : `DISREGARDED: recorded after the first month ended on ${x.firstDue}`;
    lines.push(`extension  recorded ${x.recordedOn} by ${x.by}: ${x.reason}; ${why}`);
  }
  return lines;
}
