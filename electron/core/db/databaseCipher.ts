import type { Database } from 'better-sqlite3-multiple-ciphers';
import { closeSync, openSync, readSync } from 'node:fs';
import { DomainError } from '../../../shared/errors/domainError.ts';

/** The first 16 bytes of every unencrypted SQLite file; an encrypted one starts with its random salt instead. */
const plainHeader = Buffer.from('SQLite format 3\0', 'latin1');

/** The database key is the 32-byte `database` key of the installation (keys/installationKeys.ts). */
export const databaseKeyBytes = 32;

/**
 * True when `file` is an unencrypted SQLite database (an Inzage database from before issue 13.7, or one
 * made by another tool). A missing or empty file is not: that is a new database, encrypted from its
 * first page.
 */
export function isPlainDatabaseFile(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  try {
    const head = Buffer.alloc(plainHeader.length);
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(plainHeader);
  } finally {
    closeSync(fd);
  }
}

/**
 * Keys a freshly opened connection, before anything reads the file. The scheme is SQLCipher 4's
 * (AES-256-CBC per page with an HMAC-SHA512 over each page, legacy=4), so the stock `sqlcipher` shell
 * opens an Inzage database with the same key; the key is given raw (x'…', 64 hex digits) because it is
 * already a uniformly random HKDF output: SQLCipher's PBKDF2 stretching (256,000 rounds, ~0.1 s at
 * every open, every CLI call) is for passwords, and protects nothing here.
 *
 * A wrong key shows only when the first page is read ("file is not a database"): the probe reads it at
 * once and says what that means, as 'database.key-wrong'.
 */
export function applyDatabaseKey(db: Database, key: Buffer): void {
  if (key.length !== databaseKeyBytes) throw new RangeError(`a database key is ${databaseKeyBytes} bytes, got ${key.length}`);
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
  db.pragma(`key = "x'${key.toString('hex')}'"`);
  try {
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
  } catch (error) {
    if ((error as { code?: unknown }).code === 'SQLITE_NOTADB') throw new DomainError('database.key-wrong', {});
    throw error;
  }
}
