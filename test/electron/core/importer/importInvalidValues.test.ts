import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../electron/core/db/openDatabase.ts';
import { openDatabase } from '../../../../electron/core/db/openDatabase.ts';
import { recordTableNames } from '../../../../electron/core/db/recordTables.ts';
import { exportJsonl } from '../../../../electron/core/importer/exportJsonl.ts';
import { ImportError } from '../../../../electron/core/importer/importFormat.ts';
import { importJsonl } from '../../../../electron/core/importer/importJsonl.ts';
import { importCaseRecords } from '../../../../electron/core/importer/importUseCase.ts';
import { refusal, testUseCaseDeps } from '../../../helpers/useCaseDeps.ts';
import { seedTestDatabase } from '../../../helpers/demoDatabase.ts';
import { demoExtractModel } from '../../../helpers/demoExtractModel.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import { testKeys } from '../../../helpers/testKeys.ts';

/** Every row of every record table: "unchanged" means this is the same. */
const fingerprint = (db: Db) =>
  recordTableNames.map((t) => JSON.stringify(db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).raw().all())).join('\n');

/**
 * Issue 13: values the import format calls invalid are refused, "so that no imported record can later
 * make a person's extract fail". Each case first shows what such a record does once stored (written
 * into a copy of the database as the importer before this fix let it through), then that the importer
 * now refuses the file that carries it, naming line and field, and changes nothing.
 */
