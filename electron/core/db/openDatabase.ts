import Database from 'better-sqlite3-multiple-ciphers';
import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { applyDatabaseKey, isPlainDatabaseFile } from './databaseCipher.ts';
import { encryptPlainDatabase, removeEncryptionLeftovers } from './encryptPlainDatabase.ts';
import { migrate, schemaVersion, SchemaTooNewError } from './migrate.ts';
import { latestSchemaVersion } from './migrations/index.ts';

export type Db = Database.Database;

export interface OpenOptions {
  /** Open without writing: no migrations, and a database older than this app is refused too. */
  readonly?: boolean;
}

/**
 * Opens (and creates or upgrades) a case database, encrypted at rest with `key` (the installation's
 * `database` key; databaseCipher.ts): the file holds the financial data of every debtor (issue 13.7).
 * An unencrypted database from an earlier version is first replaced by an encrypted copy
 * (encryptPlainDatabase.ts); a database encrypted with another key is refused ('database.key-wrong').
 * WAL lets the UI read while an import writes; synchronous=FULL because the request register and the
 * audit log must survive a power cut.
 */
export function openDatabase(file: string, key: Buffer, options: OpenOptions = {}): Db {
  // An in-memory database is never at rest: nothing to encrypt, no file to narrow.
  if (file === ':memory:') return configureConnection(new Database(file), file, options);
  if (isPlainDatabaseFile(file)) encryptPlainDatabase(file, key);
  else removeEncryptionLeftovers(file);
  if (!options.readonly) createOwnerOnly(file);
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  try {
    applyDatabaseKey(db, key);
    return configureConnection(db, file, options);
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * What every connection gets once it is keyed: the pragmas and the schema upgrade. Exported for the
 * benchmarks' unencrypted baseline only (test/bench measures the cost of encryption against the very
 * same connection without a key); the app and the CLI open databases through openDatabase.
 */
export function configureConnection(db: Db, file: string, options: OpenOptions = {}): Db {
  const found = schemaVersion(db);
  if (found > latestSchemaVersion) throw new SchemaTooNewError(file, found, latestSchemaVersion);
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
  }
  db.pragma('foreign_keys = ON');
  // 64 MiB page cache: the record tables carry several indexes each, and with SQLite's 2 MiB
  // default a bulk import or a heavy subject's load thrashes the cache (measured: 75k → 120k rows/s).
  db.pragma('cache_size = -65536');
  if (!options.readonly) migrate(db);
  else if (found < latestSchemaVersion) {
    throw new Error(`${file}: schema version ${found} is older than ${latestSchemaVersion}; open it once for writing to upgrade.`);
  }
  return db;
}

/**
 * The database file and its folder readable by the owner only (0600, 0700). SQLite gives the -wal and
 * -shm files the mode of the database file, so they follow. An existing file is narrowed too: one
 * written by an earlier version was 0644.
 */
function createOwnerOnly(file: string): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  closeSync(openSync(file, 'a', 0o600));
  try {
    chmodSync(file, 0o600);
  } catch (error) {
    // A file of another account that this one may write (a shared folder): its owner decides its mode.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') throw error;
  }
}
