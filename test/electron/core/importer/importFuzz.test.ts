import Database from 'better-sqlite3-multiple-ciphers';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../electron/core/db/openDatabase.ts';
import { openDatabase } from '../../../../electron/core/db/openDatabase.ts';
import { recordTableNames } from '../../../../electron/core/db/recordTables.ts';
import { exportJsonl } from '../../../../electron/core/importer/exportJsonl.ts';
import { ImportError } from '../../../../electron/core/importer/importFormat.ts';
import { importJsonl } from '../../../../electron/core/importer/importJsonl.ts';
import { seedTestDatabase } from '../../../helpers/demoDatabase.ts';
import { demoExtractModel } from '../../../helpers/demoExtractModel.ts';
import { mutateImportFile, seededRandom } from '../../../helpers/importMutator.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import { testKeys } from '../../../helpers/testKeys.ts';

/** Files per run (issue 13: at least 500). Another seed explores other files: INZAGE_FUZZ_SEED=… npx vitest run …importFuzz */
const runs = 500;
const seed = Number(process.env.INZAGE_FUZZ_SEED ?? 20261207);

/** Whole-line problems that have no field to name; every other refusal names one. */
const lineProblems = /not valid JSON|not valid UTF-8|must be a JSON object|cut off|after the end line|without its end line|longer than/;

/** The record lines of a file as the format defines them (blank lines skipped, CRLF accepted), or null if it is not all JSON. */
function recordsOf(bytes: Buffer): { table: string; record: Record<string, unknown> }[] | null {
  const records: { table: string; record: Record<string, unknown> }[] = [];
  for (const raw of bytes
    .toString('utf8')
    .replace(/^\ufeff/, '')
    .split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') continue;
    const object = JSON.parse(line) as { table?: string; record?: Record<string, unknown> };
    if (typeof object.table === 'string') records.push({ table: object.table, record: object.record! });
  }
  return records;
}

/**
 * The header, the records of `people` and every record they refer to (and those refer to, …), and the
 * end line: a consistent file, as small as the people's records.
 */
function closedSubset(db: Db, records: string[], people: Set<string>): string[] {
  const parsed = records.map((line) => ({ line, ...(JSON.parse(line) as { table: string; record: Record<string, string | null> }) }));
  const byKey = new Map(parsed.map((r) => [`${r.table}:${r.record.id}`, r]));
  const parents = (table: string) => db.prepare(`PRAGMA foreign_key_list(${table})`).all() as { table: string; from: string }[];
  const chosen = new Set(parsed.filter((r) => people.has(r.table === 'subjects' ? r.record.id! : (r.record.subject_id ?? ''))));
  for (const r of chosen) {
    for (const fk of parents(r.table)) {
      const value = r.record[fk.from];
      if (value) chosen.add(byKey.get(`${fk.table}:${value}`)!);
    }
  }
  const lines = parsed.filter((r) => chosen.has(r)).map((r) => r.line);
  return [JSON.stringify({ format: 'inzage-case-records', version: 1 }), ...lines, JSON.stringify({ end: { records: lines.length } })];
}

const idsOf = (db: Db, table: string) => new Set(db.prepare(`SELECT id FROM ${table}`).pluck().all() as string[]);

/**
 * Issue 13, "never anything in between": mutated import files, each either refused cleanly (an
 * ImportError naming the file, the line and, unless the whole line is unreadable, the field, with the
 * database byte for byte as it was) or imported completely (every record of the file stored, every
 * reference resolving, and the extract of every person it touched still assembles). Into an empty
 * database and into one that holds the base file (the upsert path) in turn; each run starts from a
 * fresh in-memory copy, so the runs are independent and the database bytes can be compared.
 */
