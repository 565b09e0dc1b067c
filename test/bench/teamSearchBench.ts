import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Db } from '../../electron/core/db/openDatabase.ts';
import { openDatabase } from '../../electron/core/db/openDatabase.ts';
import { postgresSearchLookupIndexes } from '../../electron/core/db/postgres/migrations/002_searchIndex.ts';
import { migratePostgres } from '../../electron/core/db/postgres/postgresMigrate.ts';
import { openPostgresPool } from '../../electron/core/db/postgres/postgresPool.ts';
import { postgresSearch } from '../../electron/core/search/postgresSearch.ts';
import { searchIndexFormat } from '../../electron/core/search/searchIndex.ts';
import type { SubjectSearchPage } from '../../electron/core/search/searchSubjects.ts';
import { findSubjects } from '../../electron/core/search/searchSubjects.ts';
import { fillPostgresSearchIndex } from '../helpers/postgresSearchFill.ts';
import { testKeys } from '../helpers/testKeys.ts';
import type { BenchResult } from './benchKit.ts';
import { envInt, median, percentile } from './benchKit.ts';
import { benchQueries, narrowingQueries } from './searchBench.ts';

const targetMs = 25;

async function onAdmin<T>(adminUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    return await run(admin);
  } finally {
    await admin.end();
  }
}

function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * What the loaded index was made from: the SQLite file's search index (its format, last rowid and a
 * hash of a thousand documents spread over it), not the file's size and time — a migration that only
 * adds other tables (documents, 011) leaves the search index as it was, and reloading a million
 * subjects into PostgreSQL takes ten minutes or more.
 */
export function sourceMark(db: Db, file: string): string {
  const last = (db.prepare('SELECT rowid FROM search_documents ORDER BY rowid DESC LIMIT 1').pluck().get() as number | undefined) ?? 0;
  const sampled = Array.from({ length: 1000 }, (_, i) => Math.floor(((i + 1) * last) / 1000));
  const hash = createHash('sha256');
  const rows = db.prepare(
    'SELECT rowid, subject_id, names, places, born, profile FROM search_documents ' +
      'WHERE rowid IN (SELECT value FROM json_each(?)) ORDER BY rowid',
  );
  for (const row of rows.raw().iterate(JSON.stringify(sampled))) hash.update(JSON.stringify(row));
  return `${file} format ${searchIndexFormat} last ${last} sample ${hash.digest('hex')}`;
}

/** The mark earlier runs kept (the file's size and time): still the same file when it matches, so it is upgraded in place. */
export function statMark(file: string): string {
  const stat = statSync(file);
  return `${file} ${stat.size} ${stat.mtimeMs} format ${searchIndexFormat}`;
}

/**
 * The PostgreSQL search index of the bench database: the SQLite file's own search documents, written
 * through replaceSearchDocuments in batches (the look-up indexes dropped during the load and built
 * once after, as SQLite's full rebuild does). With INZAGE_BENCH_PG the database is kept and reused
 * by the next run when it was made from the same file; on a throwaway server it is loaded every run.
 */
