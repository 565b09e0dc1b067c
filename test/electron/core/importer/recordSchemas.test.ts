import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../electron/core/db/openDatabase.ts';
import type { RecordTable } from '../../../../electron/core/db/recordTables.ts';
import { recordTableNames, recordTables } from '../../../../electron/core/db/recordTables.ts';
import type { TableSchema } from '../../../../electron/core/importer/recordSchemas.ts';
import { recordSchemas } from '../../../../electron/core/importer/recordSchemas.ts';
import { loadDefaultPolicy } from '../../../../electron/core/policy/loadPolicy.ts';
import { seedTestDatabase } from '../../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

/** Values that break some column type or another: wrong types, empty, impossible dates, fractions. */
const oddValues: unknown[] = [
  null,
  '',
  'x',
  '2026-02-30',
  '2026-13-01',
  '2026-1-01',
  '２０２６-01-01',
  7,
  7.5,
  -1,
  0,
  1,
  2 ** 60,
  true,
  [],
  {},
  'open',
  'debtor',
  // Blank ids, *_json text that is no JSON object, and values only the processing register knows (or does not).
  '   ',
  '\u00a0',
  '{x',
  'null',
  '[1]',
  '{}',
  'client',
  'nowhere',
  'collection-route',
  'formal-demand',
  'constructor',
];

describe('recordSchemas: the fast bind path never accepts what the zod schema refuses', () => {
  const suiteDir = useTempDirs('suite');
  let db: Db;
  let schemas: Record<RecordTable, TableSchema>;
  const samples = {} as Record<RecordTable, Record<string, unknown>[]>;
  beforeAll(() => {
    db = seedTestDatabase(suiteDir(), 60, 'record-schemas').db;
    schemas = recordSchemas(db, loadDefaultPolicy());
    for (const table of recordTableNames) {
      // Stored rows as an export writes them: null fields left out, as a source system may do.
      samples[table] = (db.prepare(`SELECT * FROM ${table} ORDER BY rowid LIMIT 5`).all() as Record<string, unknown>[]).map((row) =>
        Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null)),
      );
    }
  });

  /** bind is either undecided (null) or agrees with zod and binds the values zod's output would. */
  function agrees(table: RecordTable, record: Record<string, unknown>): 'fast' | 'zod' {
    const schema = schemas[table];
    const bound = schema.bind(record);
    if (bound === null) return 'zod';
    const parsed = schema.schema.safeParse(record);
    expect(parsed.success, `${table} ${JSON.stringify(record)}`).toBe(true);
    expect(bound).toEqual(schema.columns.map((c) => parsed.data![c] ?? schema.defaults[c] ?? null));
    return 'fast';
  }

  it('takes the fast path for every stored record of the demo database', () => {
    for (const table of recordTableNames) {
      expect(samples[table]!.length, table).toBeGreaterThan(0);
      for (const record of samples[table]!) expect(agrees(table, record), table).toBe('fast');
    }
  });

  it('agrees with zod on every field left out, set to an odd value, or added', () => {
    let fallbacks = 0;
    for (const table of recordTableNames) {
      for (const record of samples[table]!) {
        for (const column of recordTables[table]) {
          const { [column]: _left, ...without } = record;
          if (agrees(table, without) === 'zod') fallbacks++;
          for (const value of oddValues) if (agrees(table, { ...record, [column]: value }) === 'zod') fallbacks++;
        }
        if (agrees(table, { ...record, huisnummer: 12 }) === 'zod') fallbacks++;
        if (agrees(table, JSON.parse(`{"__proto__": 1, ${JSON.stringify(record).slice(1)}`) as Record<string, unknown>) === 'zod')
          fallbacks++;
        expect(agrees(table, [record] as unknown as Record<string, unknown>)).toBe('zod');
      }
    }
    // The odd values must really have reached zod, or this test would prove nothing.
    expect(fallbacks).toBeGreaterThan(1000);
  });
});
