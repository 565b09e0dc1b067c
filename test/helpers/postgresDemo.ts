import { join } from 'node:path';
import type pg from 'pg';
import { afterEach } from 'vitest';
import type { Db } from '../../electron/core/db/openDatabase.ts';
import type { SeedResult } from '../../electron/core/demo/seedDatabase.ts';
import { exportJsonl } from '../../electron/core/importer/exportJsonl.ts';
import type { ImportResult } from '../../electron/core/importer/importJsonl.ts';
import type { Store } from '../../electron/core/store/store.ts';
import type { PostgresStoreOptions } from '../../electron/core/store/postgresStore.ts';
import { seedTestDatabase } from './demoDatabase.ts';
import { useTempDirs } from './tempDir.ts';
import { usePostgresStores } from './testPostgres.ts';

/**
 * Puts a SQLite demo database on a PostgreSQL store the way a team would fill its server: exported as
 * the import format (exportJsonl.ts) and imported through the store's own importFile (COPY), then the
 * demo's meta entries (seed, reference date, landmarks) written beside it, so isDemo() and the
 * landmarks hold on the server as in the file. The store must be migrated and hold no records yet.
 */
export async function copyDemoToPostgres(db: Db, store: Store, dir: string): Promise<ImportResult> {
  const file = join(dir, 'demo-export.jsonl');
  exportJsonl(db, file, { source: 'inzage-demo', exportedAt: '2026-01-01T00:00:00.000Z' });
  const result = await store.records.importFile(file);
  const meta = db.prepare("SELECT key, value FROM meta WHERE key LIKE 'demo.%' ORDER BY key").all() as { key: string; value: string }[];
  await writeMeta(store, meta);
  return result;
}

async function writeMeta(store: Store, entries: readonly { key: string; value: string }[]): Promise<void> {
  const pool = (store as Store & { pool?: pg.Pool }).pool;
  if (!pool) throw new Error('copyDemoToPostgres: give a PostgreSQL store (postgresStore)');
  for (const { key, value } of entries)
    await pool.query('INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value]);
}

export interface PostgresDemo {
  /** The migrated PostgreSQL store holding the demo's case records, search documents and meta. */
  store: Awaited<ReturnType<ReturnType<typeof usePostgresStores>>>;
  /** The SQLite demo database it was made from (open; closed after the test), with what the seeder reported. */
  sqlite: { db: Db; file: string; result: SeedResult };
  imported: ImportResult;
}

/**
 * A demo database on a fresh PostgreSQL database per call (dropped after the test), beside the SQLite
 * demo it came from: `const demo = usePostgresDemo(); … const { store, sqlite } = await demo();`.
 * Call at the top of a describe; call the returned function inside a test or beforeEach/beforeAll hook
 * of the same scope (the stores are closed after each test).
 */
export function usePostgresDemo(): (
  options?: { subjects?: number; seed?: string } & Partial<PostgresStoreOptions>,
) => Promise<PostgresDemo> {
  const tempDir = useTempDirs();
  const stores = usePostgresStores();
  const seeded: Db[] = [];
  afterEach(() => {
    for (const db of seeded.splice(0)) db.close();
  });
  return async ({ subjects = 400, seed = 'test-seed', ...storeOptions } = {}) => {
    const dir = tempDir();
    const sqlite = seedTestDatabase(dir, subjects, seed);
    seeded.push(sqlite.db);
    const store = await stores(storeOptions);
    const imported = await copyDemoToPostgres(sqlite.db, store, dir);
    return { store, sqlite, imported };
  };
}
