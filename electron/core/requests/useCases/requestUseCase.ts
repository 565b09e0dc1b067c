import type { Holidays } from '../../../../shared/deadlines/publicHolidays.ts';
import { holidaysOf } from '../../../../shared/deadlines/publicHolidays.ts';
import { DomainError } from '../../../../shared/errors/domainError.ts';
import { finalStatuses } from '../../../../shared/requests/requestStatus.ts';
import type { StoredRequest } from '../../../../shared/requests/requestTypes.ts';
import type { AuditInput } from '../../audit/auditLog.ts';
import type { Store } from '../../store/store.ts';
import type { UseCaseDeps } from '../../store/useCaseDeps.ts';

/**
 * What every request use case shares: who acts (a name is required: it goes into the audit trail),
 * one transaction per use case with its audit entry inside it (Art. 5(2) GDPR: the register and the
 * trail never disagree), and the refusal to change a closed request.
 */

export function clerkName(deps: UseCaseDeps): string {
  const name = deps.clerk.name.trim();
  if (!name) throw new DomainError('request.clerk-missing', {});
  return name;
}

export interface RequestTx {
  store: Store;
  clerk: string;
  today: string;
  /** The instant, ISO 8601, for "recorded at" columns. */
  at: string;
  audit(entry: Omit<AuditInput, 'actor'>): Promise<void>;
  /** The register's public holidays, which move every deadline (docs/domain.md § 6); read when first asked for. */
  readonly holidays: Holidays;
}

/** Runs `work` as one transaction with the clerk, the day and the instant fixed once for all its writes. */
export async function inRequestTransaction<T>(deps: UseCaseDeps, work: (tx: RequestTx) => Promise<T>): Promise<T> {
  const clerk = clerkName(deps);
  return deps.store.transaction(async (store) => {
    const now = deps.clock.now();
    const tx: RequestTx = {
      store,
      clerk,
      today: deps.clock.today(),
      at: now.toISOString(),
      audit: async (entry) => {
        await store.audit.append({ actor: clerk, ...entry }, now);
      },
      get holidays() {
        return holidaysOf(deps.register);
      },
    };
    return work(tx);
  });
}

export async function loadRequest(store: Store, reference: string): Promise<StoredRequest> {
  const request = await store.requests.find(reference);
  if (!request) throw new DomainError('request.not-found', { reference });
  return request;
}

/** A request that may still change: sent, refused and withdrawn are closed for good (Art. 12(3)). */
export async function loadOpenRequest(store: Store, reference: string): Promise<StoredRequest> {
  const request = await loadRequest(store, reference);
  if (finalStatuses.includes(request.status)) throw new DomainError('request.closed', { reference, status: request.status });
  return request;
}

/** The request as it stands after the use case's writes. */
export function reload(tx: RequestTx, reference: string): Promise<StoredRequest> {
  return loadRequest(tx.store, reference);
}
