import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '../../../shared/errors/domainError.ts';
import { writeFileAtomicSync } from '../files/atomicWrite.ts';
import type { UseCaseDeps } from '../store/useCaseDeps.ts';
import type { AuditCheckpoint } from './auditCheckpoint.ts';
import { checkpointFileName, checkpointText, parseCheckpoint } from './auditCheckpoint.ts';

/**
 * Writes the audit trail's checkpoint now into `folder` (beside an export's files; docs/audit-trail.md
 * § Checkpoints), owner-only: it holds no personal data, but it is the proof a later verify relies on.
 * A later export into the same folder replaces it with a newer one, which covers everything the older did.
 */
export async function writeCheckpointInto(deps: Pick<UseCaseDeps, 'store' | 'clock'>, folder: string): Promise<string> {
  const checkpoint = await deps.store.audit.checkpoint(deps.clock.now());
  const file = join(folder, checkpointFileName);
  writeFileAtomicSync(file, checkpointText(checkpoint));
  return file;
}

/** Reads a checkpoint file (`inzage audit verify --checkpoint FILE`, the audit screen's chosen file). */
export function readCheckpointFile(file: string): AuditCheckpoint {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new DomainError('file.not-found', { file });
    throw new DomainError('file.unreadable', {});
  }
  return parseCheckpoint(text);
}
