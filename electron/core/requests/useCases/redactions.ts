import { DomainError } from '../../../../shared/errors/domainError.ts';
import type { RedactionReason } from '../../../../shared/extract/extractModel.ts';
import { redactionReasonSchema } from '../../../../shared/extract/extractModel.ts';
import { automaticRedactions, profileRecordKeys, redactionKey, redactionTargetProblem } from '../../../../shared/extract/redactions.ts';
import type { StoredRequest } from '../../../../shared/requests/requestTypes.ts';
import type { UseCaseDeps } from '../../store/useCaseDeps.ts';
import { inRequestTransaction, loadOpenRequest, reload } from './requestUseCase.ts';

export interface RedactionKey {
  recordKind: string;
  recordId: string;
  /** Absent: the whole record. */
  field?: string | undefined;
}

export interface RedactionInput extends RedactionKey {
  reason: RedactionReason;
  note?: string | undefined;
}

const target = (key: RedactionKey) => `${key.recordKind}:${key.recordId}:${key.field ?? '*'}`;

/**
 * Art. 15(4): withholds a field or a whole record from the copy, with the reason given to the person.
 * It must name a record of the request's linked subjects (and a field its kind has): a typo would be
 * listed as active while hiding nothing, and the third party's data would go out.
 */
export async function redact(deps: UseCaseDeps, reference: string, input: RedactionInput): Promise<StoredRequest> {
  const reason = redactionReasonSchema.safeParse(input.reason);
  if (!reason.success)
    throw new DomainError('redaction.unknown-reason', { reason: String(input.reason), allowed: redactionReasonSchema.options.join(', ') });
  return inRequestTransaction(deps, async (tx) => {
    const request = await loadOpenRequest(tx.store, reference);
    const records = profileRecordKeys(await tx.store.records.subjectProfile(request.subjects.map((s) => s.subjectId)));
    const problem = redactionTargetProblem(deps.register, records, input);
    if (problem === 'record-not-found')
      throw new DomainError('redaction.record-not-found', { reference, record: `${input.recordKind}:${input.recordId}` });
    if (problem === 'field-unknown')
      throw new DomainError('redaction.field-unknown', { reference, recordKind: input.recordKind, field: input.field ?? '' });
    requireNoteForOther(reference, reason.data, input.note);
    await tx.store.requests.addRedaction(reference, {
      recordKind: input.recordKind,
      recordId: input.recordId,
      field: input.field ?? null,
      reason: reason.data,
      note: input.note?.trim() || null,
      by: tx.clerk,
      on: tx.today,
      lifted: null,
    });
    await tx.audit({ action: 'record.redact', requestRef: reference, target: target(input), details: { reason: reason.data } });
    return reload(tx, reference);
  });
}

/**
 * "Other" says nothing by itself, yet the person is owed the reason for what is withheld (Art. 15(4),
 * EDPB 01/2022 § 172): with that reason the clerk's note is the explanation, so it is required.
 */
export function requireNoteForOther(reference: string, reason: RedactionReason, note: string | undefined): void {
  if (reason === 'other' && !note?.trim()) throw new DomainError('redaction.note-required', { reference });
}

/** Lifting an automatic withholding discloses another person's data: the clerk says why and confirms it. */
export interface LiftInput extends RedactionKey {
  reason?: string | undefined;
  confirmed?: boolean | undefined;
}

/**
 * Lifts a redaction: the clerk's own one on that record and field (taking back their own decision), or
 * else an automatic one, which withholds another person's data (Art. 15(4)): that needs a reason, which
 * is recorded (in the lifted row's note) and printed in the extract, and an explicit confirmation. A key
 * that names no withholding of this request is refused: a lift that lifts nothing would still be listed.
 */
export async function liftRedaction(deps: UseCaseDeps, reference: string, input: LiftInput): Promise<StoredRequest> {
  return inRequestTransaction(deps, async (tx) => {
    const request = await loadOpenRequest(tx.store, reference);
    const field = input.field ?? null;
    const own = request.redactions.filter(
      (r) => !r.lifted && r.reason !== null && r.recordKind === input.recordKind && r.recordId === input.recordId && r.field === field,
    );
    const lift = { by: tx.clerk, on: tx.today };
    if (own.length > 0) {
      await tx.store.requests.liftRedactions(
        own.map((r) => r.id),
        lift,
      );
      await tx.audit({ action: 'record.lift-redaction', requestRef: reference, target: target(input) });
      return reload(tx, reference);
    }
    const profile = await tx.store.records.subjectProfile(request.subjects.map((s) => s.subjectId));
    const automatic = automaticRedactions(deps.register, profile, tx.today).some((r) => redactionKey(r) === target(input));
    if (!automatic) throw new DomainError('redaction.lift-nothing', { reference, target: target(input) });
    const reason = input.reason?.trim() ?? '';
    if (reason === '') throw new DomainError('redaction.lift-reason-required', { reference, target: target(input) });
    if (input.confirmed !== true) throw new DomainError('redaction.lift-unconfirmed', { reference, target: target(input) });
    await tx.store.requests.addRedaction(reference, {
      recordKind: input.recordKind,
      recordId: input.recordId,
      field,
      reason: null,
      note: reason,
      by: tx.clerk,
      on: tx.today,
      lifted: lift,
    });
    // The reason is free text and may name people: it stays in the request register, not in the audit trail.
    await tx.audit({ action: 'record.lift-redaction', requestRef: reference, target: target(input), details: { automatic: true } });
    return reload(tx, reference);
  });
}
