import { DomainError } from '../../../../shared/errors/domainError.ts';
import type { StoredRequest } from '../../../../shared/requests/requestTypes.ts';
import type { UseCaseDeps } from '../../store/useCaseDeps.ts';
import type { RequestTx } from './requestUseCase.ts';
import { inRequestTransaction, loadRequest, reload } from './requestUseCase.ts';

/** A note on the request's file (also on a closed one: what happened afterwards is still worth noting). */
export async function addNote(deps: UseCaseDeps, reference: string, text: string): Promise<StoredRequest> {
  return inRequestTransaction(deps, async (tx) => {
    await loadRequest(tx.store, reference);
    if (!text.trim()) throw new DomainError('note.empty', { reference });
    const id = await tx.store.requests.addNote(reference, { text: text.trim(), by: tx.clerk, at: tx.at });
    await tx.audit({ action: 'request.note', requestRef: reference, target: `note:${id}` });
    return reload(tx, reference);
  });
}

export interface OutputInput {
  fileName: string;
  /** extract-pdf, portability-zip, letter-extension, … */
  kind: string;
  sha256: string;
}

/**
 * A file handed to the person (PDF extract, portability archive, letter), identified by its SHA-256
 * so what was sent can be proved later (Art. 5(2)). Allowed on a closed request: a sent request keeps
 * the files that were sent.
 */
export async function recordOutput(deps: UseCaseDeps, reference: string, output: OutputInput): Promise<StoredRequest> {
  return inRequestTransaction(deps, async (tx) => {
    await recordOutputIn(tx, reference, output);
    return reload(tx, reference);
  });
}

/** The recording itself, inside a use case's transaction (also used by writeLetter). */
export async function recordOutputIn(tx: Omit<RequestTx, 'holidays'>, reference: string, output: OutputInput): Promise<void> {
  if (!/^[0-9a-f]{64}$/.test(output.sha256)) throw new DomainError('output.not-sha256', { reference, fileName: output.fileName });
  await loadRequest(tx.store, reference);
  await tx.store.requests.addOutput(reference, { ...output, createdAt: tx.at });
  await tx.audit({
    action: 'export',
    requestRef: reference,
    target: output.fileName,
    details: { kind: output.kind, sha256: output.sha256 },
  });
}
