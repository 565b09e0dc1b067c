import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/core/db/openDatabase.ts';
import { recordTables } from '../../../electron/core/db/recordTables.ts';
import { loadDefaultPolicy } from '../../../electron/core/policy/loadPolicy.ts';
import { redactionReasonSchema, sectionIdSchema } from '../../../shared/extract/extractModel.ts';
import { columnFormatter, displayValue } from '../../../shared/extract/recordFields.ts';
import { fixedCsvColumns } from '../../../shared/output/portableData.ts';
import { fill, MissingTextError, textFor, texts } from '../../../shared/extract/texts.ts';
import { seedTestDatabase } from '../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../helpers/tempDir.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the extract’s text catalogue', () => {
  it('has every text in Dutch and English, with the same placeholders, and different wording where it is prose', () => {
    for (const [key, entry] of Object.entries(texts)) {
      expect(entry.nl.trim(), key).not.toBe('');
      expect(entry.en.trim(), key).not.toBe('');
      expect(placeholders(entry.nl), key).toEqual(placeholders(entry.en));
    }
    expect(texts['heading.rights'].nl).not.toBe(texts['heading.rights'].en);
  });

  it('refuses a missing text or a missing placeholder value instead of printing an empty string', () => {
    expect(() => textFor('code.gender.Q', 'nl')).toThrow(MissingTextError);
    expect(() => fill('letter.salutation', 'en')).toThrow(/needs a value for \{name\}/);
    expect(fill('letter.salutation', 'en', { name: 'Ms Jansen' })).toBe('Dear Ms Jansen,');
  });
});

/** The source of every module a renderer or the assembler runs (not the catalogue itself, not the tests). */
function sourceText(): string {
  const root = join(import.meta.dirname, '../../..');
  const files = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? files(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
    );
  return ['shared', 'electron', 'renderer']
    .flatMap(files)
    .filter((file) => file !== join('shared', 'extract', 'texts.ts'))
    .map((file) => readFileSync(join(root, file), 'utf8'))
    .join('\n');
}

describe('texts nothing reads', () => {
  it('has no entry that no renderer or assembler reads (issue 11: texts no renderer reads are removed)', () => {
    const source = sourceText();
    // Keys built at run time, each from a closed list (section ids, redaction reasons, CSV columns) or from
    // stored codes (code., safeguard., retention.: the demo-data test below proves those are read).
    const families: [string, readonly string[] | null][] = [
      ['heading.', sectionIdSchema.options],
      ['article.', sectionIdSchema.options],
      ['reason.', redactionReasonSchema.options],
      ['readme.column.', fixedCsvColumns],
      ['workbook.portability.', ['provided', 'observed']],
      ['code.', null],
      ['safeguard.', null],
      ['retention.', null],
    ];
    const built = (key: string) =>
      families.some(
        ([prefix, names]) =>
          key.startsWith(prefix) && source.includes(`\`${prefix}\${`) && (names === null || names.includes(key.slice(prefix.length))),
      );
    const unread = Object.keys(texts).filter((key) => !source.includes(`'${key}'`) && !built(key));
    expect(unread).toEqual([]);
  });
});

describe('display of every stored value in the demo database', () => {
  const suiteDir = useTempDirs('suite');
  let db: Db;
  beforeAll(() => {
    db = seedTestDatabase(suiteDir(), 200, 'texts').db;
  });
  afterAll(() => db.close());

  it('has words for every code the demo data holds, in both languages', () => {
    const policy = loadDefaultPolicy();
    const organisationNames = new Map(
      (db.prepare('SELECT id, name FROM organisations').all() as { id: string; name: string }[]).map((o) => [o.id, o.name]),
    );
    let checked = 0;
    for (const [table, columns] of Object.entries(recordTables)) {
      if (!policy.recordKinds[table]) continue;
      for (const column of columns) {
        if (column === 'id' || column.endsWith('_json')) continue;
        const values = db.prepare(`SELECT DISTINCT ${column} AS v FROM ${table} LIMIT 50`).all() as { v: string | number | null }[];
        for (const { v } of values) {
          for (const language of ['nl', 'en'] as const) {
            const ctx = { policy, language, organisationNames };
            const shown = displayValue(table, column, v, ctx);
            expect(shown, `${table}.${column}=${String(v)}`).not.toBe('');
            expect(columnFormatter(table, column, ctx)(v), `${table}.${column}=${String(v)}`).toBe(shown);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});
