import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { latestSchemaVersion } from '../../../electron/core/db/migrations/index.ts';
import { latestPostgresSchemaVersion, migratePostgres, postgresSchemaVersion } from '../../../electron/core/db/postgres/postgresMigrate.ts';
import { openPostgresPool } from '../../../electron/core/db/postgres/postgresPool.ts';
import { cli } from '../../helpers/cliHarness.ts';
import { seedTestDatabase } from '../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../helpers/tempDir.ts';
import { usePostgresDatabases } from '../../helpers/testPostgres.ts';

/** The URL with a password in it: the test server trusts local logins, so any password passes, and none may be echoed. */
function withPassword(url: string): string {
  const parsed = new URL(url);
  parsed.password = 'not-to-be-shown';
  return parsed.toString();
}

describe('inzage on the team server: --db postgres://…, INZAGE_DB, inzage migrate (issue 15.1)', () => {
  const database = usePostgresDatabases();
  const tempDir = useTempDirs();

  it('migrate brings a fresh server to this version, says so without the password, and is idempotent', async () => {
    const url = withPassword(await database());
    const first = await cli(['migrate', '--db', url, '--json']);
    expect(first.code, first.err).toBe(0);
    expect(JSON.parse(first.out)).toMatchObject({ backend: 'postgres', before: 0, after: latestPostgresSchemaVersion });
    expect(first.out + first.err).not.toContain('not-to-be-shown');
    expect(JSON.parse(first.out).database).toContain('***');
    const pool = openPostgresPool(url);
    const tables = await pool.query("SELECT to_regclass('inzage_schema') IS NOT NULL AS migrated");
    expect(tables.rows[0].migrated).toBe(true);
    await pool.end();
    const again = await cli(['migrate'], { INZAGE_DB: url });
    expect(again.code, again.err).toBe(0);
    expect(again.out).toMatch(new RegExp(`schema version ${latestPostgresSchemaVersion}, up to date`));
    expect(again.out).not.toContain('not-to-be-shown');
  });

  it('a command on a server nobody migrated says to run inzage migrate, from --db and from INZAGE_DB alike', async () => {
    const url = withPassword(await database());
    for (const [args, env] of [
      [['request', 'list', '--db', url], {}],
      [['stats'], { INZAGE_DB: url }],
      [['search', 'Jansen'], { INZAGE_DB: url }],
    ] as const) {
      const run = await cli([...args], env);
      expect(run.code).toBe(1);
      expect(run.err).toMatch(/schema version 0, this Inzage needs \d+: run inzage migrate --db URL first/);
      expect(run.err).not.toContain('not-to-be-shown');
    }
  });

  it('refuses a server migrated by a newer Inzage by name, in migrate and in every command, and changes nothing', async () => {
    const url = await database();
    const pool = openPostgresPool(url);
    const future = latestPostgresSchemaVersion + 1;
    await migratePostgres(pool, url, { migrations: [{ version: future, name: 'future', sql: 'CREATE TABLE from_the_future (x int)' }] });
    for (const args of [
      ['migrate', '--db', url],
      ['request', 'list', '--db', url],
    ]) {
      const run = await cli(args);
      expect(run.code).toBe(1);
      expect(run.err).toMatch(
        new RegExp(`schema version ${future}, but this version of Inzage knows up to ${latestPostgresSchemaVersion}`),
      );
    }
    expect(await postgresSchemaVersion(pool)).toBe(future);
    await pool.end();
  });

  it('names an unreachable server and a missing database in words, not a stack', async () => {
    const unreachable = await cli(['migrate', '--db', 'postgres://clerk:pw@127.0.0.1:1/inzage']);
    expect(unreachable).toMatchObject({ code: 1 });
    expect(unreachable.err).toMatch(/cannot be reached \(ECONNREFUSED\)/);
    const url = new URL(await database());
    url.pathname = '/inzage_no_such_database';
    const missing = await cli(['request', 'list', '--db', url.toString()]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/that database does not exist on the server/);
  });

  it('refuses a URL clearly where the command needs a file of its own (seed, the demo commands)', async () => {
    const url = await database();
    for (const args of [
      ['seed', '--db', url, '--subjects', '200'],
      ['demo-request', '--db', url],
      ['demo', 'rebuild', '--confirm', 'DEMO', '--db', url],
    ]) {
      const run = await cli(args);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.err).toMatch(/works on a SQLite database file only: give --db FILE, not a postgres:\/\/ URL/);
    }
  });

  it('migrate and INZAGE_DB take a SQLite file too, as --db does', async () => {
    const dir = tempDir();
    const { db, file } = seedTestDatabase(dir, 100);
    db.close();
    const migrated = await cli(['migrate', '--db', file, '--json']);
    expect(migrated.code, migrated.err).toBe(0);
    expect(JSON.parse(migrated.out)).toEqual({
      database: file,
      backend: 'sqlite',
      before: latestSchemaVersion,
      after: latestSchemaVersion,
    });
    const stats = await cli(['stats', '--json'], { INZAGE_DB: file });
    expect(stats.code, stats.err).toBe(0);
    expect(JSON.parse(stats.out).file).toBe(file);
    const missing = await cli(['stats'], { INZAGE_DB: join(dir, 'nope.db') });
    expect(missing.err).toMatch(/nope\.db: no such database file/);
  });
});
