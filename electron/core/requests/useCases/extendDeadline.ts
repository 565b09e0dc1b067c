import { checkExtensionAllowed } from '../../../../shared/deadlines/computeDueDate.ts';
import { holidaysOf } from '../../../../shared/deadlines/publicHolidays.ts';
import { DomainError, isDomainError } from '../../../../shared/errors/domainError.ts';
import { checkExtensionStatus } from '../../../../shared/requests/requestStatus.ts';
import type { StoredRequest } from '../../../../shared/requests/requestTypes.ts';
import type { UseCaseDeps } from '../../store/useCaseDeps.ts';
import { requestDeadline } from '../requestRepository.ts';
import { inRequestTransaction, loadRequest, reload } from './requestUseCase.ts';

/**
 * Extends the deadline by two further months (Art. 12(3)): only with reasons, only while the request
 * is open, once, and only on or before the last day of the first month. The person must be told (the
 * extension letter); recording the extension is the moment that decision is made.
 */
export async function extendDeadline(deps: UseCaseDeps, reference: string, reason: string): Promise<StoredRequest> {
  return inRequestTransaction(deps, async (tx) => {
    const request = await loadRequest(tx.store, reference);
    const status = checkExtensionStatus(reference, request.status);
    if (!status.ok) throw status.error;
    if (request.extension) throw new DomainError('extension.already', { reference, recordedOn: request.extension.recordedOn });
    const holidays = holidaysOf(deps.register);
    const deadline = requestDeadline(request, holidays);
    if (deadline.state === 'paused') throw new DomainError('extension.paused', { reference, since: deadline.since });
    try {
      checkExtensionAllowed(deadline.clockStart, tx.today, reason, holidays);
    } catch (error) {
      if (isDomainError(error)) throw new DomainError(error.code, { ...error.params, reference });
      throw error;
    }
    await tx.store.requests.setExtension(reference, { reason: reason.trim(), recordedOn: tx.today, by: tx.clerk });
    await tx.audit({ action: 'request.extend', requestRef: reference, details: { firstDue: deadline.first.due } });
    return reload(tx, reference);
  });
}