async function loadedIndex(adminUrl: string, db: Db, file: string, subjects: number, notes: string[]): Promise<pg.Pool> {
  const name = `inzage_bench_search_${subjects}`;
  const url = databaseUrl(adminUrl, name);
  const mark = sourceMark(db, file);
  const exists = await onAdmin(
    adminUrl,
    async (admin) => (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount,
  );
  if (exists) {
    const pool = openPostgresPool(url);
    const kept = await pool
      .query<{ mark: string }>('SELECT mark FROM bench_source')
      .then((r) => r.rows[0]?.mark)
      .catch(() => undefined);
    if (kept === statMark(file)) await pool.query('UPDATE bench_source SET mark = $1', [mark]);
    if (kept === mark || kept === statMark(file)) {
      // A kept index made by an older version of the app gets the newer migrations (007: the lexeme table).
      await migratePostgres(pool, url);
      notes.push(`reused the PostgreSQL search index in database ${name}`);
      return pool;
    }
    await pool.end();
    // The name is ours (a number), not input: DROP/CREATE DATABASE take no parameters.
    await onAdmin(adminUrl, (admin) => admin.query(`DROP DATABASE ${name} WITH (FORCE)`));
  }
  await onAdmin(adminUrl, (admin) => admin.query(`CREATE DATABASE ${name}`));
  const pool = openPostgresPool(url);
  await migratePostgres(pool, url);
  await pool.query('DROP INDEX search_words_words, search_words_names, search_keys_lookup');
  const started = performance.now();
  let last = started;
  const written = await fillPostgresSearchIndex(pool, db, (done) => {
    if (performance.now() - last > 15_000) {
      last = performance.now();
      console.error(`  loading PostgreSQL search index: ${done.toLocaleString('en')} / ${subjects.toLocaleString('en')}`);
    }
  });
  const loaded = (performance.now() - started) / 1000;
  const indexing = performance.now();
  const client = await pool.connect();
  try {
    await client.query("SET maintenance_work_mem = '1GB'");
    await client.query(postgresSearchLookupIndexes);
    await client.query('ANALYZE');
  } finally {
    client.release();
  }
  const indexed = (performance.now() - indexing) / 1000;
  await pool.query('CREATE TABLE bench_source (mark text NOT NULL)');
  await pool.query('INSERT INTO bench_source (mark) VALUES ($1)', [mark]);
  notes.push(
    `loaded ${written.toLocaleString('en')} search documents into PostgreSQL in ${loaded.toFixed(0)} s ` +
      `(${Math.round(written / loaded).toLocaleString('en')} documents/s through replaceSearchDocuments), ` +
      `look-up indexes built in ${indexed.toFixed(0)} s`,
  );
  return pool;
}

const topFive = (page: SubjectSearchPage) => page.results.slice(0, 5).map((r) => r.subjectId);

/**
 * Part of `npm run bench team` (issue 15.6): search p95 at BENCH_SEARCH_SUBJECTS (default 1,000,000)
 * subjects on PostgreSQL (target ≤ 25 ms) beside SQLite's findSubjects on the same data in the same
 * run, over the search bench's query set (mixed + narrowing queries, searchBench.ts), interleaved
 * query by query so both see the same machine load; plus the top-5 agreement between the two.
 * The SQLite bench database (benchDatabase.ts, BENCH_DIR) is opened read-only and never changed.
 */
export async function teamSearchBench(adminUrl: string): Promise<Omit<BenchResult, 'name'>> {
  const subjects = envInt('BENCH_SEARCH_SUBJECTS', 1_000_000);
  const label = `search p95 ≤ ${targetMs} ms at ${subjects.toLocaleString('en')} subjects on PostgreSQL`;
  const file = join(process.env.BENCH_DIR ?? tmpdir(), `inzage-bench-bench-${subjects}.db`);
  if (!existsSync(file))
    return { lines: [`no cached bench database ${file}: run \`npm run bench search\` first`], targets: [{ label, met: false }] };
  const db = openDatabase(file, testKeys.database, { readonly: true });
  let pool: pg.Pool | null = null;
  try {
    const format = db.prepare("SELECT value FROM meta WHERE key = 'search.format'").pluck().get();
    if (format !== searchIndexFormat)
      return {
        lines: [
          `the cached bench database's search index is format ${String(format)}, not ${searchIndexFormat}: run \`npm run bench search\``,
        ],
        targets: [{ label, met: false }],
      };
    const notes: string[] = [];
    pool = await loadedIndex(adminUrl, db, file, subjects, notes);
    const search = postgresSearch(pool);
    const queries = [
      ...benchQueries(db, envInt('BENCH_SEARCH_QUERIES', 240)),
      ...narrowingQueries(db, envInt('BENCH_SEARCH_NARROWING_QUERIES', 120)),
    ];
    // Warm both: the page caches, SQLite's prepared statements, both vocabularies.
    for (const q of queries.slice(0, 24)) {
      findSubjects(db, q.text);
      await search.search(q.text);
    }
    const sqliteTimes: number[] = [];
    const postgresTimes: number[] = [];
    const byKind = new Map<string, number[]>();
    let agreeing = 0;
    let sameTotals = 0;
    let found = 0;
    let sqliteFound = 0;
    for (const q of queries) {
      let started = performance.now();
      const sqlite = findSubjects(db, q.text, { limit: 20 });
      sqliteTimes.push(performance.now() - started);
      started = performance.now();
      const postgres = await search.search(q.text, { limit: 20 });
      const ms = performance.now() - started;
      postgresTimes.push(ms);
      byKind.set(q.kind, [...(byKind.get(q.kind) ?? []), ms]);
      if (JSON.stringify(topFive(sqlite)) === JSON.stringify(topFive(postgres))) agreeing++;
      if (sqlite.total === postgres.total) sameTotals++;
      if (postgres.results.some((r) => r.subjectId === q.expected)) found++;
      if (sqlite.results.some((r) => r.subjectId === q.expected)) sqliteFound++;
    }
    const p95 = percentile(postgresTimes, 95);
    const agreement = agreeing / queries.length;
    return {
      lines: [
        ...notes,
        `search at ${subjects.toLocaleString('en')} subjects, ${queries.length} queries (the search bench's mixed + narrowing set), ` +
          `limit 20, load ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`,
        `PostgreSQL postgresSearch: p50 ${median(postgresTimes).toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, ` +
          `max ${Math.max(...postgresTimes).toFixed(1)} ms`,
        `SQLite findSubjects (same queries, same run): p50 ${median(sqliteTimes).toFixed(2)} ms, ` +
          `p95 ${percentile(sqliteTimes, 95).toFixed(2)} ms, max ${Math.max(...sqliteTimes).toFixed(1)} ms`,
        `PostgreSQL p95 by kind: ${[...byKind].map(([k, t]) => `${k} ${percentile(t, 95).toFixed(1)}`).join(', ')} ms`,
        `top-5 agreement with SQLite: ${agreeing}/${queries.length} = ${(agreement * 100).toFixed(1)}%; ` +
          `same total ${sameTotals}/${queries.length}; ` +
          `asked-for subject in the results: PostgreSQL ${found}, SQLite ${sqliteFound} of ${queries.length}`,
      ],
      targets: [
        { label, met: p95 <= targetMs },
        { label: `top-5 agreement with SQLite ≥ 95% at ${subjects.toLocaleString('en')} subjects`, met: agreement >= 0.95 },
      ],
    };
  } finally {
    await pool?.end();
    db.close();
  }
}
