import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../../shared/errors/domainError.ts';
import { SchemaTooNewError } from '../../../../electron/core/db/migrate.ts';
import { latestPostgresSchemaVersion, migratePostgres } from '../../../../electron/core/db/postgres/postgresMigrate.ts';
import { openPostgresPool } from '../../../../electron/core/db/postgres/postgresPool.ts';
import { openStore, openStoreNow, requireCurrentPostgresSchema } from '../../../../electron/core/store/openStore.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import { testKeys } from '../../../helpers/testKeys.ts';
import { usePostgresDatabases } from '../../../helpers/testPostgres.ts';

const steps = [
  { version: 1, name: 'one', sql: 'CREATE TABLE a (x integer)' },
  { version: 2, name: 'two', sql: 'CREATE TABLE b (y integer)' },
];

describe('openStore', () => {
  const tempDir = useTempDirs();
  const database = usePostgresDatabases();

  it('opens a file path as the encrypted SQLite store, created and migrated', async () => {
    const file = join(tempDir(), 'own.db');
    const store = await openStore(file, { keys: testKeys });
    expect(store.kind).toBe('sqlite');
    expect(store.location).toBe(file);
    expect(store.db?.pragma('user_version', { simple: true })).toBeGreaterThan(0);
    await store.close();
    expect(existsSync(file)).toBe(true);
  });

  it('opens a postgres:// URL as the team store once the server is migrated, and never migrates it itself', async () => {
    const url = await database();
    const refused = await openStore(url, { keys: testKeys }).catch((e: unknown) => e);
    // A database nobody migrated is not an Inzage database yet: the message says to run inzage migrate.
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).code).toBe('team.schema-outdated');
    expect((refused as DomainError).params).toEqual({ found: 0, needed: latestPostgresSchemaVersion });
    const pool = openPostgresPool(url);
    const tables = await pool.query("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'");
    expect(tables.rows[0].n).toBe(0);
    await migratePostgres(pool, url);
    await pool.end();
    const store = await openStore(url, { keys: testKeys });
    expect(store.kind).toBe('postgres');
    expect(store.location).toBe(url);
    expect(store.db).toBeUndefined();
    await store.close();
  });

  it('refuses a server schema older than the app with "run inzage migrate", and a newer one by name', async () => {
    const url = await database();
    const pool = openPostgresPool(url);
    await migratePostgres(pool, url, { migrations: steps, target: 1 });
    const older = await requireCurrentPostgresSchema(pool, url, 2).catch((e: unknown) => e);
    expect((older as DomainError).code).toBe('team.schema-outdated');
    expect((older as DomainError).params).toEqual({ found: 1, needed: 2 });
    await migratePostgres(pool, url, { migrations: steps });
    expect(await requireCurrentPostgresSchema(pool, url, 2)).toBe(2);
    const newer = await requireCurrentPostgresSchema(pool, url.replace('postgres@', 'postgres:hunter2@'), 1).catch((e: unknown) => e);
    expect(newer).toBeInstanceOf(SchemaTooNewError);
    expect((newer as Error).message).toMatch(/schema version 2, but this version of Inzage knows up to 1/);
    expect((newer as Error).message).not.toContain('hunter2');
    await pool.end();
  });

  it('refuses a server the app has not caught up with through openStore too', async () => {
    const url = await database();
    const pool = openPostgresPool(url);
    await migratePostgres(pool, url, { migrations: [{ version: latestPostgresSchemaVersion + 1, name: 'future', sql: 'SELECT 1' }] });
    await pool.end();
    await expect(openStore(url, { keys: testKeys })).rejects.toBeInstanceOf(SchemaTooNewError);
  });

  it('opens synchronously for hosts that reopen after a swap; the pool connects only on first use', async () => {
    const store = openStoreNow('postgres://nobody@127.0.0.1:1/none', { keys: testKeys });
    expect(store.kind).toBe('postgres');
    await store.close();
  });
});
