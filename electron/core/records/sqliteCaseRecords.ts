import type { Statement } from 'better-sqlite3-multiple-ciphers';
import { statSync } from 'node:fs';
import type { Db } from '../db/openDatabase.ts';
import { schemaVersion } from '../db/migrate.ts';
import type { RecordTable } from '../db/recordTables.ts';
import { recordTableNames } from '../db/recordTables.ts';
import type { CaseRecordRepository } from './caseRecordRepository.ts';
import { subjectProfileLoader } from './loadSubjectProfile.ts';
import { subjectRecordsLoader } from './loadSubjectRecords.ts';

/** The case records in the SQLite file: prepared once per connection (lazily, the CLI runs one command), then reused. */
export function sqliteCaseRecords(db: Db): CaseRecordRepository {
  let records: ReturnType<typeof subjectRecordsLoader> | null = null;
  let profile: ReturnType<typeof subjectProfileLoader> | null = null;
  let name: Statement | null = null;
  const counts = new Map<RecordTable, Statement>();
  const count = (table: RecordTable): number => {
    let statement = counts.get(table);
    if (!statement) counts.set(table, (statement = db.prepare(`SELECT count(*) FROM ${table}`).pluck()));
    return statement.get() as number;
  };
  return {
    async subjectRecords(subjectId) {
      return (records ??= subjectRecordsLoader(db))(subjectId);
    },
    async displayName(subjectId) {
      name ??= db.prepare(
        'SELECT given_names, particle, surname FROM subject_names WHERE subject_id ' +
          "= ? ORDER BY kind = 'legal' DESC, recorded_on DESC LIMIT 1",
      );
      const row = name.get(subjectId) as { given_names: string; particle: string | null; surname: string } | undefined;
      return row ? [row.given_names, row.particle, row.surname].filter(Boolean).join(' ') : null;
    },
    async subjectProfile(subjectIds) {
      return (profile ??= subjectProfileLoader(db))(subjectIds);
    },
    async subjectIds() {
      return db.prepare('SELECT id FROM subjects ORDER BY id').pluck().all() as string[];
    },
    async countSubjects() {
      return count('subjects');
    },
    async countPerTable() {
      return Object.fromEntries(recordTableNames.map((table) => [table, count(table)])) as Record<RecordTable, number>;
    },
    async databaseInfo() {
      const meta = Object.fromEntries(
        (db.prepare('SELECT key, value FROM meta WHERE key != ?').all('demo.landmarks') as { key: string; value: string }[]).map((r) => [
          r.key,
          r.value,
        ]),
      );
      return { location: db.name, schemaVersion: schemaVersion(db), bytes: statSync(db.name).size, meta };
    },
    async isDemo() {
      return db.prepare("SELECT 1 FROM meta WHERE key = 'demo.seed'").get() !== undefined;
    },
    async importFile(file, options) {
      // Loaded on demand: the importer's record schemas (zod) stay out of `inzage stats` and `search`.
      const { importJsonl } = await import('../importer/importJsonl.ts');
      return importJsonl(db, file, options);
    },
  };
}
