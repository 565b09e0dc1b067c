import { DomainError } from '../../../../shared/errors/domainError.ts';
import type { RedactionReason } from '../../../../shared/extract/extractModel.ts';
import { redactionReasonSchema } from '../../../../shared/extract/extractModel.ts';
import type { WithheldCase } from '../../../../shared/extract/reviewDecisions.ts';
import { automaticRedactions } from '../../../../shared/extract/redactions.ts';
import type { ProfileRecords } from '../../../../shared/extract/subjectProfile.ts';
import type { UseCaseDeps } from '../../store/useCaseDeps.ts';
import { requireNoteForOther } from './redactions.ts';
import { inRequestTransaction, loadOpenRequest } from './requestUseCase.ts';

export interface WithholdCaseInput {
  caseId: string;
  reason: RedactionReason;
  note?: string | undefined;
}

/** Records newly withheld; those already withheld as a whole are left as they were. */
export type { WithheldCase };

/**
 * Art. 15(4): withholds every record of one case file from the copy at once (a file under legal privilege,
 * a client's confidential case), with one reason, as whole-record redactions the clerk can lift one by one.
 * One audit entry for the one decision: the case and the number of records, never the list of ids (issue 14.3).
 */
export async function withholdCase(deps: UseCaseDeps, reference: string, input: WithholdCaseInput): Promise<WithheldCase> {
  const reason = redactionReasonSchema.safeParse(input.reason);
  if (!reason.success)
    throw new DomainError('redaction.unknown-reason', { reason: String(input.reason), allowed: redactionReasonSchema.options.join(', ') });
  requireNoteForOther(reference, reason.data, input.note);
  return inRequestTransaction(deps, async (tx) => {
    const request = await loadOpenRequest(tx.store, reference);
    const profile = await tx.store.records.subjectProfile(request.subjects.map((s) => s.subjectId));
    const inCase = [
      ...caseRecordKeys(profile.records, input.caseId),
      ...profile.thirdParties.flatMap((p) => caseRecordKeys(p.records, input.caseId)),
    ];
    if (inCase.length === 0) throw new DomainError('redaction.case-not-found', { reference, caseId: input.caseId });
    const alreadyWhole = new Set([
      ...request.redactions.filter((r) => !r.lifted && r.reason !== null && r.field === null).map((r) => `${r.recordKind}:${r.recordId}`),
      ...automaticRedactions(deps.register, profile, tx.today)
        .filter((r) => r.field === undefined)
        .map((r) => `${r.recordKind}:${r.recordId}`),
    ]);
    const note = input.note?.trim() || null;
    let count = 0;
    const distinct = new Map(inCase.map((r) => [`${r.recordKind}:${r.recordId}`, r]));
    for (const [key, { recordKind, recordId }] of distinct) {
      if (alreadyWhole.has(key)) continue;
      await tx.store.requests.addRedaction(reference, {
        recordKind,
        recordId,
        field: null,
        reason: reason.data,
        note,
        by: tx.clerk,
        on: tx.today,
        lifted: null,
      });
      count += 1;
    }
    await tx.audit({
      action: 'record.withhold-case',
      requestRef: reference,
      target: `case:${input.caseId}`,
      details: { reason: reason.data, count },
    });
    return { caseId: input.caseId, count };
  });
}

/** The records of one case file: the case itself and every row that names it. */
function caseRecordKeys(records: ProfileRecords, caseId: string): { recordKind: string; recordId: string }[] {
  const out: { recordKind: string; recordId: string }[] = [];
  for (const [table, rows] of Object.entries(records)) {
    for (const row of rows ?? []) {
      const belongs =
        table === 'cases' ? String(row.id) === caseId : row.case_id !== null && row.case_id !== undefined && String(row.case_id) === caseId;
      if (belongs) out.push({ recordKind: table, recordId: String(row.id) });
    }
  }
  return out;
}
