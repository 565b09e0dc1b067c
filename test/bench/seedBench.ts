import { join } from 'node:path';
import { openDatabase } from '../../electron/core/db/openDatabase.ts';
import type { CellValue, RecordTable } from '../../electron/core/db/recordTables.ts';
import { decideFromPolicy } from '../../electron/core/demo/decideFromPolicy.ts';
import { defaultDemoSeed, defaultReferenceDate, generateDemo } from '../../electron/core/demo/generateDemo.ts';
import { prepareInserts, seedDatabase } from '../../electron/core/demo/seedDatabase.ts';
import { loadDefaultPolicy } from '../../electron/core/policy/loadPolicy.ts';
import { rebuildSearchIndex } from '../../electron/core/search/searchIndex.ts';
import type { BenchResult } from './benchKit.ts';
import { benchDir, envInt, median, time } from './benchKit.ts';
import { testKeys } from '../helpers/testKeys.ts';
import { demoDocumentsTiming } from './demoDocumentsTiming.ts';

/**
 * Seeding throughput against a bare better-sqlite3 loop inserting the very same rows (captured from
 * the generator beforehand) into the same schema with the same transaction batches. The ratio is
 * bare time / seed time: 1.0 means generating costs nothing, the target is ≥ 0.5.
 */
export function seedBench(): BenchResult {
  const subjects = envInt('BENCH_SEED_SUBJECTS', 100_000);
  const rounds = envInt('BENCH_ROUNDS', 3);
  const policy = loadDefaultPolicy();
  const { dir, cleanup } = benchDir();
  try {
    // First, before anything else in this process has loaded pdfkit's fonts or the canvas.
    const documents = demoDocumentsTiming(dir, policy, Math.max(rounds, 5));
    const captured: { table: RecordTable; values: CellValue[] }[] = [];
    const batchEnds: number[] = [];
    generateDemo(
      { add: (table, values) => captured.push({ table, values }) },
      {
        subjects,
        seed: defaultDemoSeed,
        referenceDate: defaultReferenceDate,
        decide: decideFromPolicy(policy),
        onBatch: () => batchEnds.push(captured.length),
      },
    );

    const seedTimes: number[] = [];
    const bareTimes: number[] = [];
    const indexTimes: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const seedDb = openDatabase(join(dir, `seed-${round}.db`), testKeys.database);
      // The timed part is the insert loop; seeding then builds the search index as a separate step,
      // timed on its own (docs/search.md: why the index is not built inside the loop).
      seedTimes.push(time(() => seedDatabase(seedDb, { subjects, policy, searchIndex: false })).ms);
      indexTimes.push(time(() => rebuildSearchIndex(seedDb)).ms);
      seedDb.close();

      const bareDb = openDatabase(join(dir, `bare-${round}.db`), testKeys.database);
      const inserts = prepareInserts(bareDb);
      bareTimes.push(
        time(() => {
          let next = 0;
          bareDb.exec('BEGIN');
          for (let i = 0; i < captured.length; i++) {
            if (i === batchEnds[next]) {
              bareDb.exec('COMMIT; BEGIN');
              next++;
            }
            const row = captured[i]!;
            inserts[row.table].run(row.values);
          }
          bareDb.exec('COMMIT');
        }).ms,
      );
      bareDb.close();
    }
    const seedMs = median(seedTimes);
    const bareMs = median(bareTimes);
    const ratio = bareMs / seedMs;
    return {
      name: 'seed',
      lines: [
        `${subjects.toLocaleString('en')} subjects, ${captured.length.toLocaleString('en')} rows, ${rounds} rounds (medians)`,
        `inzage seed, generating and inserting the records (search index timed below): ` +
          `${(seedMs / 1000).toFixed(2)} s = ${Math.round(captured.length / (seedMs / 1000)).toLocaleString('en')} ` +
          `rows/s`,
        `bare insert loop: ${(bareMs / 1000).toFixed(2)} s = ${Math.round(captured.length / (bareMs / 1000)).toLocaleString('en')} rows/s`,
        `throughput ratio seed/bare: ${ratio.toFixed(2)} (target ≥ 0.5)`,
        `search index build after seeding (separate step, not in the ratio; docs/search.md ` +
          `says why): ${(median(indexTimes) / 1000).toFixed(2)} s = ` +
          `${Math.round(subjects / (median(indexTimes) / 1000)).toLocaleString('en')} ` +
          `subjects/s`,
        `demo documents (issue 16.1; in the seed above): ${documents.medianMs.toFixed(0)} ms a seed (median of ` +
          `${Math.max(rounds, 5)}; CPU ${documents.medianCpuMs.toFixed(0)} ms), the first in a fresh process ` +
          `${documents.firstMs.toFixed(0)} ms (fonts, canvas, warm-up)`,
      ],
      targets: [
        { label: 'seed throughput ≥ 0.5 × bare loop', met: ratio >= 0.5 },
        { label: 'demo documents ≤ 300 ms a seed', met: documents.medianMs <= 300 },
      ],
    };
  } finally {
    cleanup();
  }
}
