import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../electron/core/db/openDatabase.ts';
import { migratePostgres } from '../../../../electron/core/db/postgres/postgresMigrate.ts';
import { openPostgresPool } from '../../../../electron/core/db/postgres/postgresPool.ts';
import { namesakesOf } from '../../../../electron/core/search/namesakes.ts';
import { postgresSearch } from '../../../../electron/core/search/postgresSearch.ts';
import type { SearchRepository } from '../../../../electron/core/search/searchRepository.ts';
import { findSubjects } from '../../../../electron/core/search/searchSubjects.ts';
import { benchQueries, narrowingQueries } from '../../../bench/searchBench.ts';
import { seedTestDatabase } from '../../../helpers/demoDatabase.ts';
import { fillPostgresSearchIndex } from '../../../helpers/postgresSearchFill.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import { usePostgresSuiteDatabases } from '../../../helpers/postgresSuiteDatabase.ts';

/**
 * Issue 15.2: search on PostgreSQL with its own means gives the same results as SQLite on the search
 * bench's query set (its mixed and narrowing queries, drawn from the demo database): the same first
 * five people for ≥ 95% of the queries, the same evidence of what matched for a person both list,
 * the same true total. The PostgreSQL index holds the demo database's own search documents.
 */
describe('search on PostgreSQL agrees with SQLite', () => {
  const tempDir = useTempDirs('suite');
  const database = usePostgresSuiteDatabases();
  let db: Db;
  let pool: pg.Pool;
  let search: SearchRepository;

  beforeAll(async () => {
    db = seedTestDatabase(tempDir(), 400, 'pg-search-agreement').db;
    const url = await database();
    pool = openPostgresPool(url);
    await migratePostgres(pool, url);
    await fillPostgresSearchIndex(pool, db, undefined, 150);
    search = postgresSearch(pool);
  });
  afterAll(async () => {
    await pool?.end();
    db?.close();
  });

  it('holds the same documents, keys and vocabulary as the SQLite index', async () => {
    const count = async (table: string) => Number((await pool.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
    expect(await count('search_documents')).toBe(db.prepare('SELECT count(*) FROM search_documents').pluck().get());
    expect(await count('search_keys')).toBe(db.prepare('SELECT count(*) FROM search_keys').pluck().get());
    const terms = (await pool.query('SELECT term FROM search_terms ORDER BY term')).rows.map((row) => row.term);
    expect(terms).toEqual(db.prepare('SELECT term FROM search_terms ORDER BY term').pluck().all());
  });

  it('finds the same first five people with the same evidence and total for ≥ 95% of the bench queries', async () => {
    const queries = [...benchQueries(db, 240), ...narrowingQueries(db, 120)];
    let agreeing = 0;
    let sameTotal = 0;
    let sharedHits = 0;
    const differentEvidence: string[] = [];
    for (const q of queries) {
      const sqlite = findSubjects(db, q.text, { limit: 20 });
      const postgres = await search.search(q.text, { limit: 20 });
      const top = (page: typeof sqlite) => page.results.slice(0, 5).map((r) => r.subjectId);
      if (JSON.stringify(top(sqlite)) === JSON.stringify(top(postgres))) agreeing++;
      if (sqlite.total === postgres.total) sameTotal++;
      for (const hit of sqlite.results.slice(0, 5)) {
        const same = postgres.results.find((r) => r.subjectId === hit.subjectId);
        if (!same) continue;
        sharedHits++;
        if (JSON.stringify(same) !== JSON.stringify(hit)) differentEvidence.push(q.kind);
      }
    }
    expect(queries.length).toBeGreaterThan(300);
    expect(agreeing / queries.length).toBeGreaterThanOrEqual(0.95);
    expect(sharedHits).toBeGreaterThan(queries.length);
    // A person both backends list is shown alike: score, evidence, address, roles, duplicates.
    expect(differentEvidence).toEqual([]);
    expect(sameTotal / queries.length).toBeGreaterThanOrEqual(0.95);
  });

  it('lists the same namesakes for the names it shows', async () => {
    const names = (db.prepare('SELECT DISTINCT names FROM search_documents LIMIT 60').pluck().all() as string[]).map((n) =>
      n.split(' ').slice(0, 2).join(' '),
    );
    const shown = findSubjects(db, names[0]!, { limit: 20 }).results.map((r) => r.displayName);
    const asked = [...shown, ...names];
    expect(Object.fromEntries(await search.namesakes(asked))).toEqual(Object.fromEntries(namesakesOf(db, asked)));
  });
});
