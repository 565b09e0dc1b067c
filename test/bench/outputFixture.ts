import { join } from 'node:path';
import type { Db } from '../../electron/core/db/openDatabase.ts';
import { openDatabase } from '../../electron/core/db/openDatabase.ts';
import { seedDatabase } from '../../electron/core/demo/seedDatabase.ts';
import { loadDefaultPolicy } from '../../electron/core/policy/loadPolicy.ts';
import { subjectProfileLoader } from '../../electron/core/records/loadSubjectProfile.ts';
import { assembleExtract } from '../../shared/extract/assembleExtract.ts';
import type { ExtractModel } from '../../shared/extract/extractModel.ts';
import { testKeys } from '../helpers/testKeys.ts';

/** A demo database in `dir` and the extract model of its heaviest subject (the heavy debtor landmark). */
export function seedBenchDatabase(dir: string, subjects = 400): { file: string; db: Db; heavySubject: string } {
  const file = join(dir, 'bench.db');
  const db = openDatabase(file, testKeys.database);
  const result = seedDatabase(db, { subjects, seed: 'bench', policy: loadDefaultPolicy() });
  return { file, db, heavySubject: result.landmarks.heavyDebtor };
}

export function heavyModel(db: Db, subjectId: string, language: 'nl' | 'en' = 'nl'): ExtractModel {
  return assembleExtract(
    subjectProfileLoader(db)([subjectId]),
    loadDefaultPolicy(),
    {
      reference: 'INZ-BENCH-0001',
      receivedOn: '2026-10-20',
      kind: 'both',
      language,
      requester: { name: 'Bench Requester' },
      subjectIds: [subjectId],
      clerk: 'Bench Clerk',
    },
    '2026-11-01',
  );
}
