import Database from 'better-sqlite3-multiple-ciphers';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../electron/core/db/openDatabase.ts';
import type { Db } from '../../../../../electron/core/db/openDatabase.ts';
import { openPostgresPool } from '../../../../../electron/core/db/postgres/postgresPool.ts';
import { migratePostgres } from '../../../../../electron/core/db/postgres/postgresMigrate.ts';
import { recordTableNames } from '../../../../../electron/core/db/recordTables.ts';
import type { DemoLandmarks } from '../../../../../electron/core/demo/landmarks.ts';
import { exportJsonl } from '../../../../../electron/core/importer/exportJsonl.ts';
import { ImportError } from '../../../../../electron/core/importer/importFormat.ts';
import { importJsonl } from '../../../../../electron/core/importer/importJsonl.ts';
import type { ImportResult } from '../../../../../electron/core/importer/importJsonl.ts';
import { importJsonlPostgres } from '../../../../../electron/core/importer/postgresCaseImport.ts';
import type { CaseRecordRepository } from '../../../../../electron/core/records/caseRecordRepository.ts';
import { sqliteCaseRecords } from '../../../../../electron/core/records/sqliteCaseRecords.ts';
import type { Store } from '../../../../../electron/core/store/store.ts';
import { seedTestDatabase } from '../../../../helpers/demoDatabase.ts';
import { mutateImportFile, seededRandom } from '../../../../helpers/importMutator.ts';
import { useStoreBackends } from '../../../../helpers/storeBackends.ts';
import { useTempDirs } from '../../../../helpers/tempDir.ts';
import { usePostgresDatabases } from '../../../../helpers/testPostgres.ts';
import { testKeys } from '../../../../helpers/testKeys.ts';

/** The landmark people of the demo (demo/landmarks.ts) as subject ids, and the groups one person spans. */
function landmarkPeople(landmarks: DemoLandmarks): { single: string[]; groups: string[][] } {
  const single = new Set<string>();
  for (const value of Object.values(landmarks)) {
    // Person ids only: the landmarks also name the demo's documents (mentionScan, documents).
    if (typeof value === 'string') {
      if (/^S\d+$/.test(value)) single.add(value);
    } else if (Array.isArray(value)) for (const id of value) single.add(id);
    else for (const id of Object.values(value as Record<string, string>)) if (/^S\d+$/.test(id)) single.add(id);
  }
  return { single: [...single].sort(), groups: [landmarks.duplicatePair, landmarks.namesakes] };
}

/** What an import refusal says, for comparing the two backends: a rule the database enforces is worded by each in its own terms. */
function refusal(error: unknown): { file: string; line: number | null; field: string | null; reason: string } {
  expect(error).toBeInstanceOf(ImportError);
  const { file, line, field, reason } = error as ImportError;
  return {
    file,
    line,
    field,
    reason: reason.startsWith('breaks a rule of the case records') ? 'breaks a rule of the case records' : reason,
  };
}

const outcome = (promise: Promise<ImportResult>) =>
  promise.then(
    (result) => ({ result, error: null as unknown }),
    (error: unknown) => ({ result: null, error }),
  );

/**
 * The case records on both backends of the storage port (issue 15.5): the demo database exported as
 * the import format and imported through each store's importFile gives, for every landmark person of
 * the demo, the same records, profile and name as the SQLite database it came from, and the same
 * counts; a bad file is refused with the same file, line, field and reason and changes nothing.
 */
