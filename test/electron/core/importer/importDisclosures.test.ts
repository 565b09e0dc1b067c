import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/openDatabase.ts';
import { exportJsonl } from '../../../../electron/core/importer/exportJsonl.ts';
import { importJsonl } from '../../../../electron/core/importer/importJsonl.ts';
import { seedTestDatabase } from '../../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import { testKeys } from '../../../helpers/testKeys.ts';

/**
 * Issue 12.5: a collection system hands over the disclosures it made, each tied to the letter, look-up or
 * legal step that caused it (005_disclosureRecords.ts), with the same file/line/field errors as any record.
 */
describe('importing disclosures tied to their record', () => {
  const suiteDir = useTempDirs('suite');
  const tempDir = useTempDirs();
  let lines: string[];
  beforeAll(() => {
    const dir = suiteDir();
    const { db } = seedTestDatabase(dir, 80, 'import-disclosures');
    const file = join(dir, 'export.jsonl');
    exportJsonl(db, file, { exportedAt: '2026-11-01T00:00:00Z', source: 'test' });
    db.close();
    lines = readFileSync(file, 'utf8').split('\n');
    lines.pop();
  });

  const parsed = (line: string) => JSON.parse(line) as { table?: string; record?: Record<string, unknown> };
  const indexOf = (predicate: (record: Record<string, unknown>) => boolean) =>
    lines.findIndex((line) => parsed(line).table === 'disclosures' && predicate(parsed(line).record!));

  async function importEdited(index: number, fields: Record<string, unknown>): Promise<string> {
    const all = [...lines];
    const object = parsed(all[index]!);
    Object.assign(object.record!, fields);
    all[index] = JSON.stringify(object);
    const file = join(tempDir(), 'bad.jsonl');
    writeFileSync(file, `${all.join('\n')}\n`);
    const db = openDatabase(join(tempDir(), 'target.db'), testKeys.database);
    try {
      await importJsonl(db, file);
      return 'imported';
    } catch (error) {
      expect(db.prepare('SELECT count(*) FROM disclosures').pluck().get()).toBe(0);
      return (error as Error).message;
    } finally {
      db.close();
    }
  }

  it('carries the tie in the exported file and imports it back', async () => {
    const letter = indexOf((r) => typeof r.communication_id === 'string');
    const lookup = indexOf((r) => typeof r.lookup_id === 'string');
    const step = indexOf((r) => typeof r.legal_step_id === 'string');
    expect([letter, lookup, step].every((i) => i > 0)).toBe(true);
    expect(await importEdited(letter, {})).toBe('imported');
  });

  it('accepts a disclosure without the new fields (a file written before them)', async () => {
    const index = indexOf((r) => typeof r.communication_id === 'string');
    expect(await importEdited(index, { communication_id: undefined, lookup_id: undefined, legal_step_id: undefined })).toBe('imported');
  });

  it('refuses a tie to a letter that is neither in the file nor in the database, naming file, line and field', async () => {
    const index = indexOf((r) => typeof r.communication_id === 'string');
    expect(await importEdited(index, { communication_id: 'COM-NONE' })).toBe(
      `bad.jsonl:${index + 1}: disclosures.communication_id: unknown reference: no communications record ` +
        `with id "COM-NONE" in this file or in the database (nothing was imported)`,
    );
  });

  it('refuses a disclosure tied to two records, naming the line', async () => {
    const index = indexOf((r) => typeof r.communication_id === 'string');
    const lookup = parsed(lines[indexOf((r) => typeof r.lookup_id === 'string')]!).record!.lookup_id;
    expect(await importEdited(index, { lookup_id: lookup })).toMatch(
      new RegExp(`^bad\\.jsonl:${index + 1}: disclosures: breaks a rule of the case records: CHECK constraint failed`),
    );
  });

  it('refuses a tie that is not text, naming the field', async () => {
    const index = indexOf((r) => typeof r.lookup_id === 'string');
    expect(await importEdited(index, { lookup_id: 42 })).toMatch(new RegExp(`^bad\\.jsonl:${index + 1}: disclosures\\.lookup_id: `));
  });
});
