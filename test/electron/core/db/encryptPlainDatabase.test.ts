import Database from 'better-sqlite3-multiple-ciphers';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isPlainDatabaseFile } from '../../../../electron/core/db/databaseCipher.ts';
import { encryptPlainDatabase } from '../../../../electron/core/db/encryptPlainDatabase.ts';
import { configureConnection, openDatabase } from '../../../../electron/core/db/openDatabase.ts';
import { seedDatabase } from '../../../../electron/core/demo/seedDatabase.ts';
import { loadDefaultPolicy } from '../../../../electron/core/policy/loadPolicy.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import { testKeys } from '../../../helpers/testKeys.ts';

const tempDir = useTempDirs();

/** An unencrypted database as an earlier Inzage wrote it, with rows still in its WAL (the connection stays open). */
function plainDatabase(dir: string, subjects = 120): { file: string; plain: Database.Database; counts: Record<string, number> } {
  const file = join(dir, 'inzage.db');
  const plain = configureConnection(new Database(file), file);
  seedDatabase(plain, { subjects, seed: 'plain', policy: loadDefaultPolicy() });
  return { file, plain, counts: countsOf(plain) };
}

function countsOf(db: Database.Database): Record<string, number> {
  const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  return { subjects: count('subjects'), payments: count('payments'), audit: count('audit_log'), documents: count('search_documents') };
}

describe('migrating an unencrypted database (issue 13.7)', () => {
  it('replaces it by an encrypted copy with every row, on the next open', () => {
    const { file, plain, counts } = plainDatabase(tempDir());
    expect(isPlainDatabaseFile(file)).toBe(true);
    plain.close();
    const db = openDatabase(file, testKeys.database);
    expect(isPlainDatabaseFile(file)).toBe(false);
    expect(countsOf(db)).toEqual(counts);
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    db.close();
    expect(readdirSync(join(file, '..')).filter((name) => name.includes('.encrypting-'))).toEqual([]);
  });

  it('keeps the plain database as it was when the copy fails before it replaces it', () => {
    const { file, plain, counts } = plainDatabase(tempDir());
    plain.close();
    expect(() =>
      encryptPlainDatabase(file, testKeys.database, {
        beforeReplace: () => {
          throw new Error('disk pulled');
        },
      }),
    ).toThrow('disk pulled');
    expect(isPlainDatabaseFile(file)).toBe(true);
    const again = new Database(file, { readonly: true });
    expect(countsOf(again)).toEqual(counts);
    again.close();
    expect(readdirSync(join(file, '..')).filter((name) => name.includes('.encrypting-'))).toEqual([]);
  });

  it('removes the copy an interrupted run left behind, and encrypts the plain file anew', () => {
    const { file, plain, counts } = plainDatabase(tempDir());
    plain.close();
    const leftover = `${file}.encrypting-99999`;
    writeFileSync(leftover, 'half a copy');
    const db = openDatabase(file, testKeys.database);
    expect(countsOf(db)).toEqual(counts);
    db.close();
    expect(existsSync(leftover)).toBe(false);
  });

  it('leaves a usable database, plain or encrypted, whenever the process is killed', async () => {
    const dir = tempDir();
    const { file, plain, counts } = plainDatabase(dir, 400);
    plain.pragma('wal_checkpoint(TRUNCATE)');
    plain.close();
    const original = join(dir, 'original.db');
    copyFileSync(file, original);
    const outcomes = new Set<string>();
    // Kill delays after the child says it starts: from at once to after it has certainly finished.
    for (const delayMs of [0, 5, 20, 60, 150, 400]) {
      copyFileSync(original, file);
      const finished = await killEncryptionAfter(file, delayMs);
      outcomes.add(finished ? 'finished' : isPlainDatabaseFile(file) ? 'plain' : 'encrypted');
      // Whatever the kill left, the next open gives every row.
      const db = openDatabase(file, testKeys.database);
      expect(countsOf(db), `killed after ${delayMs} ms`).toEqual(counts);
      expect(db.pragma('quick_check', { simple: true })).toBe('ok');
      db.close();
    }
    // The kills did land both before and after the rename, not only on one side of it.
    expect(outcomes.has('plain')).toBe(true);
  }, 120_000);
});

const child = fileURLToPath(new URL('./fixtures/encryptChild.ts', import.meta.url));

/** Runs the encryption in a child process and SIGKILLs it `delayMs` after it starts; true when it finished first. */
function killEncryptionAfter(file: string, delayMs: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, file, testKeys.database.toString('hex')], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    proc.stdout.on('data', (chunk: Buffer) => {
      const before = out;
      out += chunk.toString();
      if (!before.includes('ready') && out.includes('ready')) setTimeout(() => proc.kill('SIGKILL'), delayMs);
    });
    proc.on('error', reject);
    proc.on('exit', () => resolve(out.includes('done')));
  });
}