describe(`importJsonl on ${runs} mutated files (seed ${seed})`, () => {
  const suiteDir = useTempDirs('suite');
  let base: string[];
  let emptyBytes: Buffer;
  let loadedBytes: Buffer;
  let dir: string;

  beforeAll(async () => {
    dir = suiteDir();
    // A small base file, so that every run is fast: the records of three people (one with an automated
    // decision, for the register's rules) and every record those refer to, so that it imports on its own.
    const { db } = seedTestDatabase(dir, 40, 'import-fuzz');
    const whole = join(dir, 'whole.jsonl');
    exportJsonl(db, whole, { exportedAt: '2026-11-01T00:00:00Z', source: 'fuzz' });
    // The people with the fewest records: one with an automated decision, and two others.
    const fewest = (from: string) =>
      db
        .prepare(
          `SELECT s.id FROM subjects s WHERE s.id IN (${from}) ORDER BY ` +
            '(SELECT count(*) FROM communications c WHERE c.subject_id = s.id) + ' +
            '(SELECT count(*) FROM payments p WHERE p.subject_id = s.id) + ' +
            '(SELECT count(*) FROM case_parties p WHERE p.subject_id = s.id), s.id LIMIT 2',
        )
        .pluck()
        .all() as string[];
    const people = [...fewest('SELECT subject_id FROM automated_decisions').slice(0, 1), ...fewest('SELECT id FROM subjects')];
    base = closedSubset(db, readFileSync(whole, 'utf8').split('\n').slice(1, -2), new Set(people));
    db.close();
    const exported = join(dir, 'base.jsonl');
    writeFileSync(exported, `${base.join('\n')}\n`);
    const empty = openDatabase(':memory:', testKeys.database);
    emptyBytes = empty.serialize();
    await importJsonl(empty, exported);
    loadedBytes = empty.serialize();
    empty.close();
  });

  it('refuses cleanly or imports completely, never anything in between', async () => {
    const random = seededRandom(seed);
    const file = join(dir, 'mutated.jsonl');
    const outcomes = { refused: 0, imported: 0 };
    for (let run = 0; run < runs; run++) {
      const { bytes, steps } = mutateImportFile(random, base);
      writeFileSync(file, bytes);
      const loaded = run % 2 === 1;
      const before = loaded ? loadedBytes : emptyBytes;
      const db = new Database(before);
      db.pragma('foreign_keys = ON');
      const what = `seed ${seed} run ${run} (${loaded ? 'loaded' : 'empty'} database): ${steps.join(', ')}`;
      const idsBefore = Object.fromEntries(recordTableNames.map((t) => [t, idsOf(db, t)]));
      const outcome = await importJsonl(db, file).then(
        (result) => ({ result, error: null }),
        (error: unknown) => ({ result: null, error }),
      );
      expect(db.inTransaction, what).toBe(false);
      expect(db.pragma('foreign_keys', { simple: true }), what).toBe(1);
      if (outcome.error !== null) {
        // A clean refusal: an ImportError (not any other failure) naming file, line and field.
        expect(outcome.error, `${what}: ${String(outcome.error)}`).toBeInstanceOf(ImportError);
        const error = outcome.error as ImportError;
        expect(error.file, what).toBe('mutated.jsonl');
        expect(error.message, what).toMatch(/^mutated\.jsonl/);
        if (error.line === null) expect(error.reason, what).toMatch(/the file is empty/);
        else expect(error.line, what).toBeGreaterThanOrEqual(1);
        if (error.field === null) expect(error.reason, what).toMatch(new RegExp(`${lineProblems.source}|the file is empty`));
        // A masked excerpt at most: no value of tens of thousands of characters in the message.
        expect(error.message.length, what).toBeLessThan(600);
        expect(Buffer.compare(db.serialize(), before), `${what}: the database changed`).toBe(0);
        outcomes.refused++;
      } else {
        // A complete import: every record line is a row (new ids added, known ones replaced), every reference resolves.
        const records = recordsOf(bytes)!;
        expect(outcome.result!.records, what).toBe(records.length);
        for (const table of recordTableNames) {
          const expected = new Set([...idsBefore[table]!, ...records.filter((r) => r.table === table).map((r) => r.record.id as string)]);
          expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), `${what}: ${table}`).toBe(expected.size);
        }
        expect(db.pragma('foreign_key_check'), what).toEqual([]);
        // No record it stored can make a person's extract fail.
        const subjects = new Set(records.flatMap((r) => [r.table === 'subjects' ? r.record.id : r.record.subject_id]));
        for (const subject of subjects) if (typeof subject === 'string') expect(() => demoExtractModel(db, subject), what).not.toThrow();
        outcomes.imported++;
      }
      db.close();
    }
    // Both outcomes must be reached, or the mutator is too timid (all imported) or too crude (nothing ever does).
    expect(outcomes.refused + outcomes.imported).toBe(runs);
    expect(outcomes.imported).toBeGreaterThan(runs * 0.05);
    expect(outcomes.refused).toBeGreaterThan(runs * 0.5);
  }, 600_000);
});
