import type pg from 'pg';
import { SchemaTooNewError } from '../migrate.ts';
import { describePostgresUrl } from './postgresUrl.ts';
import type { Sql } from './postgresPool.ts';
import { postgresMigrations } from './migrations/index.ts';

/** One numbered schema step of the PostgreSQL backend (docs/team.md § Migrations); SQL only. */
export interface PostgresMigration {
  version: number;
  name: string;
  sql: string;
}

export const latestPostgresSchemaVersion = postgresMigrations.at(-1)?.version ?? 0;

// Any fixed number: the advisory lock two `inzage migrate` (or two apps starting) take, so one migrates and the other waits.
const migrationLock = 7_315_001;

/** The schema version the server holds (0 for an empty database). */
export async function postgresSchemaVersion(sql: Sql): Promise<number> {
  const table = await sql.query<{ exists: boolean }>("SELECT to_regclass('inzage_schema') IS NOT NULL AS exists");
  if (!table.rows[0]?.exists) return 0;
  const row = await sql.query<{ version: number }>('SELECT version FROM inzage_schema');
  return row.rows[0]?.version ?? 0;
}

/**
 * Brings the server's schema up to the newest version (or `target`). Each step runs in its own
 * transaction with the version bump, under an advisory lock, so a failed step leaves the previous
 * version and two migrators never run one step twice. A server schema newer than this app is
 * refused by name (SchemaTooNewError), as for a SQLite file.
 */
export async function migratePostgres(
  pool: pg.Pool,
  url: string,
  options: { target?: number; migrations?: readonly PostgresMigration[] } = {},
): Promise<number> {
  const list = options.migrations ?? postgresMigrations;
  const latest = list.at(-1)?.version ?? 0;
  const target = options.target ?? latest;
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [migrationLock]);
    try {
      const current = await postgresSchemaVersion(client);
      if (current > latest) throw new SchemaTooNewError(describePostgresUrl(url), current, latest);
      await client.query('CREATE TABLE IF NOT EXISTS inzage_schema (version integer NOT NULL)');
      for (const migration of list) {
        if (migration.version <= current || migration.version > target) continue;
        await client.query('BEGIN');
        try {
          await client.query(migration.sql);
          await client.query('DELETE FROM inzage_schema');
          await client.query('INSERT INTO inzage_schema (version) VALUES ($1)', [migration.version]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
      }
      return await postgresSchemaVersion(client);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [migrationLock]);
    }
  } finally {
    client.release();
  }
}

/** Refuses a server whose schema this app does not know yet, or has not been migrated (opening never migrates a team's server unasked). */
export async function checkPostgresSchema(sql: Sql, url: string): Promise<number> {
  const found = await postgresSchemaVersion(sql);
  if (found > latestPostgresSchemaVersion) throw new SchemaTooNewError(describePostgresUrl(url), found, latestPostgresSchemaVersion);
  return found;
}
