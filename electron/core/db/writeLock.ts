import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { DomainError } from '../../../shared/errors/domainError.ts';
import type { Db } from './openDatabase.ts';

/** Why a writer is waiting: an import holds the database (minutes, possibly), or another write (milliseconds, usually). */
export interface WriteWait {
  reason: 'import' | 'writer';
  waitedMs: number;
}

export interface WriteLockOptions {
  /** How long to wait for another process's write before giving up with 'storage.busy' (default 60 s). */
  limitMs?: number;
  /** How long to wait while an import holds the database (default 30 min: a big file takes minutes). */
  importLimitMs?: number;
  /** Told when waiting starts and every 10 s after, so a person sees why nothing happens. */
  onWait?: (wait: WriteWait) => void;
}

/**
 * The waits, decided (issue 13.6): an ordinary write transaction holds SQLite's write lock for
 * milliseconds, so a minute without it means something is wrong and the clerk should hear so. An
 * import holds it for its whole run (one transaction, all or nothing): the 1M-subject import takes
 * minutes, so while the import marker says one is running the writer waits up to half an hour,
 * saying every 10 s that it waits and why. Each attempt blocks at most `attemptMs` (SQLite's busy
 * handler is synchronous) and the pauses between are asynchronous, so the app's main process stays
 * responsive while it waits.
 */
export const writeWaitDefaults = { limitMs: 60_000, importLimitMs: 30 * 60_000, attemptMs: 50, pauseMs: 100, noticeEveryMs: 10_000 };

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_'));
}

/** The file that says an import is running on this database, next to it (none for an in-memory database). */
export function importMarkerFile(db: Db): string | null {
  return db.memory || db.name === '' ? null : `${db.name}-importing`;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether an import holds this database now: its marker is there and the process that wrote it still runs. */
export function importRunning(db: Db): boolean {
  const file = importMarkerFile(db);
  if (!file || !existsSync(file)) return false;
  try {
    const { pid } = JSON.parse(readFileSync(file, 'utf8')) as { pid?: unknown };
    return typeof pid === 'number' && processAlive(pid);
  } catch {
    return false;
  }
}

/**
 * Marks an import as running (after it took the write lock), so that other writers wait for it longer
 * and say why; returns what removes the mark. A process killed mid-import leaves the mark behind, but
 * its pid no longer runs, so it is ignored (and replaced by the next import).
 */
export function markImportRunning(db: Db): () => void {
  const file = importMarkerFile(db);
  if (!file) return () => undefined;
  writeFileSync(file, JSON.stringify({ pid: process.pid, since: new Date().toISOString() }), { mode: 0o600 });
  return () => rmSync(file, { force: true });
}

/** BEGIN IMMEDIATE if the write lock is free now (within one short attempt); false when another process holds it. */
export function tryBeginImmediate(db: Db): boolean {
  const previousTimeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma(`busy_timeout = ${writeWaitDefaults.attemptMs}`);
  try {
    db.exec('BEGIN IMMEDIATE');
    return true;
  } catch (error) {
    if (isBusy(error)) return false;
    throw error;
  } finally {
    db.pragma(`busy_timeout = ${previousTimeout}`);
  }
}

/**
 * BEGIN IMMEDIATE, waiting for another process's write transaction to end instead of failing: the
 * write lock is taken at the start, so a transaction never fails half-way because another process
 * wrote meanwhile (a deferred one that reads first and then writes gets SQLITE_BUSY at once, whatever
 * the busy timeout). Past the limit, 'storage.busy'.
 */
export async function beginImmediate(db: Db, options: WriteLockOptions = {}): Promise<void> {
  const limits = { ...writeWaitDefaults, ...options };
  const started = performance.now();
  let noticeAt = 0;
  const previousTimeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma(`busy_timeout = ${limits.attemptMs}`);
  try {
    for (;;) {
      try {
        db.exec('BEGIN IMMEDIATE');
        return;
      } catch (error) {
        if (!isBusy(error)) throw error;
      }
      const waitedMs = Math.round(performance.now() - started);
      const importing = importRunning(db);
      if (waitedMs >= (importing ? limits.importLimitMs : limits.limitMs)) throw new DomainError('storage.busy');
      // An import is announced at once; another writer only when it lasts (a few ms is the usual case).
      if (waitedMs >= noticeAt && (importing || waitedMs >= 1000)) {
        options.onWait?.({ reason: importing ? 'import' : 'writer', waitedMs });
        noticeAt = waitedMs + limits.noticeEveryMs;
      }
      await new Promise((resolve) => setTimeout(resolve, limits.pauseMs));
    }
  } finally {
    db.pragma(`busy_timeout = ${previousTimeout}`);
  }
}
