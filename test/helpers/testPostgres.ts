import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach, inject } from 'vitest';
import { migratePostgres } from '../../electron/core/db/postgres/postgresMigrate.ts';
import { openPostgresPool } from '../../electron/core/db/postgres/postgresPool.ts';
import type { PostgresStoreOptions } from '../../electron/core/store/postgresStore.ts';
import { postgresStore } from '../../electron/core/store/postgresStore.ts';
import { testKeys } from './testKeys.ts';

/** The URL of `database` on the test server (postgresGlobalSetup.ts). */
export function postgresUrlOf(database: string): string {
  const url = new URL(inject('postgresUrl'));
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * A fresh, empty database on the test server for each call, dropped after the test (call inside a
 * test or beforeEach). Returns its URL.
 */
export function usePostgresDatabases(): () => Promise<string> {
  const made: string[] = [];
  afterEach(async () => {
    const admin = new pg.Client({ connectionString: inject('postgresUrl') });
    await admin.connect();
    try {
      for (const name of made.splice(0)) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  });
  return async () => {
    const name = `inzage_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: inject('postgresUrl') });
    await admin.connect();
    try {
      // The name is ours (hex), not input: CREATE DATABASE takes no parameters.
      await admin.query(`CREATE DATABASE ${name}`);
    } finally {
      await admin.end();
    }
    made.push(name);
    return postgresUrlOf(name);
  };
}

/** A migrated team store on a fresh database, closed by the caller (or left to the drop). */
export function usePostgresStores(): (options?: Partial<PostgresStoreOptions>) => Promise<ReturnType<typeof postgresStore>> {
  const database = usePostgresDatabases();
  const open: ReturnType<typeof postgresStore>[] = [];
  afterEach(async () => {
    for (const store of open.splice(0)) await store.close().catch(() => undefined);
  });
  return async (options = {}) => {
    const url = await database();
    const pool = openPostgresPool(url);
    await migratePostgres(pool, url);
    const store = postgresStore(pool, url, { keys: testKeys, ...options });
    open.push(store);
    return store;
  };
}
