import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../electron/core/db/openDatabase.ts';
import { openDatabase } from '../../../../electron/core/db/openDatabase.ts';
import { recordTableNames } from '../../../../electron/core/db/recordTables.ts';
import type { DemoLandmarks } from '../../../../electron/core/demo/landmarks.ts';
import { exportJsonl } from '../../../../electron/core/importer/exportJsonl.ts';
import { ImportError } from '../../../../electron/core/importer/importFormat.ts';
import type { ImportProgress } from '../../../../electron/core/importer/importJsonl.ts';
import { importJsonl } from '../../../../electron/core/importer/importJsonl.ts';
import { rebuildSearchIndex } from '../../../../electron/core/search/searchIndex.ts';
import { searchSubjects } from '../../../../electron/core/search/searchSubjects.ts';
import { seedTestDatabase } from '../../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import { testKeys } from '../../../helpers/testKeys.ts';

/** Every row of every record table and of the search index: "untouched" means this is unchanged. */
function fingerprint(db: Db): string {
  const parts = [...recordTableNames, 'search_keys'].map((t) =>
    JSON.stringify(db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).raw().all()),
  );
  parts.push(JSON.stringify(db.prepare('SELECT rowid, names, places, born, profile FROM search_documents ORDER BY rowid').raw().all()));
  return parts.join('\n');
}

