import Database from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/core/db/migrate.ts';
import { openDatabase } from '../../../../electron/core/db/openDatabase.ts';
import { recordTableNames } from '../../../../electron/core/db/recordTables.ts';
import { seedDatabase } from '../../../../electron/core/demo/seedDatabase.ts';
import { loadDefaultPolicy } from '../../../../electron/core/policy/loadPolicy.ts';
import { searchSubjects } from '../../../../electron/core/search/searchSubjects.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import { testKeys } from '../../../helpers/testKeys.ts';

describe('migration 002: search index', () => {
  const tempDir = useTempDirs();

  it('creates the FTS5 trigram table, the exact-keys table with its indexes and the vocabulary', () => {
    const db = new Database(':memory:');
    migrate(db, { target: 2 });
    const sql = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'search_documents'").pluck().get() as string;
    expect(sql).toMatch(/USING fts5\([\s\S]*tokenize = 'trigram'/);
    const indexes = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'search_keys' ORDER BY name")
      .pluck()
      .all();
    expect(indexes).toEqual(['search_keys_lookup', 'search_keys_subject']);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'search_terms'").pluck().get()).toBe(1);
  });

  it('indexes the records of a database that already held them at version 1', () => {
    const dir = tempDir();
    // Today's generator writes columns of later migrations: seed a current database without the index
    // step, then copy its version-1 columns into a version-1 database.
    const current = new Database(join(dir, 'current.db'));
    migrate(current);
    seedDatabase(current, { subjects: 60, seed: 'v1', policy: loadDefaultPolicy(), searchIndex: false });
    current.close();
    const file = join(dir, 'v1.db');
    const v1 = new Database(file);
    migrate(v1, { target: 1 });
    v1.prepare('ATTACH DATABASE ? AS current').run(join(dir, 'current.db'));
    for (const table of [...recordTableNames, 'meta']) {
      const columns = (v1.prepare(`PRAGMA main.table_info(${table})`).all() as { name: string }[]).map((c) => c.name).join(', ');
      v1.exec(`INSERT INTO main.${table} (${columns}) SELECT ${columns} FROM current.${table}`);
    }
    v1.exec('DETACH DATABASE current');
    expect(v1.pragma('foreign_key_check')).toEqual([]);
    expect(v1.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all()).not.toContain('search_keys');
    v1.close();

    const db = openDatabase(file, testKeys.database);
    expect(db.prepare('SELECT count(*) FROM search_documents').pluck().get()).toBe(60);
    expect(searchSubjects(db, '06-87654321')[0]!.displayName).toBe('Jan van den Berg');
  });
});
