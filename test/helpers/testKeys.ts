import Database from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../../electron/core/db/openDatabase.ts';
import { applyDatabaseKey } from '../../electron/core/db/databaseCipher.ts';
import { deriveInstallationKeys, encodeSecret } from '../../electron/core/keys/installationKeys.ts';

/**
 * The installation secret of the test suite: fixed, so the databases a helper seeds and the CLI
 * commands a test runs (in-process or as a child process, given INZAGE_KEY) open each other's files,
 * and no test reads or creates a key file in the real user data folder.
 */
export const testSecret = Buffer.from('7e57'.repeat(16), 'hex');
export const testKeys = deriveInstallationKeys(testSecret);
/** The environment that gives the CLI the suite's installation secret. */
export const testKeyEnv = { INZAGE_KEY: encodeSecret(testSecret) } as const;

/** A raw connection to an encrypted test database (for tests that read or tamper with rows directly). */
export function openKeyedDatabase(file: string, options: { readonly?: boolean } = {}): Db {
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: true });
  applyDatabaseKey(db, testKeys.database);
  return db;
}