describe('importJsonl', () => {
  const suiteDir = useTempDirs('suite');
  const tempDir = useTempDirs();
  let source: Db;
  let exported: string;
  let lines: string[];
  let landmarks: DemoLandmarks;
  beforeAll(() => {
    const dir = suiteDir();
    const seeded = seedTestDatabase(dir, 120, 'import-test');
    source = seeded.db;
    landmarks = seeded.result.landmarks;
    exported = join(dir, 'export.jsonl');
    exportJsonl(source, exported, { exportedAt: '2026-11-01T00:00:00Z', source: 'test' });
    lines = readFileSync(exported, 'utf8').split('\n');
    lines.pop();
  });

  const freshDb = () => openDatabase(join(tempDir(), 'target.db'), testKeys.database);
  const lineOf = (predicate: (object: { table?: string; record?: Record<string, unknown> }) => boolean) =>
    lines.findIndex((l) => predicate(JSON.parse(l)));

  it('round-trips a whole database: same records, searchable at once, progress reported', async () => {
    const db = freshDb();
    const progress: ImportProgress[] = [];
    const result = await importJsonl(db, exported, { onProgress: (p) => progress.push(p) });
    expect(result.records).toBe(lines.length - 2);
    for (const table of recordTableNames) {
      expect(db.prepare(`SELECT * FROM ${table} ORDER BY id`).all(), table).toEqual(
        source.prepare(`SELECT * FROM ${table} ORDER BY id`).all(),
      );
    }
    expect(progress.at(-2)).toMatchObject({ phase: 'reading', lines: lines.length });
    expect(progress.at(-1)!.phase).toBe('indexing');
    expect(progress.at(-1)!.bytes).toBe(progress.at(-1)!.totalBytes);
    expect(searchSubjects(db, 'Jan van den Berg').map((r) => r.subjectId)).toEqual(expect.arrayContaining(landmarks.namesakes));
    // The importer checks references itself and switches SQLite's check off only while it runs.
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('does not duplicate on re-import, and an updated record replaces its earlier version in the records and the index', async () => {
    const db = freshDb();
    await importJsonl(db, exported);
    const before = fingerprint(db);
    await importJsonl(db, exported);
    expect(fingerprint(db)).toBe(before);

    const janA = landmarks.namesakes[0];
    const index = lineOf((o) => o.table === 'subject_names' && o.record?.subject_id === janA);
    const changed = JSON.parse(lines[index]!);
    changed.record.surname = 'Bergsma';
    changed.record.particle = null;
    const file = join(tempDir(), 'update.jsonl');
    writeFileSync(file, [lines[0], JSON.stringify(changed), JSON.stringify({ end: { records: 1 } })].join('\n') + '\n');
    expect(await importJsonl(db, file)).toMatchObject({ records: 1, subjectsReindexed: 1 });
    expect(db.prepare('SELECT count(*) FROM subject_names WHERE subject_id = ?').pluck().get(janA)).toBe(1);
    expect(searchSubjects(db, 'Jan Bergsma')[0]!.subjectId).toBe(janA);
    // The old name is gone from the index: the namesake is still found under it, the renamed person no longer.
    const again = searchSubjects(db, 'Jan van den Berg').map((r) => r.subjectId);
    expect(again).toContain(landmarks.namesakes[1]);
    expect(again).not.toContain(janA);
  });

  /** Writes a variant of the export, imports it into a loaded database, and returns the error. */
  async function rejected(
    edit: (lines: string[]) => string[] | Buffer,
    name = 'bad.jsonl',
  ): Promise<{ error: ImportError; untouched: boolean }> {
    const db = freshDb();
    await importJsonl(db, exported);
    const before = fingerprint(db);
    const file = join(tempDir(), name);
    const content = edit([...lines]);
    writeFileSync(file, Buffer.isBuffer(content) ? content : `${content.join('\n')}\n`);
    let error: unknown;
    try {
      await importJsonl(db, file);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    return { error: error as ImportError, untouched: fingerprint(db) === before };
  }

  /** The same line with one field of its record changed (or removed, with undefined). */
  const withField = (all: string[], index: number, field: string, value: unknown) => {
    const object = JSON.parse(all[index]!);
    object.record[field] = value;
    all[index] = JSON.stringify(object);
    return all;
  };

  it('rejects wrong columns: an unknown field and a missing one, naming line and field', async () => {
    const index = lineOf((o) => o.table === 'addresses');
    const unknown = await rejected((all) => withField(all, index, 'huisnummer', 12));
    expect(unknown.error.message).toBe(
      `bad.jsonl:${index + 1}: addresses.huisnummer: unknown field (docs/import-format.md ` +
        `lists the fields of every table) (nothing was imported)`,
    );
    expect(unknown.untouched).toBe(true);
    const missing = await rejected((all) => withField(all, index, 'postcode', undefined));
    expect(missing.error.message).toMatch(new RegExp(`^bad\\.jsonl:${index + 1}: addresses\\.postcode: is required but missing`));
    expect(missing.untouched).toBe(true);
    const wrongType = await rejected((all) => withField(all, index, 'house_number', '12a'));
    expect(wrongType.error).toMatchObject({ line: index + 1, field: 'addresses.house_number' });
    const badEnum = await rejected((all) =>
      withField(
        all,
        lineOf((o) => o.table === 'case_parties'),
        'role',
        'friend',
      ),
    );
    expect(badEnum.error.message).toMatch(/case_parties\.role: Invalid option.*"debtor".*got "xxxxxx"/);
  });

  it('rejects bad dates, quoting only the masked shape of the value (no birth date in the message)', async () => {
    const index = lineOf((o) => o.table === 'subjects' && o.record?.id === landmarks.heavyDebtor);
    for (const [date, shape] of [
      ['1975-02-30', '9999-99-99'],
      ['14-06-1975', '99-99-9999'],
      ['1975-6-14', '9999-9-99'],
    ] as const) {
      const { error, untouched } = await rejected((all) => withField(all, index, 'birth_date', date));
      expect(error.message).toBe(
        `bad.jsonl:${index + 1}: subjects.birth_date: must be a calendar date written YYYY-MM-DD; got "${shape}" (nothing was imported)`,
      );
      expect(untouched).toBe(true);
    }
  });

  it('rejects a reference to a record that is neither in the file nor in the database, even when it comes first', async () => {
    const index = lineOf((o) => o.table === 'payments');
    const { error, untouched } = await rejected((all) => withField(all, index, 'case_id', 'INC-1900-0000001'));
    expect(error.message).toBe(
      `bad.jsonl:${index + 1}: payments.case_id: unknown reference: no cases record ` +
        `with id "INC-1900-0000001" in this file or in the database (nothing was ` +
        `imported)`,
    );
    expect(untouched).toBe(true);
    // Order does not matter: a party listed before its subject is fine when the subject follows.
    const db = freshDb();
    const subjectLine = lineOf((o) => o.table === 'subjects');
    const reordered = [lines[0]!, ...lines.slice(1, -1).filter((_, i) => i + 1 !== subjectLine), lines[subjectLine]!, lines.at(-1)!];
    const file = join(tempDir(), 'reordered.jsonl');
    writeFileSync(file, `${reordered.join('\n')}\n`);
    expect((await importJsonl(db, file)).records).toBe(lines.length - 2);
  });

  it('quotes no personal data from a line that is not JSON, and at most a short masked excerpt of a long value', async () => {
    const iban = 'NL91ABNA0417164300';
    const notJson = await rejected((all) => [...all.slice(0, 5), iban, ...all.slice(5)]);
    expect(notJson.error.message).toMatch(/^bad\.jsonl:6: not valid JSON/);
    expect(notJson.error.message).not.toContain(iban);
    const index = lineOf((o) => o.table === 'addresses');
    const long = await rejected((all) => withField(all, index, 'house_number', `Keizersgracht ${'1'.repeat(200)}`));
    expect(long.error.message).toMatch(/house_number: .*; got "Xxxxxxxxxxxxx 99…" \(nothing was imported\)$/);
  });

  it('rejects duplicate keys inside the file', async () => {
    const index = lineOf((o) => o.table === 'communications');
    const { error, untouched } = await rejected((all) => [
      ...all.slice(0, -1),
      all[index]!,
      JSON.stringify({ end: { records: all.length - 1 } }),
    ]);
    expect(error.message).toMatch(
      new RegExp(`^bad\\.jsonl:${lines.length}: communications\\.id: duplicate id "COM\\d+": this record appears twice in the file`),
    );
    expect(untouched).toBe(true);
  });

  it('rejects a file that is not UTF-8, naming the line', async () => {
    const index = lineOf((o) => o.table === 'subject_names' && o.record?.subject_id === landmarks.heavyDebtor);
    const { error, untouched } = await rejected((all) =>
      Buffer.concat(
        all.map((line, i) => Buffer.concat([i === index ? Buffer.from(line, 'latin1') : Buffer.from(line, 'utf8'), Buffer.from('\n')])),
      ),
    );
    expect(error.message).toBe(
      `bad.jsonl:${index + 1}: not valid UTF-8 text (the file must be UTF-8 encoded; ` +
        `was it saved as Latin-1 or Windows-1252?) (nothing was imported)`,
    );
    expect(untouched).toBe(true);
  });

  it('rejects a truncated file: cut inside a line, or cut at a line end before the end line', async () => {
    const whole = readFileSync(exported);
    const cut = await rejected(() => whole.subarray(0, Math.floor(whole.length * 0.6)));
    expect(cut.error.message).toMatch(/^bad\.jsonl:\d+: (the last line is cut off: the file is truncated|not valid JSON)/);
    expect(cut.untouched).toBe(true);
    const atLine = await rejected((all) => all.slice(0, 200));
    expect(atLine.error.message).toBe(
      'bad.jsonl:200: the file ends without its end line {"end":{"records":N}}: it is truncated (nothing was imported)',
    );
    expect(atLine.untouched).toBe(true);
    const miscounted = await rejected((all) => [...all.slice(0, 100), JSON.stringify({ end: { records: all.length - 2 } })]);
    expect(miscounted.error.message).toMatch(/^bad\.jsonl:101: end\.records: the end line announces \d+ records but the file holds 99/);
  });

  it('rejects a missing or newer header and a record that breaks a table rule', async () => {
    expect((await rejected((all) => all.slice(1))).error.message).toMatch(/^bad\.jsonl:1: format: the first line must be the header/);
    expect(
      (await rejected((all) => [JSON.stringify({ format: 'inzage-case-records', version: 2 }), ...all.slice(1)])).error.message,
    ).toMatch(/^bad\.jsonl:1: version: format version 2 is newer than this Inzage reads \(1\)/);
    const index = lineOf((o) => o.table === 'cases' && o.record?.status === 'open');
    const { error, untouched } = await rejected((all) => withField(all, index, 'status', 'closed'));
    expect(error.message).toMatch(
      new RegExp(`^bad\\.jsonl:${index + 1}: cases: breaks a rule of the case records: CHECK constraint failed`),
    );
    expect(untouched).toBe(true);
  });

  it('refuses a record or any other field on the header or the end line instead of dropping it', async () => {
    const record = JSON.parse(lines[lineOf((o) => o.table === 'subjects')]!);
    const onHeader = await rejected((all) => [JSON.stringify({ ...JSON.parse(all[0]!), ...record }), ...all.slice(1)]);
    expect(onHeader.error.message).toMatch(
      /^bad\.jsonl:1: table: the header line may hold only format, version, exportedAt, source and documentFiles/,
    );
    expect(onHeader.untouched).toBe(true);
    const onEnd = await rejected((all) => [...all.slice(0, -1), JSON.stringify({ ...JSON.parse(all.at(-1)!), ...record })]);
    expect(onEnd.error.message).toMatch(new RegExp(`^bad\\.jsonl:${lines.length}: table: the end line may hold only end`));
    expect(onEnd.untouched).toBe(true);
  });

  it('names the line of a record that breaks a table rule wherever it falls among the rows written together', async () => {
    // Into an empty database the rows of a table are written many to one INSERT: the first, a middle and a late open case.
    const openCases = lines.flatMap((line, index) => {
      const object = JSON.parse(line) as { table?: string; record?: { status?: string } };
      return object.table === 'cases' && object.record?.status === 'open' ? [index] : [];
    });
    expect(openCases.length).toBeGreaterThan(80);
    for (const index of [openCases[0]!, openCases[30]!, openCases[80]!]) {
      const db = freshDb();
      const file = join(tempDir(), 'bad.jsonl');
      writeFileSync(file, `${withField([...lines], index, 'status', 'closed').join('\n')}\n`);
      await expect(importJsonl(db, file)).rejects.toThrow(
        new RegExp(`^bad\\.jsonl:${index + 1}: cases: breaks a rule of the case records: CHECK constraint failed`),
      );
      expect(recordTableNames.map((t) => db.prepare(`SELECT count(*) FROM ${t}`).pluck().get())).toEqual(recordTableNames.map(() => 0));
    }
  });

  describe('a batch that cannot arrive (issue 13: "imported" means everything was imported)', () => {
    /** A JSON array nested `depth` deep: JSON.parse reads it, but a worker message holding it cannot be deserialised. */
    const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

    it('refuses a value nested too deep, naming file, line and field, and rolls back everything', async () => {
      const index = lineOf((o) => o.table === 'addresses');
      // Spliced in as text: JSON.stringify itself cannot write a value this deep.
      const { error, untouched } = await rejected((all) => {
        all[index] = all[index]!.replace(/"street":"[^"]*"/, `"street":${nested(5000)}`);
        return all;
      });
      expect(error).toMatchObject({ line: index + 1, field: 'addresses.street' });
      expect(error.message).toMatch(/nested deeper than \d+ levels/);
      expect(untouched).toBe(true);
    });

    it('refuses a single value larger than the limit, naming file, line and field, without quoting it', async () => {
      const index = lineOf((o) => o.table === 'subject_names');
      const { error, untouched } = await rejected((all) => withField(all, index, 'given_names', 'Jan'.repeat(400_000)));
      expect(error).toMatchObject({ line: index + 1, field: 'subject_names.given_names' });
      expect(error.message.length).toBeLessThan(400);
      expect(untouched).toBe(true);
    });
  });

  describe('with the parser in a worker thread', () => {
    /** The export with every record line padded, so the file spans several 1 MiB batches that are written before its end is read. */
    const padded = (all: string[]) => all.map((line, i) => (i === 0 || i === all.length - 1 ? line : `${line}${' '.repeat(800)}`));
    const counts = (db: Db) => recordTableNames.map((t) => db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number);

    it('rolls back rows already written when a late line is bad, into an empty database too', async () => {
      const db = freshDb();
      const emptyCounts = counts(db);
      const all = padded([...lines]);
      const index = all.length - 3;
      const object = JSON.parse(all[index]!);
      object.record.id = '';
      all[index] = JSON.stringify(object);
      const file = join(tempDir(), 'late.jsonl');
      writeFileSync(file, `${all.join('\n')}\n`);
      const progress: ImportProgress[] = [];
      const error = await importJsonl(db, file, { onProgress: (p) => progress.push(p) }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ImportError);
      expect((error as ImportError).message).toMatch(new RegExp(`^late\\.jsonl:${index + 1}: ${object.table}\\.id: `));
      // Batches were written (and reported) before the bad line was reached; none of it stayed.
      expect(progress.filter((p) => p.phase === 'reading').length).toBeGreaterThan(1);
      expect(counts(db)).toEqual(emptyCounts);
      expect(db.prepare('SELECT count(*) FROM search_documents').pluck().get()).toBe(0);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      // The same database then takes the good file.
      expect((await importJsonl(db, exported)).records).toBe(lines.length - 2);
    });

    it('reports the earliest problem when the main thread and the parser each find one in the same batch', async () => {
      const closedIndex = lineOf((o) => o.table === 'cases' && o.record?.status === 'open');
      // A table CHECK that only SQLite sees (main thread), then a line that is not JSON (parser) further on.
      const check = await rejected((all) => {
        withField(all, closedIndex, 'status', 'closed');
        all[closedIndex + 5] = '{"table": ';
        return all;
      });
      expect(check.error).toMatchObject({ line: closedIndex + 1, field: 'cases' });
      expect(check.untouched).toBe(true);
      // A record only zod can judge (main thread), then its own id again on the next line (parser): zod's verdict comes first.
      const addressIndex = lineOf((o) => o.table === 'addresses');
      const judged = await rejected((all) => {
        withField(all, addressIndex, 'house_number', 'twelve');
        all.splice(addressIndex + 1, 0, all[addressIndex]!);
        return all;
      });
      expect(judged.error).toMatchObject({ line: addressIndex + 1, field: 'addresses.house_number' });
      expect(judged.untouched).toBe(true);
    });

    it('builds the same search index from the file (into an empty database) as from the database, in any record order', async () => {
      const searchIndex = (db: Db) => {
        const terms = db.prepare('SELECT term FROM search_terms ORDER BY rowid').pluck().all() as string[];
        // search_words keeps no content: compare what each vocabulary word finds.
        const words = db.prepare('SELECT rowid FROM search_words WHERE search_words MATCH ? ORDER BY rowid').pluck();
        return [
          ...[
            'SELECT rowid, * FROM search_documents ORDER BY rowid',
            'SELECT rowid, * FROM search_keys ORDER BY rowid',
            "SELECT value FROM meta WHERE key = 'search.format'",
          ].map((sql) => JSON.stringify(db.prepare(sql).raw().all())),
          JSON.stringify(terms),
          JSON.stringify(terms.map((term) => words.all(`"${term}"`))),
        ].join('\n');
      };
      // Reversed, and with an alias recorded before the person's legal name (the legal name still comes first).
      const alias = JSON.parse(lines[lineOf((o) => o.table === 'subject_names')]!);
      Object.assign(alias.record, { id: `${alias.record.id}-alias`, kind: 'alias', surname: 'Aliasma', recorded_on: '1901-01-01' });
      const reversed = [
        lines[0]!,
        JSON.stringify(alias),
        ...lines.slice(1, -1).reverse(),
        JSON.stringify({ end: { records: lines.length - 1 } }),
      ];
      for (const [fileName, content] of [
        ['as-exported.jsonl', lines],
        ['reversed.jsonl', reversed],
      ] as const) {
        const db = freshDb();
        const file = join(tempDir(), fileName);
        writeFileSync(file, `${content.join('\n')}\n`);
        const result = await importJsonl(db, file);
        expect(result.subjectsReindexed).toBe(db.prepare('SELECT count(*) FROM subjects').pluck().get());
        const fromFile = searchIndex(db);
        expect(fromFile.length).toBeGreaterThan(10_000);
        rebuildSearchIndex(db);
        expect(searchIndex(db), fileName).toBe(fromFile);
      }
    });

    it('rolls back when stopped through its signal, and when the parser fails outright', async () => {
      const db = freshDb();
      await importJsonl(db, exported);
      const before = fingerprint(db);
      const file = join(tempDir(), 'stopped.jsonl');
      writeFileSync(file, `${padded([...lines]).join('\n')}\n`);
      const controller = new AbortController();
      const stopped = await importJsonl(db, file, { signal: controller.signal, onProgress: () => controller.abort() }).catch(
        (caught: unknown) => caught,
      );
      expect(stopped).toBeInstanceOf(ImportError);
      expect((stopped as ImportError).message).toBe('stopped.jsonl: the import was stopped (nothing was imported)');
      expect(fingerprint(db)).toBe(before);
      // A folder cannot be read: the parser throws outside any line, and the import still rolls back.
      const failed = await importJsonl(db, tempDir()).catch((caught: unknown) => caught);
      expect((failed as Error).message).toMatch(/the import stopped: .*EISDIR.*\(nothing was imported\)$/);
      expect(fingerprint(db)).toBe(before);
      expect(db.inTransaction).toBe(false);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    });
  });
});
