import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Policy } from '../../../shared/policy/policySchema.ts';
import type { Db } from '../db/openDatabase.ts';
import { openDatabase } from '../db/openDatabase.ts';
import { seedDatabase } from './seedDatabase.ts';

/** Size of the embedded demo database created on first use: big enough to feel real, quick to make. */
export const defaultDemoSubjects = 2000;

/**
 * Opens the database at `file`; when there is none yet, first creates it as the demo database. The
 * demo is built under a temporary name and renamed, so an interrupted first start never leaves a
 * half-seeded file that would later pass for the real one.
 */
export function openOrCreateDemoDatabase(file: string, key: Buffer, policy: Policy, subjects = defaultDemoSubjects): Db {
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    const temporary = `${file}.creating-${process.pid}`;
    try {
      const db = openDatabase(temporary, key);
      try {
        seedDatabase(db, { subjects, policy });
        db.pragma('wal_checkpoint(TRUNCATE)');
      } finally {
        db.close();
      }
      renameSync(temporary, file);
    } finally {
      for (const suffix of ['', '-wal', '-shm']) rmSync(temporary + suffix, { force: true });
    }
  }
  return openDatabase(file, key);
}
