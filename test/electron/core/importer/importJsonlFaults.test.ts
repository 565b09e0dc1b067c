import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type * as RunInWorker from '../../../../electron/core/jobs/runInWorker.ts';
import type { Db } from '../../../../electron/core/db/openDatabase.ts';
import { openDatabase } from '../../../../electron/core/db/openDatabase.ts';
import { recordTableNames } from '../../../../electron/core/db/recordTables.ts';
import { exportJsonl } from '../../../../electron/core/importer/exportJsonl.ts';
import { ImportError } from '../../../../electron/core/importer/importFormat.ts';
import { importJsonl } from '../../../../electron/core/importer/importJsonl.ts';
import { seedTestDatabase } from '../../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

/** What the next parser worker suffers: injected on the real worker, after it has posted its first message. */
const fault = vi.hoisted(() => ({ next: null as null | 'messageerror' | 'exit' }));

vi.mock('../../../../electron/core/jobs/runInWorker.ts', async (importOriginal) => {
  const original = await importOriginal<typeof RunInWorker>();
  return {
    ...original,
    startWorker: (...args: Parameters<typeof original.startWorker>): Worker => {
      const worker = original.startWorker(...args);
      const kind = fault.next;
      fault.next = null;
      // Registered before the importer's own listener, so the first batch is "lost" before the importer sees it.
      if (kind === 'messageerror') worker.once('message', () => worker.emit('messageerror', new Error('could not deserialize')));
      if (kind === 'exit') worker.once('message', () => void worker.terminate());
      return worker;
    },
  };
});

const counts = (db: Db) => recordTableNames.map((t) => db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number);

describe('importJsonl when a batch from the parser does not arrive (issue 13)', () => {
  const suiteDir = useTempDirs('suite');
  const tempDir = useTempDirs();
  let exported: string;
  beforeAll(() => {
    const dir = suiteDir();
    const { db } = seedTestDatabase(dir, 60, 'import-faults');
    exported = join(dir, 'export.jsonl');
    exportJsonl(db, exported, { exportedAt: '2026-11-01T00:00:00Z', source: 'test' });
  });

  for (const kind of ['messageerror', 'exit'] as const) {
    it(`rolls back everything on a ${kind}, instead of committing the rest`, async () => {
      const db = openDatabase(join(tempDir(), 'target.db'));
      const empty = counts(db);
      fault.next = kind;
      const error = await importJsonl(db, exported).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(Error);
      if (kind === 'messageerror') expect(error).toBeInstanceOf(ImportError);
      expect((error as Error).message).toMatch(/nothing was imported/);
      expect(counts(db)).toEqual(empty);
      expect(db.inTransaction).toBe(false);
      // Without a fault the same database takes the same file whole.
      expect((await importJsonl(db, exported)).records).toBeGreaterThan(1000);
    });
  }
});
