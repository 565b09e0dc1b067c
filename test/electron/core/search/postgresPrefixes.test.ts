import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../electron/core/db/openDatabase.ts';
import { migratePostgres } from '../../../../electron/core/db/postgres/postgresMigrate.ts';
import { openPostgresPool } from '../../../../electron/core/db/postgres/postgresPool.ts';
import type { FtsAttempt } from '../../../../electron/core/search/ftsExpression.ts';
import { maxExpansion, prefixExpansions } from '../../../../electron/core/search/postgresPrefixes.ts';
import { attemptQuery, wordsQuery } from '../../../../electron/core/search/postgresQuery.ts';
import { seedTestDatabase } from '../../../helpers/demoDatabase.ts';
import { fillPostgresSearchIndex } from '../../../helpers/postgresSearchFill.ts';
import { usePostgresSuiteDatabases } from '../../../helpers/postgresSuiteDatabase.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

/**
 * Issue 15.6: the widened prefix attempt asks the indexed words a prefix covers (search_lexemes,
 * migration 007) instead of the tsquery prefix; it must match exactly the same documents.
 */
describe('prefix search through the indexed words on PostgreSQL', () => {
  const tempDir = useTempDirs('suite');
  const database = usePostgresSuiteDatabases();
  let db: Db;
  let pool: pg.Pool;

  beforeAll(async () => {
    db = seedTestDatabase(tempDir(), 400, 'pg-prefixes').db;
    const url = await database();
    pool = openPostgresPool(url);
    await migratePostgres(pool, url);
    await fillPostgresSearchIndex(pool, db, undefined, 150);
  });
  afterAll(async () => {
    await pool?.end();
    db?.close();
  });

  const matching = async (query: string) =>
    (await pool.query('SELECT ord FROM search_words WHERE words @@ $1::tsquery ORDER BY ord', [query])).rows.map((r) => Number(r.ord));
  const prefixes = (words: string[]): FtsAttempt => ({ index: 'prefixes', words, years: [], initials: [], particles: [], shortWords: [] });

  it('holds every token of the word index once', async () => {
    const tokens = await pool.query('SELECT DISTINCT unnest(tsvector_to_array(words)) AS t FROM search_words ORDER BY 1');
    const lexemes = await pool.query('SELECT lexeme FROM search_lexemes ORDER BY 1');
    expect(lexemes.rows.map((r) => r.lexeme)).toEqual(tokens.rows.map((r) => r.t));
    expect(lexemes.rows.length).toBeGreaterThan(100);
  });

  it('matches the same documents as the tsquery prefix, for every three- and four-letter prefix of every indexed word', async () => {
    const lexemes = (await pool.query<{ lexeme: string }>('SELECT lexeme FROM search_lexemes')).rows.map((r) => r.lexeme);
    const asked = [...new Set(lexemes.flatMap((l) => [l.slice(0, 3), l.slice(0, 4)]).filter((p) => p.length >= 3))];
    const expanded = await prefixExpansions(pool, [...asked, 'qqq']);
    let compared = 0;
    for (const prefix of asked) {
      const attempt = prefixes([prefix]);
      const query = attemptQuery(attempt, () => [], expanded)!;
      expect(await matching(query), prefix).toEqual(await matching(wordsQuery(attempt, () => [])));
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
    // A prefix no indexed word begins with matches nobody, as 'qqq':* would.
    expect(expanded.get('qqq')).toEqual([]);
    expect(attemptQuery(prefixes(['qqq', 'jan']), () => [], expanded)).toBeNull();
    expect(await matching(wordsQuery(prefixes(['qqq', 'jan']), () => []))).toEqual([]);
    // With a correction the word still matches through it.
    expect(attemptQuery(prefixes(['qqq']), () => ['jan'], expanded)).toBe("'jan'");
  });

  it('keeps the tsquery prefix for a prefix covering more than maxExpansion words', async () => {
    const many = Array.from({ length: maxExpansion + 1 }, (_, i) => `zzq${String(i).padStart(3, '0')}`);
    await pool.query('INSERT INTO search_lexemes (lexeme) SELECT unnest($1::text[])', [many]);
    const expanded = await prefixExpansions(pool, ['zzq', 'zzq00']);
    expect(expanded.get('zzq')).toBeNull();
    expect(expanded.get('zzq00')).toHaveLength(10);
    expect(attemptQuery(prefixes(['zzq']), () => [], expanded)).toBe("'zzq':*");
  });
});