describe('case records contract (SQLite and PostgreSQL)', () => {
  const backends = useStoreBackends();
  const suiteDir = useTempDirs('suite');
  let source: Db;
  let sourceRecords: CaseRecordRepository;
  let exported: string;
  let dir: string;
  let landmarks: DemoLandmarks;

  beforeAll(() => {
    dir = suiteDir();
    const seeded = seedTestDatabase(dir, 400, 'records-contract');
    source = seeded.db;
    landmarks = seeded.result.landmarks;
    sourceRecords = sqliteCaseRecords(source);
    exported = join(dir, 'demo.jsonl');
    exportJsonl(source, exported, { exportedAt: '2026-11-01T00:00:00Z', source: 'contract' });
    return () => source.close();
  });

  const lines = () => readFileSync(exported, 'utf8').split('\n').slice(0, -1);
  /** A source id the processing register knows (registerRules.ts), taken from the file itself. */
  const knownSource = () => (JSON.parse(lines()[1]!) as { record: { source: string } }).record.source;
  const write = (name: string, content: string[]) => {
    const file = join(dir, name);
    writeFileSync(file, `${content.join('\n')}\n`);
    return file;
  };
  /** The file with `records` (table, record) appended before its end line. */
  const withExtra = (name: string, records: { table: string; record: Record<string, unknown> }[]) => {
    const all = lines();
    const end = JSON.parse(all.pop()!) as { end: { records: number } };
    return write(name, [
      ...all,
      ...records.map((r) => JSON.stringify(r)),
      JSON.stringify({ end: { records: end.end.records + records.length } }),
    ]);
  };

  for (const backend of backends) {
    describe(backend.name, () => {
      const imported = async (): Promise<Store> => {
        const store = await backend.open();
        await store.records.importFile(exported);
        return store;
      };

      it('gives every landmark person of the demo the records, profile and name of the database the file came from', async () => {
        const store = await imported();
        const { single, groups } = landmarkPeople(landmarks);
        expect(single.length).toBeGreaterThan(15);
        for (const id of single) {
          expect(await store.records.subjectRecords(id), id).toEqual(await sourceRecords.subjectRecords(id));
          expect(await store.records.subjectProfile([id]), id).toEqual(await sourceRecords.subjectProfile([id]));
          expect(await store.records.displayName(id), id).toBe(await sourceRecords.displayName(id));
        }
        // One person under several subject entries: the merged profile.
        for (const group of groups) expect(await store.records.subjectProfile(group)).toEqual(await sourceRecords.subjectProfile(group));
        // The shared case file: the co-debtor's data are there, as withheld third-party data.
        const shared = await store.records.subjectProfile([landmarks.sharedCase.debtor]);
        expect(shared.thirdParties.map((p) => p.subjectId)).toContain(landmarks.sharedCase.coDebtor);
        await expect(store.records.subjectRecords('S9999999')).rejects.toMatchObject({ code: 'subject.not-found' });
        expect(await store.records.displayName('S9999999')).toBeNull();
      });

      it('counts the same subjects and rows per table, and lists the same subject ids in the same order', async () => {
        const store = await imported();
        expect(await store.records.countPerTable()).toEqual(await sourceRecords.countPerTable());
        expect(await store.records.countSubjects()).toBe(400);
        expect(await store.records.subjectIds()).toEqual(await sourceRecords.subjectIds());
        // An imported file is not the demo: only the seeded demo carries demo.seed (a team helper copies it: postgresDemo.ts).
        expect(await store.records.isDemo()).toBe(false);
        const info = await store.records.databaseInfo();
        expect(info.schemaVersion).toBeGreaterThanOrEqual(1);
        expect(info.bytes).toBeGreaterThan(0);
        expect(info.location).not.toMatch(/:[^:@/]+@/);
      });

      it('refuses a bad record with its file, line and field, and imports nothing of the file', async () => {
        const store = await backend.open();
        const count = lines().length;
        const badGender = withExtra('bad-gender.jsonl', [
          { table: 'subjects', record: { id: 'S9000001', gender: 'Q', created_on: '2024-01-01', source: knownSource() } },
        ]);
        await expect(store.records.importFile(badGender)).rejects.toMatchObject({
          file: 'bad-gender.jsonl',
          line: count,
          field: 'subjects.gender',
        });
        const unknownReference = withExtra('unknown-reference.jsonl', [
          {
            table: 'email_addresses',
            record: { id: 'E9000001', subject_id: 'S9000099', email: 'x@example.org', recorded_on: '2024-01-01', source: knownSource() },
          },
        ]);
        await expect(store.records.importFile(unknownReference)).rejects.toMatchObject({
          line: count,
          field: 'email_addresses.subject_id',
          reason: expect.stringMatching(/^unknown reference/),
        });
        // A rule across columns that only the database's CHECK holds: a closed case without its closing date.
        const openClosed = withExtra('closed-without-date.jsonl', [
          {
            table: 'cases',
            record: {
              id: 'C9000001',
              client_id: JSON.parse(lines().find((l) => l.includes('"table":"cases"'))!).record.client_id,
              client_reference: 'X-1',
              opened_on: '2024-01-01',
              closed_on: null,
              status: 'closed',
              source: knownSource(),
            },
          },
        ]);
        await expect(store.records.importFile(openClosed)).rejects.toMatchObject({
          line: count,
          field: 'cases',
          reason: expect.stringMatching(/^breaks a rule of the case records/),
        });
        expect(Object.values(await store.records.countPerTable()).every((n) => n === 0)).toBe(true);
      });

      it('re-imports by id (all or nothing): a corrected file replaces records, a bad one leaves them as they were', async () => {
        const store = await imported();
        const before = await store.records.countPerTable();
        const person = landmarks.heavyDebtor;
        const records = await sourceRecords.subjectRecords(person);
        const name = records.records.subject_names![0]!;
        const correction = { table: 'subject_names', record: { ...name, surname: 'Corrected' } };
        const broken = { table: 'subjects', record: { id: 'S9000002', gender: 'Q', created_on: '2024-01-01', source: knownSource() } };
        const header = lines()[0]!;
        const failing = write('failing.jsonl', [
          header,
          JSON.stringify(correction),
          JSON.stringify(broken),
          JSON.stringify({ end: { records: 2 } }),
        ]);
        await expect(store.records.importFile(failing)).rejects.toMatchObject({ line: 3, field: 'subjects.gender' });
        expect(await store.records.subjectRecords(person)).toEqual(records);
        const fixed = write('fixed.jsonl', [header, JSON.stringify(correction), JSON.stringify({ end: { records: 1 } })]);
        const result = await store.records.importFile(fixed);
        expect(result).toMatchObject({ records: 1, byTable: { subject_names: 1 }, subjectsReindexed: 1 });
        const after = await store.records.subjectRecords(person);
        expect(after.records.subject_names!.find((n) => n.id === name.id)!.surname).toBe('Corrected');
        expect(await store.records.countPerTable()).toEqual(before);
      });
    });
  }
});

