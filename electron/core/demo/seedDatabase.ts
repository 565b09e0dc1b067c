import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../db/openDatabase.ts';
import type { CellValue, RecordTable } from '../db/recordTables.ts';
import { insertSql, recordTableNames } from '../db/recordTables.ts';
import type { Policy } from '../../../shared/policy/policySchema.ts';
import type { DemoSink } from './demoContext.ts';
import { decideFromPolicy } from './decideFromPolicy.ts';
import type { DemoOptions } from './generateDemo.ts';
import { defaultDemoSeed, defaultReferenceDate, generateDemo } from './generateDemo.ts';
import type { DemoLandmarks } from './landmarks.ts';
import { rebuildSearchIndex } from '../search/searchIndex.ts';
import { addDemoDocuments } from './demoDocuments.ts';

export interface SeedOptions {
  subjects: number;
  seed?: string;
  referenceDate?: string;
  policy: Policy;
  onProgress?: DemoOptions['onProgress'];
  /**
   * Build the search index after the rows are in (default true), so a seeded database is searchable
   * at once. It is a separate step after the insert loop: the seed benchmark times the loop alone
   * against the bare insert loop and reports index building at its own rate (docs/search.md).
   */
  searchIndex?: boolean;
}

export interface SeedResult {
  subjects: number;
  rows: number;
  landmarks: DemoLandmarks;
}

/** One prepared INSERT per table, reused for every row. */
export function prepareInserts(db: Db): Record<RecordTable, Statement> {
  return Object.fromEntries(recordTableNames.map((table) => [table, db.prepare(insertSql(table))])) as Record<RecordTable, Statement>;
}

/**
 * Fills an empty database with the demo data. Rows are written in batches, each batch one
 * transaction; if anything fails the open batch is rolled back and the error is rethrown, and
 * because the database must start empty the caller can simply delete the file.
 */
export function seedDatabase(db: Db, options: SeedOptions): SeedResult {
  const existing = (db.prepare('SELECT count(*) AS n FROM subjects').get() as { n: number }).n;
  if (existing > 0) throw new Error(`${db.name} already holds ${existing} data subjects; seed into a new, empty database file.`);
  const inserts = prepareInserts(db);
  let rows = 0;
  const sink: DemoSink = {
    add(table: RecordTable, values: CellValue[]) {
      inserts[table].run(values);
      rows++;
    },
  };
  const seed = options.seed ?? defaultDemoSeed;
  const referenceDate = options.referenceDate ?? defaultReferenceDate;
  db.exec('BEGIN IMMEDIATE');
  try {
    const recordLandmarks = generateDemo(sink, {
      subjects: options.subjects,
      seed,
      referenceDate,
      decide: decideFromPolicy(options.policy),
      onProgress: options.onProgress,
      onBatch: () => db.exec('COMMIT; BEGIN IMMEDIATE'),
    });
    // The case file's documents (issue 16.1) come after the rows they are drawn from, in the same last batch.
    const documents = addDemoDocuments(db, recordLandmarks, { seed, referenceDate, policy: options.policy });
    const landmarks: DemoLandmarks = { ...recordLandmarks, mentionScan: documents.mentionScan, documents };
    const meta = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
    meta.run('demo.seed', seed);
    meta.run('demo.subjects', String(options.subjects));
    meta.run('demo.referenceDate', referenceDate);
    meta.run('demo.landmarks', JSON.stringify(landmarks));
    db.exec('COMMIT');
    if (options.searchIndex ?? true) rebuildSearchIndex(db);
    return { subjects: options.subjects, rows, landmarks };
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

export function readLandmarks(db: Db): DemoLandmarks | null {
  const row = db.prepare("SELECT value FROM meta WHERE key = 'demo.landmarks'").get() as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as DemoLandmarks) : null;
}
