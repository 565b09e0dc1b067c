import type { ExtractRequest } from '../../../shared/extract/extractModel.ts';
import type { StoredRequest } from '../../../shared/requests/requestTypes.ts';
import { DomainError } from '../../../shared/errors/domainError.ts';
import type { AuditInput } from '../audit/auditLog.ts';
import { appendAudit } from '../audit/auditLog.ts';
import type { Db } from '../db/openDatabase.ts';
import { extractRequestFromStored } from '../requests/buildExtractRequest.ts';
import { addOutput } from '../requests/requestAttachments.ts';
import { getRequest } from '../requests/requestRepository.ts';
import type { Store } from './store.ts';
import type { UseCaseDeps } from './useCaseDeps.ts';

/**
 * The request register and the audit log get their repositories (store.requests, store.audit) in a
 * parallel change; until then the use cases of records/, search/, output/ and settings/ reach them
 * through these few functions, over the SQLite connection of the store. When the two repositories
 * land, each function here becomes one call to them and this file goes.
 */
function sqliteOf(store: Store): Db {
  const db = (store as Store & { db?: Db }).db;
  if (!db) throw new DomainError('internal', { detail: `${store.kind} store without request register` });
  return db;
}

/** Appends one audit entry at the clock's instant (docs/domain.md §8: who did what, when, on whom). */
export async function appendAuditEntry(deps: Pick<UseCaseDeps, 'store' | 'clock'>, input: AuditInput): Promise<void> {
  appendAudit(sqliteOf(deps.store), input, deps.clock.now());
}

export async function storedRequest(store: Store, reference: string): Promise<StoredRequest> {
  return getRequest(sqliteOf(store), reference);
}

/** The extract's request input (linked subjects, redactions); refused while no person is linked. */
export async function extractRequestOf(store: Store, reference: string, clerk: string): Promise<ExtractRequest> {
  const request = await storedRequest(store, reference);
  if (request.subjects.length === 0) throw new DomainError('extract.no-subject-linked', { reference });
  return extractRequestFromStored(request, clerk);
}

/** Registers a file handed out on the request, with its SHA-256 and its audit entry (request register). */
export async function recordOutputFile(
  deps: Pick<UseCaseDeps, 'store' | 'clock' | 'clerk'>,
  reference: string,
  file: { fileName: string; kind: 'pdf' | 'archive' | 'extract-json'; sha256: string },
): Promise<void> {
  addOutput(sqliteOf(deps.store), reference, file, { clerk: deps.clerk.name, today: deps.clock.today(), now: deps.clock.now() });
}
