import { join } from 'node:path';
import { openDatabase } from '../../electron/core/db/openDatabase.ts';
import { decideFromPolicy } from '../../electron/core/demo/decideFromPolicy.ts';
import { addDemoDocuments } from '../../electron/core/demo/demoDocuments.ts';
import { defaultDemoSeed, defaultReferenceDate, generateDemo, minimumDemoSubjects } from '../../electron/core/demo/generateDemo.ts';
import { prepareInserts } from '../../electron/core/demo/seedDatabase.ts';
import type { Policy } from '../../shared/policy/policySchema.ts';
import { testKeys } from '../helpers/testKeys.ts';
import { median, time } from './benchKit.ts';

/**
 * How long the seeder spends on the demo documents (issue 16.1: at most 300 ms together), apart from
 * the rows: the rows of a small demo are written first, untimed, then addDemoDocuments is timed on
 * them. The documents are the same whatever the number of subjects (they belong to landmark people).
 * The first call in a process also pays for loading the font and the canvas and for warming up
 * (reported as "first"); the target is on the median of the calls after it, as a seeding test or a
 * rebuild in a running app sees them.
 */
export function demoDocumentsTiming(
  dir: string,
  policy: Policy,
  rounds: number,
): { firstMs: number; medianMs: number; medianCpuMs: number } {
  const times: number[] = [];
  // CPU time beside the wall clock: on a machine shared with other work the wall clock mostly measures the others.
  const cpuTimes: number[] = [];
  for (let round = 0; round <= rounds; round++) {
    const db = openDatabase(join(dir, `documents-${round}.db`), testKeys.database);
    const inserts = prepareInserts(db);
    db.exec('BEGIN');
    const landmarks = generateDemo(
      { add: (table, values) => inserts[table].run(values) },
      { subjects: minimumDemoSubjects, seed: defaultDemoSeed, referenceDate: defaultReferenceDate, decide: decideFromPolicy(policy) },
    );
    const cpuBefore = process.cpuUsage();
    times.push(time(() => addDemoDocuments(db, landmarks, { seed: defaultDemoSeed, referenceDate: defaultReferenceDate, policy })).ms);
    const cpu = process.cpuUsage(cpuBefore);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
    db.exec('COMMIT');
    db.close();
  }
  return { firstMs: times[0]!, medianMs: median(times.slice(1)), medianCpuMs: median(cpuTimes.slice(1)) };
}
