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
import { testKeys } from '../../../helpers/testKeys.ts';

/** What the next parser worker suffers: injected on the real worker, after it has posted its first message. */
const fault = vi.hoisted(() => ({ next: null as null | 'messageerror' | 'exit' | 'drop' }));

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
      // A batch lost without any event at all: only the check before COMMIT can see it.
      if (kind === 'drop') {
        let dropped = false;
        const on = worker.on.bind(worker);
        worker.on = ((event: string, listener: (message: { type: string }) => void) =>
          on(event, (message: { type: string }) => {
            if (event === 'message' && !dropped && message.type === 'rows') {
              dropped = true;
              return;
            }
            listener(message);
          })) as Worker['on'];
      }
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
      const db = openDatabase(join(tempDir(), 'target.db'), testKeys.database);
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

  it('rolls back when the rows written are not the records read (a batch lost without a trace)', async () => {
    const db = openDatabase(join(tempDir(), 'target.db'), testKeys.database);
    const empty = counts(db);
    fault.next = 'drop';
    const error = await importJsonl(db, exported).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toMatch(
      /^export\.jsonl: \d+ \w+ records were written but the file holds \d+ \(nothing was imported\)$/,
    );
    expect(counts(db)).toEqual(empty);
  });

  it('rolls back when a reference in a table it wrote to does not resolve after writing (PRAGMA foreign_key_check)', async () => {
    const db = openDatabase(join(tempDir(), 'target.db'), testKeys.database);
    await importJsonl(db, exported);
    // A dangling payment the importer's own reference checks never see (it is not in the file), written past SQLite's check.
    const payment = db.prepare('SELECT * FROM payments LIMIT 1').get() as Record<string, unknown>;
    db.pragma('foreign_keys = OFF');
    db.prepare(
      `INSERT INTO payments (${Object.keys(payment).join(', ')}) VALUES (${Object.keys(payment)
        .map(() => '?')
        .join(', ')})`,
    ).run(
      Object.values(payment).map((v, i) => (i === 0 ? 'PAY-DANGLING' : Object.keys(payment)[i] === 'case_id' ? 'INC-1900-0000001' : v)),
    );
    db.pragma('foreign_keys = ON');
    const before = counts(db);
    const error = await importJsonl(db, exported).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toMatch(
      /^export\.jsonl: a payments record \(row \d+\) refers to a cases record that is not there/,
    );
    expect(counts(db)).toEqual(before);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });
});
