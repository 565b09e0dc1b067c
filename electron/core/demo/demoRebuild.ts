import { chmodSync, existsSync, renameSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import { demoRebuildWord } from '../../../shared/demo/demoRebuild.ts';
import { DomainError } from '../../../shared/errors/domainError.ts';
import type { AuditCheckpoint } from '../audit/auditCheckpoint.ts';
import { checkpointText } from '../audit/auditCheckpoint.ts';
import type { Db } from '../db/openDatabase.ts';
import { writeFileAtomicSync } from '../files/atomicWrite.ts';
import { appendAuditEntry } from '../store/registerAccess.ts';
import type { UseCaseDeps } from '../store/useCaseDeps.ts';

/**
 * Rebuilding the demo database is the one action that replaces a whole database (issue 13.3). It is
 * deliberate and recorded: only on a database the demo generator made and that still holds only what
 * it generated, only after the typed confirmation, written to the audit trail before anything happens,
 * and the old file is kept as an owner-only, timestamped backup (with its audit trail's last
 * checkpoint beside it), never deleted. Used by the window's `demo:rebuild` and `inzage demo rebuild`.
 */

/**
 * The demo generator's marker (seedDatabase writes meta demo.seed and demo.subjects), and nothing added
 * since: a database that received imported records is somebody's data now, whatever its file name.
 */
export function isDemoDatabase(db: Db): boolean {
  const meta = db.prepare("SELECT key, value FROM meta WHERE key IN ('demo.seed', 'demo.subjects')").all() as {
    key: string;
    value: string;
  }[];
  const subjects = meta.find((row) => row.key === 'demo.subjects')?.value;
  if (!meta.some((row) => row.key === 'demo.seed') || subjects === undefined) return false;
  return (db.prepare('SELECT count(*) AS n FROM subjects').get() as { n: number }).n === Number(subjects);
}

/** Refuses a rebuild that was not confirmed with the word, or of a database that is not the demo's. Nothing is changed. */
export function checkDemoRebuild(db: Db, confirmation: string | undefined): void {
  if (confirmation?.trim() !== demoRebuildWord) throw new DomainError('demo.confirmation-mismatch', { word: demoRebuildWord });
  if (!isDemoDatabase(db)) throw new DomainError('demo.not-demo-database', {});
}

/** The backup's name: the database's own, with the instant of the rebuild (sortable, no characters Windows refuses). */
export function backupFileFor(databaseFile: string, now: Date): string {
  return `${databaseFile}.backup-${now.toISOString().replace(/[:.]/g, '-')}`;
}

/** The audit entry written first, in the database about to be replaced (so its own trail says what happened to it). */
export async function recordRebuildStart(deps: UseCaseDeps, input: { subjects: number; backupFile: string }): Promise<void> {
  await appendAuditEntry(deps, {
    actor: deps.clerk.name,
    action: 'database.rebuild',
    target: basename(input.backupFile),
    details: { subjects: input.subjects },
  });
}

/**
 * The first entry of the new database's trail: which backup holds the old one, and that trail's length
 * and head, so the two chains are linked and the old one can be verified against its checkpoint.
 */
export async function recordRebuildDone(deps: UseCaseDeps, input: { backupFile: string; previous: AuditCheckpoint }): Promise<void> {
  await appendAuditEntry(deps, {
    actor: deps.clerk.name,
    action: 'database.rebuilt',
    target: basename(input.backupFile),
    details: { previousEntries: input.previous.count, previousHead: input.previous.head },
  });
}

/**
 * Moves the (closed) database to its backup name, owner-only, with its trail's last checkpoint beside it,
 * then puts the rebuilt file in its place. Renames only: the old file is never rewritten or deleted.
 */
export function swapInRebuiltDatabase(input: {
  databaseFile: string;
  builtFile: string;
  backupFile: string;
  previous: AuditCheckpoint;
}): void {
  writeFileAtomicSync(`${input.backupFile}.audit-checkpoint.json`, checkpointText(input.previous));
  renameSync(input.databaseFile, input.backupFile);
  chmodSync(input.backupFile, 0o600);
  // Closing folds the write-ahead log in; should another process still hold it open, its log moves with the backup.
  for (const suffix of ['-wal', '-shm'])
    if (existsSync(input.databaseFile + suffix)) renameSync(input.databaseFile + suffix, input.backupFile + suffix);
  renameSync(input.builtFile, input.databaseFile);
  for (const suffix of ['-wal', '-shm']) rmSync(input.builtFile + suffix, { force: true });
}
