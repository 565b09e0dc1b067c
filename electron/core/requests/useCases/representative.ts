import { DomainError } from '../../../../shared/errors/domainError.ts';
import type { RepresentativeInput } from '../../../../shared/requests/representative.ts';
import { representativeInputSchema } from '../../../../shared/requests/representative.ts';
import type { StoredRequest } from '../../../../shared/requests/requestTypes.ts';
import type { UseCaseDeps } from '../../store/useCaseDeps.ts';
import { inRequestTransaction, loadOpenRequest, reload } from './requestUseCase.ts';

/**
 * Records that someone acts for the person (issue 12.9; shared/requests/representative.ts): who, in what
 * capacity, where letters go, and which proof of authority the clerk checked, on which day. From then on
 * the letters go to the representative and name the person. Recording again replaces it (a better proof,
 * a new administrator); the audit trail keeps each recording, with the capacity but not the names.
 */
export async function recordRepresentative(deps: UseCaseDeps, reference: string, input: RepresentativeInput): Promise<StoredRequest> {
  const parsed = representativeInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DomainError('input.invalid', { field: issue.path.join('.') || 'representative', problem: issue.message });
  }
  const rep = parsed.data;
  return inRequestTransaction(deps, async (tx) => {
    const request = await loadOpenRequest(tx.store, reference);
    await tx.store.requests.setRepresentative(reference, {
      name: rep.name,
      capacity: rep.capacity,
      address: rep.address ?? null,
      email: rep.email ?? null,
      proof: rep.proof,
      checkedOn: tx.today,
      checkedBy: tx.clerk,
    });
    await tx.audit({
      action: 'request.representative',
      requestRef: reference,
      target: rep.capacity,
      details: { proofChecked: true, replaced: request.representative !== null },
    });
    return reload(tx, reference);
  });
}
