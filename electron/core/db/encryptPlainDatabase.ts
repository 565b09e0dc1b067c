import Database from 'better-sqlite3-multiple-ciphers';
import { chmodSync, closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { applyDatabaseKey, isPlainDatabaseFile } from './databaseCipher.ts';

const temporarySuffix = '.encrypting-';

export interface EncryptOptions {
  /** Runs on the verified encrypted copy just before it replaces the plain file (tests: a failure there). */
  beforeReplace?: (encryptedCopy: string) => void;
}

/**
 * Replaces an unencrypted database (an Inzage database from before issue 13.7) by an encrypted one,
 * so that at every instant the final name holds a complete, usable database:
 *
 * 1. a second connection takes the write lock on the plain file, so nothing commits during the copy
 *    and no commit is lost when the copy replaces it;
 * 2. VACUUM INTO writes a consistent plain copy under a temporary name in the same folder (owner-only);
 * 3. the copy, never the original, is encrypted in place (PRAGMA rekey);
 * 4. the copy is verified: it opens with the key, passes quick_check, and holds the same schema version
 *    and the same number of rows in every table as the original;
 * 5. only then it is renamed over the plain file (atomic), and the plain file's WAL, checkpointed
 *    into the copy already, is removed.
 *
 * A kill before step 5 leaves the plain database as it was plus a temporary file that the next open
 * removes (removeEncryptionLeftovers); a kill after it leaves the encrypted one. Returns false when
 * another process encrypted the file first.
 */
export function encryptPlainDatabase(file: string, key: Buffer, options: EncryptOptions = {}): boolean {
  removeEncryptionLeftovers(file);
  const lock = new Database(file, { fileMustExist: true, timeout: 5000 });
  try {
    lock.pragma('wal_checkpoint(TRUNCATE)');
    lock.exec('BEGIN IMMEDIATE');
    // Another process may have done it while this one waited for the lock.
    if (!isPlainDatabaseFile(file)) return false;
    const expected = tableCounts(lock);
    const copy = `${file}${temporarySuffix}${process.pid}`;
    try {
      const reader = new Database(file, { readonly: true, fileMustExist: true });
      try {
        reader.prepare('VACUUM INTO ?').run(copy);
      } finally {
        reader.close();
      }
      chmodSync(copy, 0o600);
      encryptInPlace(copy, key);
      verifyCopy(copy, key, expected);
      fsyncFile(copy);
      options.beforeReplace?.(copy);
      renameSync(copy, file);
      fsyncFile(dirname(file));
    } catch (error) {
      for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(copy + suffix, { force: true });
      throw error;
    }
    return true;
  } finally {
    if (lock.inTransaction) lock.exec('ROLLBACK');
    lock.close();
    // The plain file's WAL and index belong to the file that is gone now; a new connection makes its own.
    if (!isPlainDatabaseFile(file)) for (const suffix of ['-wal', '-shm']) rmSync(file + suffix, { force: true });
  }
}

/** Temporary copies of an earlier, interrupted encryption of `file` (never the file itself). */
export function removeEncryptionLeftovers(file: string): void {
  const prefix = `${basename(file)}${temporarySuffix}`;
  let names: string[];
  try {
    names = readdirSync(dirname(file));
  } catch {
    return;
  }
  for (const name of names) if (name.startsWith(prefix)) rmSync(join(dirname(file), name), { force: true });
}

/** PRAGMA rekey encrypts a plain database page by page; SQLite3 Multiple Ciphers refuses it in WAL mode. */
function encryptInPlace(copy: string, key: Buffer): void {
  const db = new Database(copy, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
    db.pragma("cipher = 'sqlcipher'");
    db.pragma('legacy = 4');
    db.pragma(`rekey = "x'${key.toString('hex')}'"`);
  } finally {
    db.close();
  }
  if (isPlainDatabaseFile(copy)) throw new Error('the copy was not encrypted');
}

function verifyCopy(copy: string, key: Buffer, expected: Map<string, number>): void {
  const db = new Database(copy, { fileMustExist: true });
  try {
    applyDatabaseKey(db, key);
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`the encrypted copy fails quick_check: ${String(check)}`);
    const found = tableCounts(db);
    for (const [table, count] of expected) {
      if (found.get(table) !== count) throw new Error(`the encrypted copy holds ${found.get(table)} rows in ${table}, not ${count}`);
    }
    if (found.size !== expected.size) throw new Error('the encrypted copy has other tables than the original');
  } finally {
    db.close();
  }
}

/** Every table's row count, and the schema version under the key '#user_version'. */
function tableCounts(db: Database.Database): Map<string, number> {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  const counts = new Map<string, number>();
  // Table names come from the schema itself, quoted as identifiers; no user text reaches this SQL.
  for (const table of tables)
    counts.set(
      table,
      db
        .prepare(`SELECT count(*) FROM "${table.replaceAll('"', '""')}"`)
        .pluck()
        .get() as number,
    );
  counts.set('#user_version', db.pragma('user_version', { simple: true }) as number);
  return counts;
}

function fsyncFile(path: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    fsyncSync(fd);
  } catch {
    // Folders cannot be opened for fsync everywhere (Windows); the rename is atomic all the same.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
