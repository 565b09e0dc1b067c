import type { ExtractRequest } from '../../../shared/extract/extractModel.ts';
import type { Policy } from '../../../shared/policy/policySchema.ts';
import type { StoredRequest } from '../../../shared/requests/requestTypes.ts';
import { checkExtractAllowed } from '../requests/processorRole.ts';
import type { AuditInput } from '../audit/auditLog.ts';
import { extractRequestFromStored } from '../requests/buildExtractRequest.ts';
import { recordOutputIn } from '../requests/useCases/notesAndOutputs.ts';
import { loadRequest } from '../requests/useCases/requestUseCase.ts';
import type { Store } from './store.ts';
import type { ActingClerk, UseCaseDeps } from './useCaseDeps.ts';

/**
 * What the use cases of records/, search/, output/ and settings/ need from the request register and
 * the audit log, over the store's repositories (store.requests, store.audit), so they stay on the
 * storage port and inside the caller's transaction.
 */

/** Appends one audit entry at the clock's instant (docs/domain.md §8: who did what, when, on whom). */
export async function appendAuditEntry(deps: Pick<UseCaseDeps, 'store' | 'clock'>, input: AuditInput): Promise<void> {
  await deps.store.audit.append(input, deps.clock.now());
}

export async function storedRequest(store: Store, reference: string): Promise<StoredRequest> {
  return loadRequest(store, reference);
}

/**
 * The extract's request input (linked subjects, redactions); refused while no person is linked, and for
 * a person whose data are held only as processor until every controller instructed it (Art. 28(3)(a)).
 */
export async function extractRequestOf(store: Store, reference: string, clerk: ActingClerk, register: Policy): Promise<ExtractRequest> {
  const request = await loadRequest(store, reference);
  const extractRequest = extractRequestFromStored(request, clerk.name, clerk.role);
  await checkExtractAllowed(store, register, request);
  return extractRequest;
}

/**
 * Registers a file handed out on the request, with its SHA-256 and its audit entry (the recordOutput
 * rule of the request register), inside the caller's transaction on `deps.store`.
 */
export async function recordOutputFile(
  deps: Pick<UseCaseDeps, 'store' | 'clock' | 'clerk'>,
  reference: string,
  file: { fileName: string; kind: 'pdf' | 'archive' | 'extract-json'; sha256: string },
): Promise<void> {
  const now = deps.clock.now();
  const clerk = deps.clerk.name;
  await recordOutputIn(
    {
      store: deps.store,
      clerk,
      today: deps.clock.today(),
      at: now.toISOString(),
      audit: async (entry) => {
        await deps.store.audit.append({ actor: clerk, ...entry }, now);
      },
    },
    reference,
    file,
  );
}
