import { statSync } from 'node:fs';
import { join } from 'node:path';
import { daysLeft } from '../../../shared/deadlines/computeDueDate.ts';
import { deadlineAccount } from '../../../shared/deadlines/deadlineAccount.ts';
import { extensionAvailability } from '../../../shared/deadlines/extensionAvailability.ts';
import type { Holidays } from '../../../shared/deadlines/publicHolidays.ts';
import { holidaysOf } from '../../../shared/deadlines/publicHolidays.ts';
import type { Redaction } from '../../../shared/extract/extractModel.ts';
import type { RequestDetail, RequestLetter, RequestSummary, UnavailableLetter } from '../../../shared/ipc/types.ts';
import { isDomainError } from '../../../shared/errors/domainError.ts';
import type { FixedLetter, LetterKind } from '../../../shared/letters/letterModel.ts';
import { letterKinds } from '../../../shared/letters/letterModel.ts';
import { buildLetter } from '../../../shared/letters/letterTemplates.ts';
import { renderLetterText } from '../../../shared/letters/renderLetterText.ts';
import type { Policy } from '../../../shared/policy/policySchema.ts';
import { allowedNextStatuses, finalStatuses } from '../../../shared/requests/requestStatus.ts';
import type { StoredRequest } from '../../../shared/requests/requestTypes.ts';
import type { AuditEntry } from '../audit/auditLog.ts';
import { formatAuditDetails } from './auditFormat.ts';
import { exportFolder, latestOutputs } from './recordedExport.ts';
import { requestDeadline } from '../requests/requestRepository.ts';
import type { ActingClerk } from '../store/useCaseDeps.ts';

/** A register row as the UI lists it: the deadline in force and the days left (Art. 12(3)). */
export function requestSummary(request: StoredRequest, today: string, holidays: Holidays): RequestSummary {
  const deadline = requestDeadline(request, holidays);
  const closed = finalStatuses.includes(request.status);
  const dueOn = deadline.state === 'running' ? deadline.due : null;
  return {
    id: request.reference,
    reference: request.reference,
    requesterName: request.requester.name,
    kind: request.kind,
    status: request.status,
    receivedOn: request.receivedOn,
    dueOn,
    daysLeft: closed || dueOn === null ? null : daysLeft(dueOn, today),
    paused: deadline.state === 'paused',
    extended: request.extension !== null,
    subjectCount: request.subjects.length,
  };
}

/**
 * The letters that apply to this request now, and those that would apply but cannot be made, with the
 * reason (an extension notice after the first month: letter.extension-too-late). One controller notice
 * per client the request was referred to.
 */
function applicableLetters(
  request: StoredRequest,
  policy: Policy,
  clerk: ActingClerk,
  today: string,
  fixedLetters: readonly FixedLetter[],
): { letters: RequestLetter[]; unavailable: UnavailableLetter[] } {
  const wanted: { id: string; kind: LetterKind; controllerId?: string }[] = letterKinds
    .filter(
      (kind) =>
        kind === 'acknowledgement' ||
        (kind === 'identity' && request.status === 'identity-pending') ||
        (kind === 'extension' && request.extension !== null) ||
        (kind === 'refusal' && request.status === 'refused') ||
        (kind === 'no-data' && request.outcome === 'no-data') ||
        (kind === 'processor-referral' && request.controllers.length > 0),
    )
    .map((kind) => ({ id: kind, kind }));
  for (const c of request.controllers)
    wanted.push({ id: `controller-notice:${c.controllerId}`, kind: 'controller-notice', controllerId: c.controllerId });
  const letters: RequestLetter[] = [];
  const unavailable: UnavailableLetter[] = [];
  const deadline = requestDeadline(request, holidaysOf(policy));
  // A fixed letter is what the person got (issue 14.8): shown as fixed, also when it would no longer apply.
  const fixedById = new Map(fixedLetters.map((f) => [f.letterId, f]));
  for (const f of fixedLetters) if (!wanted.some((w) => w.id === f.letterId)) wanted.push({ id: f.letterId, kind: f.letter.kind });
  for (const { id, kind, controllerId } of wanted) {
    const fixed = fixedById.get(id);
    if (fixed) {
      letters.push({
        id,
        title: fixed.letter.subject,
        body: renderLetterText(fixed.letter),
        warnings: fixed.letter.warnings,
        fixed: { on: fixed.fixedOn, by: fixed.fixedBy },
        freeParagraph: fixed.letter.freeParagraph,
      });
      continue;
    }
    try {
      const letter = buildLetter(kind, {
        request,
        deadline,
        policy,
        clerk: clerk.name,
        clerkRole: clerk.role,
        today,
        ...(controllerId ? { controllerId } : {}),
      });
      letters.push({
        id,
        title: letter.subject,
        body: renderLetterText(letter),
        warnings: letter.warnings,
        fixed: null,
        freeParagraph: null,
      });
    } catch (error) {
      // Not applicable in the request's present state; the window says why.
      if (isDomainError(error)) unavailable.push({ id, code: error.code, params: error.params });
      else throw error;
    }
  }
  return { letters, unavailable };
}

export function requestDetail(
  /** The audit entries about the request, oldest first (its history on screen). */
  auditTrail: readonly AuditEntry[],
  request: StoredRequest,
  policy: Policy,
  clerk: ActingClerk,
  today: string,
  outputFolder: string,
  /** The request's fixed letters (issue 14.8), shown as they were fixed. */
  fixedLetters: readonly FixedLetter[] = [],
): RequestDetail {
  const redactions: Redaction[] = request.redactions
    .filter((r) => !r.lifted && r.reason !== null)
    .map((r) => ({
      recordKind: r.recordKind,
      recordId: r.recordId,
      ...(r.field ? { field: r.field } : {}),
      reason: r.reason!,
      ...(r.note ? { note: r.note } : {}),
      by: r.by,
      on: r.on,
    }));
  const letters = applicableLetters(request, policy, clerk, today, fixedLetters);
  const account = deadlineAccount(request, holidaysOf(policy));
  return {
    ...requestSummary(request, today, holidaysOf(policy)),
    deadlineAccount: account,
    extension: extensionAvailability(account, request, today),
    language: request.language,
    channel: request.channel,
    requesterAddress: request.requester.address ?? null,
    requesterEmail: request.requester.email ?? null,
    identity: request.identity
      ? { method: request.identity.method, checkedOn: request.identity.checkedOn, checkedBy: request.identity.checkedBy }
      : null,
    allowedNext: [...allowedNextStatuses(request.status)],
    subjectIds: request.subjects.map((s) => s.subjectId),
    rejectedCandidates: request.rejectedCandidates.map(({ subjectId, reason, rejectedOn, rejectedBy }) => ({
      subjectId,
      reason,
      rejectedOn,
      rejectedBy,
    })),
    redactions,
    letters: letters.letters,
    unavailableLetters: letters.unavailable,
    outcome: request.outcome,
    representative: request.representative,
    controllers: request.controllers,
    history: auditTrail.map((e) => ({
      at: e.at,
      actor: e.actor,
      action: e.action,
      subjectId: e.subjectId,
      target: e.target,
      details: e.details,
      detail: [e.subjectId, e.target, formatAuditDetails(e.details)].filter(Boolean).join(' · '),
    })),
    exports:
      request.outputs.length === 0
        ? []
        : [
            {
              folder: exportFolder(outputFolder, request),
              files: latestOutputs(request).map((o) => ({
                name: o.fileName,
                bytes: fileSize(join(exportFolder(outputFolder, request), o.fileName)),
              })),
              createdAt: request.outputs.at(-1)!.createdAt,
            },
          ],
  };
}

function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
