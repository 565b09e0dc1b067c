import { DomainError } from '../../../shared/errors/domainError.ts';
import type { Db } from '../db/openDatabase.ts';
import { openDatabase } from '../db/openDatabase.ts';
import { SchemaTooNewError } from '../db/migrate.ts';
import { latestPostgresSchemaVersion, postgresSchemaVersion } from '../db/postgres/postgresMigrate.ts';
import type { Sql } from '../db/postgres/postgresPool.ts';
import { openPostgresPool } from '../db/postgres/postgresPool.ts';
import { describePostgresUrl, isPostgresUrl } from '../db/postgres/postgresUrl.ts';
import type { WriteLockOptions } from '../db/writeLock.ts';
import type { InstallationKeys } from '../keys/installationKeys.ts';
import type { SettingsRepository } from '../settings/settingsRepository.ts';
import { postgresStore } from './postgresStore.ts';
import { sqliteStore } from './sqliteStore.ts';
import { connectionError } from './teamConnection.ts';
import type { Store } from './store.ts';

export interface OpenStoreOptions {
  /** The installation's keys: `database` encrypts a SQLite file at rest; `audit` and `query` seal the chain on either backend. */
  keys: InstallationKeys;
  /** The clerk's own settings (language, name, output folder): kept on the laptop on either backend. */
  settings?: SettingsRepository;
  /** SQLite only: how long a write waits for another process's (writeLock.ts). */
  writeLock?: WriteLockOptions;
  /** SQLite only: open without writing (no migration). A PostgreSQL store is never migrated on open anyway. */
  readonly?: boolean;
  /** PostgreSQL only: the pool's size (default 10; a worker thread needs one or two). */
  maxConnections?: number;
}

/** A store with where it came from; `db` is the SQLite connection (absent on PostgreSQL). */
export type OpenedStore = Store & { readonly location: string; readonly db?: Db };

/**
 * Where the data lives, as the clerk names it (issue 15.1): a SQLite file path, or the team's
 * postgres:// URL (--db, INZAGE_DB, Settings → Team database). This one factory is the only place
 * that tells the two apart; everything past it works on the Store port.
 *
 * Synchronous: a SQLite file is opened (and upgraded) at once; a PostgreSQL pool connects on first
 * use, so the server's schema is NOT checked here. Hosts call `openStore` (below) first, which does
 * check it, and use this where they must reopen synchronously (the handlers after a demo rebuild).
 */
export function openStoreNow(location: string, options: OpenStoreOptions): OpenedStore {
  const settings = options.settings ? { settings: options.settings } : {};
  if (isPostgresUrl(location)) {
    const pool = openPostgresPool(location, options.maxConnections !== undefined ? { max: options.maxConnections } : {});
    return Object.assign(postgresStore(pool, location, { keys: options.keys, ...settings }), { location });
  }
  const db = openDatabase(location, options.keys.database, { readonly: options.readonly ?? false });
  const writeLock = options.writeLock ? { writeLock: options.writeLock } : {};
  return Object.assign(sqliteStore(db, { keys: options.keys, ...settings, ...writeLock }), { location });
}

/**
 * Opens the store at `location` and, on PostgreSQL, checks the server's schema before anything runs
 * on it: a server never migrated, or migrated by an older Inzage, is refused with "run inzage
 * migrate" (team.schema-outdated); opening never migrates a team's server unasked, because every
 * clerk's app would then race to change it. A schema newer than this app is refused by name
 * (SchemaTooNewError), as a SQLite file is.
 */
export async function openStore(location: string, options: OpenStoreOptions): Promise<OpenedStore> {
  const store = openStoreNow(location, options);
  if (store.kind !== 'postgres') return store;
  try {
    await requireCurrentPostgresSchema((store as unknown as { pool: Sql }).pool, location);
    return store;
  } catch (error) {
    await store.close().catch(() => undefined);
    // The first query is the first connection: a server not there, a login refused, a database missing.
    throw error instanceof SchemaTooNewError ? error : connectionError(error);
  }
}

/** The server's schema is exactly the one this app was built for (see openStore); `latest` is a parameter for the tests. */
export async function requireCurrentPostgresSchema(sql: Sql, url: string, latest = latestPostgresSchemaVersion): Promise<number> {
  const found = await postgresSchemaVersion(sql);
  if (found > latest) throw new SchemaTooNewError(describePostgresUrl(url), found, latest);
  // An empty database has no inzage_schema at all: not yet an Inzage database, whatever `latest` is.
  const migrated = await sql.query<{ exists: boolean }>("SELECT to_regclass('inzage_schema') IS NOT NULL AS exists");
  if (!migrated.rows[0]?.exists || found < latest) throw new DomainError('team.schema-outdated', { found, needed: latest });
  return found;
}
