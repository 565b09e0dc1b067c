import Database from 'better-sqlite3-multiple-ciphers';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPlainDatabaseFile } from '../../../../electron/core/db/databaseCipher.ts';
import { openDatabase } from '../../../../electron/core/db/openDatabase.ts';
import { deriveInstallationKeys, newInstallationSecret } from '../../../../electron/core/keys/installationKeys.ts';
import { seedTestDatabase } from '../../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import { testKeys } from '../../../helpers/testKeys.ts';

const tempDir = useTempDirs();

/** What `head -c 16 FILE` prints. */
const head16 = (file: string) => readFileSync(file).subarray(0, 16).toString('latin1');

describe('the case database at rest (issue 13.7)', () => {
  it('is encrypted: no SQLite header, no personal data in the bytes, unreadable without the key', () => {
    const { db, file } = seedTestDatabase(tempDir(), 60);
    const surname = db.prepare('SELECT surname FROM subject_names LIMIT 1').pluck().get() as string;
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    expect(head16(file)).not.toBe('SQLite format 3\0');
    expect(isPlainDatabaseFile(file)).toBe(false);
    expect(readFileSync(file).includes(Buffer.from(surname, 'utf8'))).toBe(false);
    const unkeyed = new Database(file, { readonly: true });
    expect(() => unkeyed.prepare('SELECT count(*) FROM subjects').get()).toThrow(/not a database/);
    unkeyed.close();
  });

  it('opens again with its key, and refuses another key with database.key-wrong (no "file is not a database")', () => {
    const { db, file } = seedTestDatabase(tempDir(), 60);
    db.close();
    const reopened = openDatabase(file, testKeys.database, { readonly: true });
    expect(reopened.prepare('SELECT count(*) FROM subjects').pluck().get()).toBe(60);
    reopened.close();
    const otherKey = deriveInstallationKeys(newInstallationSecret()).database;
    expect(() => openDatabase(file, otherKey)).toThrow(expect.objectContaining({ code: 'database.key-wrong' }));
    expect(() => openDatabase(file, otherKey, { readonly: true })).toThrow(expect.objectContaining({ code: 'database.key-wrong' }));
  });

  it('is the owner\u2019s only: the file, its WAL (encrypted too) and its index 0600, a folder it makes 0700', () => {
    const dir = join(tempDir(), 'new-folder');
    const file = join(dir, 'inzage.db');
    const db = openDatabase(file, testKeys.database);
    db.prepare("INSERT INTO meta (key, value) VALUES ('probe', 'NL91ABNA0417164300')").run();
    // The committed row sits in the WAL until a checkpoint: encrypted there too.
    expect(readFileSync(`${file}-wal`).includes(Buffer.from('ABNA0417164300'))).toBe(false);
    for (const path of [file, `${file}-wal`, `${file}-shm`]) expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    db.close();
  });
});