describe('importJsonl refuses values the format calls invalid', () => {
  const suiteDir = useTempDirs('suite');
  const tempDir = useTempDirs();
  let seeded: string;
  let lines: string[];
  beforeAll(() => {
    const dir = suiteDir();
    const { db, file } = seedTestDatabase(dir, 60, 'invalid-values');
    db.close();
    seeded = file;
    const exported = join(dir, 'export.jsonl');
    const source = openDatabase(file, testKeys.database);
    exportJsonl(source, exported, { exportedAt: '2026-11-01T00:00:00Z', source: 'test' });
    source.close();
    lines = readFileSync(exported, 'utf8').split('\n');
    lines.pop();
  });

  /** The first record line of `table`: its index and its record. */
  const firstOf = (table: string) => {
    const index = lines.findIndex((l) => (JSON.parse(l) as { table?: string }).table === table);
    return { index, record: (JSON.parse(lines[index]!) as { record: Record<string, string> }).record };
  };

  /** A copy of the seeded database with one field of one record set as the old importer would have stored it. */
  function storedAnyway(table: string, id: string, column: string, value: string): Db {
    const copy = join(tempDir(), 'stored.db');
    copyFileSync(seeded, copy);
    const db = openDatabase(copy, testKeys.database);
    db.prepare(`UPDATE ${table} SET ${column} = ? WHERE id = ?`).run(value, id);
    return db;
  }

  /** Imports the export with that field changed into a loaded database: the refusal, and whether the database stayed as it was. */
  async function refused(index: number, column: string, value: string): Promise<{ error: ImportError; unchanged: boolean }> {
    const db = openDatabase(join(tempDir(), 'target.db'), testKeys.database);
    const good = join(tempDir(), 'good.jsonl');
    writeFileSync(good, `${lines.join('\n')}\n`);
    await importJsonl(db, good);
    const before = fingerprint(db);
    const all = [...lines];
    const object = JSON.parse(all[index]!) as { record: Record<string, unknown> };
    object.record[column] = value;
    all[index] = JSON.stringify(object);
    const bad = join(tempDir(), 'bad.jsonl');
    writeFileSync(bad, `${all.join('\n')}\n`);
    const error = await importJsonl(db, bad).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportError);
    const unchanged = fingerprint(db) === before;
    db.close();
    return { error: error as ImportError, unchanged };
  }

  it.each([
    [
      'inputs_json that is not JSON',
      'inputs_json',
      '{"open_balance_cents":',
      /inputs_json is not valid JSON/,
      'must be text holding a JSON object',
    ],
    [
      'inputs_json that is JSON but no object',
      'inputs_json',
      'null',
      /Cannot convert undefined or null to object/,
      'must be text holding a JSON object',
    ],
    [
      'an outcome its rule set does not have',
      'outcome',
      'court-martial',
      /has no outcome "court-martial"/,
      'must be one of the outcomes of its rule set',
    ],
    [
      'a rule set the register does not have',
      'rule_set',
      'collection-route-v9',
      /has no rule set "collection-route-v9"/,
      "must be one of the processing register's",
    ],
  ])(
    'an automated decision with %s: once stored it fails the extract; the importer refuses it',
    async (_, column, value, extractFailure, reason) => {
      const { index, record } = firstOf('automated_decisions');
      const db = storedAnyway('automated_decisions', record.id!, column, value);
      expect(() => demoExtractModel(db, record.subject_id!)).toThrow(extractFailure);
      db.close();
      const { error, unchanged } = await refused(index, column, value);
      expect(error).toMatchObject({ file: 'bad.jsonl', line: index + 1, field: `automated_decisions.${column}` });
      expect(error.reason).toContain(reason);
      expect(unchanged).toBe(true);
    },
  );

  it('an unknown source id: stored, the extract cannot say where a record came from (Art. 15(1)(g)), refused', async () => {
    const { index, record } = firstOf('payments');
    const db = storedAnyway('payments', record.id!, 'source', 'incasso-x');
    const model = demoExtractModel(db, record.subject_id!, { language: 'en' });
    db.close();
    const sources = model.categories.flatMap((c) => c.sources);
    // The extract falls back to the bare id: no label, no description of the source from the register.
    expect(sources).toContainEqual({ id: 'incasso-x', label: 'incasso-x', description: 'incasso-x' });
    const { error, unchanged } = await refused(index, 'source', 'incasso-x');
    expect(error).toMatchObject({ line: index + 1, field: 'payments.source' });
    expect(error.message).toMatch(/payments\.source: must be one of the processing register's sources; got "xxxxxxx-x"/);
    expect(unchanged).toBe(true);
  });

  it.each([
    ['communications', 'letter_type', 'open'],
    ['disclosures', 'safeguard', 'gentlemens-agreement'],
  ])('a %s.%s code the extract has no words for: once stored it fails the extract; refused', async (table, column, value) => {
    const found = lines.findIndex((l) => {
      const object = JSON.parse(l) as { table?: string; record?: Record<string, unknown> };
      return object.table === table && typeof object.record?.[column] === 'string';
    });
    const { index, record } =
      found >= 0 ? { index: found, record: (JSON.parse(lines[found]!) as { record: Record<string, string> }).record } : firstOf(table);
    const db = storedAnyway(table, record.id!, column, value);
    expect(() => demoExtractModel(db, record.subject_id!)).toThrow(/No text ".*" in the extract's text catalogue/);
    db.close();
    const { error, unchanged } = await refused(index, column, value);
    expect(error).toMatchObject({ line: index + 1, field: `${table}.${column}` });
    expect(error.reason).toContain("must be one of the codes the extract's text catalogue explains");
    expect(unchanged).toBe(true);
  });

  it('result_json that is not JSON, and empty or whitespace-only ids and references, are refused with line and field', async () => {
    const lookup = firstOf('external_lookups');
    const notJson = await refused(lookup.index, 'result_json', 'score=373');
    expect(notJson.error).toMatchObject({ line: lookup.index + 1, field: 'external_lookups.result_json' });
    expect(notJson.unchanged).toBe(true);
    for (const blank of ['', ' \u00a0\t']) {
      const id = await refused(lookup.index, 'id', blank);
      expect(id.error).toMatchObject({ line: lookup.index + 1, field: 'external_lookups.id' });
      expect(id.error.reason).toMatch(/must not be empty or only spaces/);
      expect(id.unchanged).toBe(true);
      const reference = await refused(lookup.index, 'case_id', blank);
      expect(reference.error).toMatchObject({ line: lookup.index + 1, field: 'external_lookups.case_id' });
      expect(reference.unchanged).toBe(true);
    }
  });

  it('checks against the register in force, which the import use case passes (not only the built-in one)', async () => {
    const db = openDatabase(join(tempDir(), 'target.db'), testKeys.database);
    const file = join(tempDir(), 'export.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const deps = testUseCaseDeps(db).on('2026-11-01');
    // A register of an organisation that takes nothing from its clients' files: every "client" record is refused.
    const register = { ...deps.register, sources: deps.register.sources.filter((s) => s.id !== 'client') };
    const firstClientRecord = lines.findIndex((l) => (JSON.parse(l) as { record?: { source?: string } }).record?.source === 'client');
    expect(firstClientRecord).toBeGreaterThan(0);
    const refused = await refusal(importCaseRecords({ ...deps, register }, { file }));
    expect(refused).toMatchObject({ code: 'import.invalid-record', params: { file: 'export.jsonl', line: firstClientRecord + 1 } });
    expect(String(refused.params.field)).toMatch(/\.source: $/);
    expect(recordTableNames.map((t) => db.prepare(`SELECT count(*) FROM ${t}`).pluck().get())).toEqual(recordTableNames.map(() => 0));
    // The same file under the register that has the source imports.
    expect((await importCaseRecords(deps, { file })).records).toBe(lines.length - 2);
    db.close();
  });
});
