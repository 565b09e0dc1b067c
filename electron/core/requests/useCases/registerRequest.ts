import { DomainError } from '../../../../shared/errors/domainError.ts';
import { parseIsoDate } from '../../../../shared/dates/isoDate.ts';
import type { NewRequest, StoredRequest } from '../../../../shared/requests/requestTypes.ts';
import { formatReference, newRequestSchema } from '../../../../shared/requests/requestTypes.ts';
import type { UseCaseDeps } from '../../store/useCaseDeps.ts';
import { inRequestTransaction, reload } from './requestUseCase.ts';

/**
 * Registers a request as received: reference INZ-YYYY-NNNN by the year of receipt, status "received".
 * The month of Art. 12(3) runs from the day of receipt, so a receipt in the future is refused.
 */
export async function registerRequest(deps: UseCaseDeps, input: NewRequest): Promise<StoredRequest> {
  const parsed = newRequestSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DomainError('input.invalid', { field: issue.path.join('.') || 'input', problem: issue.message });
  }
  const request = parsed.data;
  return inRequestTransaction(deps, async (tx) => {
    if (request.receivedOn > tx.today)
      throw new DomainError('request.received-in-future', { receivedOn: request.receivedOn, today: tx.today });
    const year = parseIsoDate(request.receivedOn).year;
    const number = await tx.store.requests.nextNumber(year);
    const reference = formatReference(year, number);
    await tx.store.requests.insert({
      reference,
      year,
      number,
      receivedOn: request.receivedOn,
      channel: request.channel,
      kind: request.kind,
      language: request.language,
      requester: request.requester,
      createdBy: tx.clerk,
      createdOn: tx.today,
      createdAt: tx.at,
    });
    await tx.audit({
      action: 'request.create',
      requestRef: reference,
      details: { receivedOn: request.receivedOn, channel: request.channel, kind: request.kind },
    });
    return reload(tx, reference);
  });
}
