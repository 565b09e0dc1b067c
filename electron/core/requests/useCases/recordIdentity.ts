import type { IsoDate } from '../../../../shared/dates/isoDate.ts';
import { isIsoDate } from '../../../../shared/dates/isoDate.ts';
import { DomainError } from '../../../../shared/errors/domainError.ts';
import type { StoredRequest } from '../../../../shared/requests/requestTypes.ts';
import type { UseCaseDeps } from '../../store/useCaseDeps.ts';
import { applyStatusChange } from './changeStatus.ts';
import { inRequestTransaction, loadOpenRequest, reload } from './requestUseCase.ts';

export interface IdentityInput {
  /** How it was checked, e.g. "ID card shown at the desk, no copy kept". */
  method: string;
  /** The day the identity information arrived (default: today); an open pause ends on that day. */
  informationReceivedOn?: IsoDate;
}

/**
 * Records that the identity was checked: method, date, by whom, and that no copy of the document was
 * kept (there is nowhere to keep one; EDPB 01/2022 §§73–79). An open identity pause ends on the day
 * the information arrived, and the month runs on from there (resume). The check is what lets the work
 * start, so a request still "received" or "identity-pending" moves on to "in-progress" in the same
 * transaction: the app and the command line both do this (issue 11: one behaviour per action).
 */
export async function recordIdentity(deps: UseCaseDeps, reference: string, input: IdentityInput): Promise<StoredRequest> {
  const method = input.method.trim();
  if (!method) throw new DomainError('identity.method-required', { reference });
  return inRequestTransaction(deps, async (tx) => {
    const arrived = input.informationReceivedOn ?? tx.today;
    if (!isIsoDate(arrived)) throw new DomainError('input.invalid', { field: 'informationReceivedOn', problem: 'expected YYYY-MM-DD' });
    if (arrived > tx.today) throw new DomainError('identity.arrived-in-future', { reference, arrived, today: tx.today });
    const request = await loadOpenRequest(tx.store, reference);
    const open = request.pauses.find((pause) => pause.until === undefined);
    if (open) {
      if (arrived < open.from) throw new DomainError('identity.arrived-before-asked', { reference, arrived, askedOn: open.from });
      await tx.store.requests.endPause(reference, arrived);
    }
    await tx.store.requests.setIdentity(reference, { method, checkedOn: tx.today, checkedBy: tx.clerk });
    await tx.audit({ action: 'request.identity', requestRef: reference, details: { noCopyKept: true, pauseEnded: open ? arrived : null } });
    if (request.status === 'received' || request.status === 'identity-pending') {
      await applyStatusChange(tx, await reload(tx, reference), 'in-progress');
    }
    return reload(tx, reference);
  });
}