/**
 * The same validation on both backends, over mutated files (test/helpers/importMutator.ts, as the
 * SQLite import's fuzz test): each file is refused by both with the same file, line, field and
 * reason, or imported by both with the same counts and digest. On PostgreSQL one database serves every
 * run: a refusal must leave it empty (all or nothing), an import is emptied again.
 */
describe('import refusals are the same on SQLite and PostgreSQL (mutated files)', () => {
  const suiteDir = useTempDirs('suite');
  const databases = usePostgresDatabases();
  const runs = 30;
  const seed = 20261208;

  it(`agrees on ${runs} mutated files`, async () => {
    const dir = suiteDir();
    const { db } = seedTestDatabase(dir, 40, 'records-fuzz');
    const whole = join(dir, 'whole.jsonl');
    exportJsonl(db, whole, { exportedAt: '2026-11-01T00:00:00Z', source: 'fuzz' });
    db.close();
    const base = readFileSync(whole, 'utf8').split('\n').slice(0, -1);
    const url = await databases();
    const pool = openPostgresPool(url);
    try {
      await migratePostgres(pool, url);
      const empty = openDatabase(':memory:', testKeys.database);
      const emptyBytes = empty.serialize();
      empty.close();
      const random = seededRandom(seed);
      const file = join(dir, 'mutated.jsonl');
      const seen = { refused: 0, imported: 0 };
      for (let run = 0; run < runs; run++) {
        const { bytes, steps } = mutateImportFile(random, base);
        writeFileSync(file, bytes);
        const what = `seed ${seed} run ${run}: ${steps.join(', ')}`;
        const sqlite = new Database(emptyBytes);
        const onSqlite = await outcome(importJsonl(sqlite, file));
        sqlite.close();
        const onPostgres = await outcome(importJsonlPostgres(pool, file));
        if (onSqlite.error) {
          expect(onPostgres.error, `${what}: imported on PostgreSQL`).not.toBeNull();
          expect(refusal(onPostgres.error), what).toEqual(refusal(onSqlite.error));
          const rows = await pool.query<{ n: number }>(
            `SELECT ${recordTableNames.map((t) => `(SELECT count(*) FROM ${t})`).join(' + ')} AS n`,
          );
          expect(rows.rows[0]!.n, `${what}: rows left behind`).toBe(0);
          seen.refused++;
        } else {
          expect(onPostgres.error, `${what}: ${String(onPostgres.error)}`).toBeNull();
          const { sha256, records, byTable } = onSqlite.result!;
          expect(onPostgres.result, what).toMatchObject({ sha256, records, byTable });
          // CASCADE: the case-file documents (PostgreSQL migration 006) refer to cases and subjects; this file imported none.
          await pool.query(`TRUNCATE ${recordTableNames.join(', ')} CASCADE`);
          seen.imported++;
        }
      }
      expect(seen.refused).toBeGreaterThan(runs / 4);
    } finally {
      await pool.end();
    }
  }, 300_000);
});
