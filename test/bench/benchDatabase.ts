import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../../electron/core/db/openDatabase.ts';
import { openDatabase } from '../../electron/core/db/openDatabase.ts';
import { seedDatabase } from '../../electron/core/demo/seedDatabase.ts';
import { loadDefaultPolicy } from '../../electron/core/policy/loadPolicy.ts';
import { rebuildSearchIndex, searchIndexFormat } from '../../electron/core/search/searchIndex.ts';
import { testKeys } from '../helpers/testKeys.ts';

/**
 * A seeded demo database cached in BENCH_DIR (default: the OS temp folder), keyed by seed and size:
 * seeding a million subjects takes minutes, so reruns reuse the file. Built under a temporary name
 * and renamed, so an interrupted run never leaves a half file under the cached name. If the search
 * index format changed since the file was made, the index is rebuilt (and the time reported).
 */
export function cachedBenchDatabase(
  subjects: number,
  seed = 'bench',
  log: (line: string) => void = (line) => console.error(line),
): { db: Db; file: string; notes: string[] } {
  const dir = process.env.BENCH_DIR ?? tmpdir();
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `inzage-bench-${seed}-${subjects}.db`);
  const notes: string[] = [];
  if (!existsSync(file)) {
    const temporary = `${file}.creating-${process.pid}`;
    try {
      const db = openDatabase(temporary, testKeys.database);
      const started = performance.now();
      let last = 0;
      seedDatabase(db, {
        subjects,
        seed,
        policy: loadDefaultPolicy(),
        searchIndex: false,
        onProgress: (done, total) => {
          if (performance.now() - last > 10_000) {
            last = performance.now();
            log(`  seeding bench database: ${done.toLocaleString('en')} / ${total.toLocaleString('en')}`);
          }
        },
      });
      notes.push(`seeded ${subjects.toLocaleString('en')} subjects in ${((performance.now() - started) / 1000).toFixed(0)} s`);
      const indexed = performance.now();
      rebuildSearchIndex(db, (done, total) => {
        if (performance.now() - last > 10_000) {
          last = performance.now();
          log(`  indexing bench database: ${done.toLocaleString('en')} / ${total.toLocaleString('en')}`);
        }
      });
      const seconds = (performance.now() - indexed) / 1000;
      notes.push(`search index built in ${seconds.toFixed(0)} s = ${Math.round(subjects / seconds).toLocaleString('en')} subjects/s`);
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
      renameSync(temporary, file);
    } finally {
      for (const suffix of ['', '-wal', '-shm']) rmSync(temporary + suffix, { force: true });
    }
  } else notes.push(`reused cached ${file}`);
  const db = openDatabase(file, testKeys.database);
  const format = db.prepare("SELECT value FROM meta WHERE key = 'search.format'").pluck().get();
  if (format !== searchIndexFormat) {
    const started = performance.now();
    rebuildSearchIndex(db);
    notes.push(`search index format changed: rebuilt in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  return { db, file, notes };
}
