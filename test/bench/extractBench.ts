import { join } from 'node:path';
import { openDatabase } from '../../electron/core/db/openDatabase.ts';
import { subjectOwnedTables } from '../../electron/core/db/recordTables.ts';
import { readLandmarks, seedDatabase } from '../../electron/core/demo/seedDatabase.ts';
import { loadDefaultPolicy } from '../../electron/core/policy/loadPolicy.ts';
import { subjectProfileLoader } from '../../electron/core/records/loadSubjectProfile.ts';
import { assembleExtract } from '../../shared/extract/assembleExtract.ts';
import type { BenchResult } from './benchKit.ts';
import { benchDir, envInt, median, time } from './benchKit.ts';
import { testKeys } from '../helpers/testKeys.ts';

/**
 * Extract assembly for the heaviest demo subject (thousands of records): the whole path the CLI and
 * the app take (load the profile + assemble the model), against the bare queries that load the same
 * records (one SELECT per table by subject id, plus the cases and claims). Target: ≤ 3× the bare load.
 */
export function extractBench(): BenchResult {
  const subjects = envInt('BENCH_EXTRACT_SUBJECTS', 2_000);
  const rounds = envInt('BENCH_ROUNDS', 31);
  const policy = loadDefaultPolicy();
  const { dir, cleanup } = benchDir();
  try {
    // Seed, then reopen read-only as the app does, and let the seeder's garbage go before measuring.
    const seeded = openDatabase(join(dir, 'extract.db'), testKeys.database);
    seedDatabase(seeded, { subjects, policy });
    seeded.close();
    (globalThis as { gc?: () => void }).gc?.();
    const db = openDatabase(join(dir, 'extract.db'), testKeys.database, { readonly: true });
    const subjectId = readLandmarks(db)!.heavyDebtor;
    const request = {
      reference: 'BENCH-1',
      receivedOn: '2026-10-20',
      kind: 'access' as const,
      language: 'nl' as const,
      requester: { name: 'Bench' },
      subjectIds: [subjectId],
      clerk: 'Bench',
    };

    const bareStatements = [
      db.prepare('SELECT * FROM subjects WHERE id = ?'),
      ...subjectOwnedTables.map((table) => db.prepare(`SELECT * FROM ${table} WHERE subject_id = ?`)),
      db.prepare('SELECT DISTINCT c.* FROM cases c JOIN case_parties p ON p.case_id = c.id WHERE p.subject_id = ?'),
      db.prepare('SELECT DISTINCT cl.* FROM claims cl JOIN case_parties p ON p.case_id = cl.case_id WHERE p.subject_id = ?'),
    ];
    const bare = () => bareStatements.reduce((sum, statement) => sum + statement.all(subjectId).length, 0);
    const load = subjectProfileLoader(db);
    const full = () => assembleExtract(load([subjectId]), policy, request, '2026-11-01');

    // Warm both paths (statement caches, JIT tiers) before measuring. BENCH_EXTRACT_GC=1 collects garbage
    // before each timed run (npm run bench passes --expose-gc), so one run's leftovers are not charged to the next.
    const rows = bare();
    for (let i = 0; i < envInt('BENCH_EXTRACT_WARMUP', 30); i++) full();
    const gc = process.env.BENCH_EXTRACT_GC === '1' ? ((globalThis as { gc?: () => void }).gc ?? (() => {})) : () => {};
    const bareTimes: number[] = [];
    const fullTimes: number[] = [];
    const assembleTimes: number[] = [];
    for (let round = 0; round < rounds; round++) {
      gc();
      bareTimes.push(time(bare).ms);
      gc();
      const profile = time(() => load([subjectId]));
      const assembled = time(() => assembleExtract(profile.value, policy, request, '2026-11-01'));
      assembleTimes.push(assembled.ms);
      fullTimes.push(profile.ms + assembled.ms);
    }
    db.close();
    const bareMs = median(bareTimes);
    const fullMs = median(fullTimes);
    const ratio = fullMs / bareMs;
    return {
      name: 'extract',
      lines: [
        `heaviest demo subject: ${rows.toLocaleString('en')} records; ${subjects.toLocaleString('en')}-subject ` +
          `demo database; ${rounds} rounds (medians)`,
        `bare queries loading its records: ${bareMs.toFixed(1)} ms`,
        `load profile + assemble model: ${fullMs.toFixed(1)} ms (of which assembly ${median(assembleTimes).toFixed(1)} ms)`,
        `ratio: ${ratio.toFixed(2)}× the bare load (target ≤ 3×)`,
        // On a shared, busy machine the medians drift with other load; the best runs show the cost of the code itself.
        `best of ${rounds}: bare ${Math.min(...bareTimes).toFixed(1)} ms, load + ` +
          `assemble ${Math.min(...fullTimes).toFixed(1)} ms, ratio ${(Math.min(...fullTimes) / Math.min(...bareTimes)).toFixed(2)}×`,
      ],
      targets: [{ label: 'extract assembly ≤ 3× the bare load of the same records', met: ratio <= 3 }],
    };
  } finally {
    cleanup();
  }
}
