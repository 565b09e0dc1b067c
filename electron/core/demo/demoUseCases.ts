import { rmSync } from 'node:fs';
import type { Policy } from '../../../shared/policy/policySchema.ts';
import { openDatabase } from '../db/openDatabase.ts';
import type { SeedResult } from './seedDatabase.ts';
import { seedDatabase } from './seedDatabase.ts';

export interface BuildDemoInput {
  file: string;
  /** The installation's database key: the demo database is encrypted like any other. */
  key: Buffer;
  subjects: number;
  /** Same seed, same database (default: the seeder's own). */
  seed?: string;
  register: Policy;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Builds a demo database of synthetic case records into a new file (`inzage seed`, and the app's
 * rebuild in its worker). The app builds under a temporary name and swaps it in only when complete,
 * so a failed rebuild leaves the old database untouched; leftovers of an earlier attempt are removed.
 */
export function buildDemoDatabase(input: BuildDemoInput): SeedResult {
  for (const suffix of ['', '-wal', '-shm']) rmSync(input.file + suffix, { force: true });
  const db = openDatabase(input.file, input.key);
  try {
    const result = seedDatabase(db, {
      subjects: input.subjects,
      policy: input.register,
      ...(input.seed !== undefined ? { seed: input.seed } : {}),
      ...(input.onProgress ? { onProgress: input.onProgress } : {}),
    });
    db.pragma('wal_checkpoint(TRUNCATE)');
    return result;
  } finally {
    db.close();
  }
}
