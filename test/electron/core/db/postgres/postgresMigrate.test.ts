import { describe, expect, it } from 'vitest';
import { SchemaTooNewError } from '../../../../../electron/core/db/migrate.ts';
import { migratePostgres, postgresSchemaVersion } from '../../../../../electron/core/db/postgres/postgresMigrate.ts';
import { openPostgresPool } from '../../../../../electron/core/db/postgres/postgresPool.ts';
import { describePostgresUrl } from '../../../../../electron/core/db/postgres/postgresUrl.ts';
import { postgresMigrations } from '../../../../../electron/core/db/postgres/migrations/index.ts';
import { usePostgresDatabases } from '../../../../helpers/testPostgres.ts';

const steps = [
  { version: 1, name: 'one', sql: 'CREATE TABLE a (x integer)' },
  { version: 2, name: 'two', sql: 'CREATE TABLE b (y integer)' },
];

describe('migratePostgres', () => {
  const database = usePostgresDatabases();

  it('numbers the server schema strictly increasing', () => {
    const versions = postgresMigrations.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((x, y) => x - y));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('runs each step once, also when two migrators start together, and can stop at a target', async () => {
    const url = await database();
    const pool = openPostgresPool(url);
    expect(await migratePostgres(pool, url, { migrations: steps, target: 1 })).toBe(1);
    const [first, second] = await Promise.all([
      migratePostgres(pool, url, { migrations: steps }),
      migratePostgres(pool, url, { migrations: steps }),
    ]);
    expect([first, second]).toEqual([2, 2]);
    expect(await postgresSchemaVersion(pool)).toBe(2);
    await pool.end();
  });

  it('leaves the previous version when a step fails', async () => {
    const url = await database();
    const pool = openPostgresPool(url);
    await expect(
      migratePostgres(pool, url, { migrations: [...steps, { version: 3, name: 'bad', sql: 'CREATE TABLE a (x integer)' }] }),
    ).rejects.toThrow(/already exists/);
    expect(await postgresSchemaVersion(pool)).toBe(2);
    await pool.end();
  });

  it('refuses a server schema newer than the app, naming the server without its password', async () => {
    const url = await database();
    const pool = openPostgresPool(url);
    await migratePostgres(pool, url, { migrations: steps });
    const error = await migratePostgres(pool, url, { migrations: steps.slice(0, 1) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SchemaTooNewError);
    expect(error).toMatchObject({ found: 2, supported: 1 });
    await pool.end();
    expect(describePostgresUrl('postgres://clerk:secret@db.local:5432/inzage')).toBe('postgres://clerk:***@db.local:5432/inzage');
  });
});
