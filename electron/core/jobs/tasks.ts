import { rmSync } from 'node:fs';
import { openDatabase } from '../db/openDatabase.ts';
import { seedDatabase } from '../demo/seedDatabase.ts';
import { loadPolicy } from '../policy/loadPolicy.ts';
import { checkCertificate } from '../settings/checkCertificate.ts';
import { checkRegister } from '../settings/checkRegister.ts';
import { exportRequest } from './exportTask.ts';

export type TaskProgress = (stage: string, done: number, total: number) => void;
export type Task = (input: unknown, progress: TaskProgress) => Promise<unknown>;

/**
 * Builds a fresh demo database under a temporary name; the caller swaps it in only when complete, so a
 * failed rebuild leaves the old database untouched.
 */
async function buildDemo(input: unknown, progress: TaskProgress): Promise<{ file: string }> {
  const { file, subjects, policyFile } = input as { file: string; subjects: number; policyFile: string };
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  const db = openDatabase(file);
  try {
    seedDatabase(db, { subjects, policy: loadPolicy(policyFile), onProgress: (done, total) => progress('seed', done, total) });
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  return { file };
}

export const tasks: Record<string, Task> = {
  'demo:build': buildDemo,
  'export:request': exportRequest,
  'certificate:check': async (input) => checkCertificate(input),
  'register:check': async (input) => checkRegister(input),
};
