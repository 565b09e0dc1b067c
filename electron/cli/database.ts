import { existsSync } from 'node:fs';
import { DomainError } from '../../shared/errors/domainError.ts';
import type { Db } from '../core/db/openDatabase.ts';
import { openDatabase } from '../core/db/openDatabase.ts';
import { isPostgresUrl } from '../core/db/postgres/postgresUrl.ts';
import { defaultDatabaseFile } from '../core/paths.ts';
import type { OpenedStore } from '../core/store/openStore.ts';
import { sqliteStore } from '../core/store/sqliteStore.ts';
import { resolveCliKeys } from './cliKeys.ts';
import type { CliIo } from './cliTypes.ts';
import { cliWriteLock } from './writeLockNotice.ts';

/**
 * Where a command works (issue 15.1): --db, else INZAGE_DB, else (undefined) the app's own per-user
 * database. Either names a SQLite file or the team's PostgreSQL server (postgres://…); the password
 * of the latter is best left out of the URL and given as PGPASSWORD or in ~/.pgpass (docs/team.md).
 */
export function commandLocation(dbFlag: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  return dbFlag ?? (env.INZAGE_DB ? env.INZAGE_DB : undefined);
}

/**
 * The store a command works on: the team's server for a postgres:// location (its schema checked:
 * openStore.ts), else the SQLite file as openCommandDatabase opens it. Every command that goes
 * through the use cases opens its store here, so `--db postgres://…` works wherever `--db FILE` does.
 */
export async function openCommandStore(dbFlag: string | undefined, io: CliIo, options: { readonly?: boolean } = {}): Promise<OpenedStore> {
  const location = commandLocation(dbFlag, io.env);
  const keys = resolveCliKeys(io.env);
  if (location !== undefined && isPostgresUrl(location)) {
    // Loaded only for a team server: `pg` stays out of every call on a SQLite file.
    const { openStore } = await import('../core/store/openStore.ts');
    return openStore(location, { keys });
  }
  const db = openCommandDatabase(dbFlag, io, options);
  return Object.assign(sqliteStore(db, { keys, writeLock: cliWriteLock(io) }), { location: db.name });
}

type DemoCreator = (file: string, key: Buffer) => Db;
let createDemoDatabase: DemoCreator | undefined;

/**
 * Loads what creates the demo database (the generator and the register's zod schema: about a tenth
 * of a second per call) only when a command may need it: no --db given and no per-user database yet.
 * runCli awaits this before the command runs, so openCommandDatabase can stay synchronous.
 */
export async function prepareCommandDatabase(args: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  if (createDemoDatabase || args.some((arg) => arg === '--db' || arg.startsWith('--db=')) || env.INZAGE_DB) return;
  if (existsSync(defaultDatabaseFile(env))) return;
  const [{ openOrCreateDemoDatabase }, { loadDefaultPolicy }] = await Promise.all([
    import('../core/demo/ensureDatabase.ts'),
    import('../core/policy/loadPolicy.ts'),
  ]);
  createDemoDatabase = (file, key) => openOrCreateDemoDatabase(file, key, loadDefaultPolicy());
}

/**
 * The SQLite database a command works on: the file named by --db (or INZAGE_DB), or else the app's own per-user database,
 * created as the demo database on first use (the same file the desktop app opens). Either is
 * encrypted with the installation's database key (cliKeys.ts: INZAGE_KEY, INZAGE_KEY_FILE or the
 * installation's key file; docs/security.md). Only what truly needs the file (the demo commands, seed)
 * calls this directly; a postgres:// location is refused there by name (team.needs-file).
 */
export function openCommandDatabase(dbFlag: string | undefined, io: CliIo, options: { readonly?: boolean; command?: string } = {}): Db {
  const location = commandLocation(dbFlag, io.env);
  if (location !== undefined && isPostgresUrl(location))
    throw new DomainError('team.needs-file', { command: options.command ?? 'this command' });
  if (location !== undefined) {
    if (!existsSync(location))
      throw new Error(`${location}: no such database file (create one with: inzage seed --db ${location} --subjects N)`);
    return openDatabase(location, resolveCliKeys(io.env).database, { readonly: options.readonly ?? false });
  }
  const file = defaultDatabaseFile(io.env);
  const key = resolveCliKeys(io.env).database;
  if (existsSync(file)) return openDatabase(file, key);
  if (!createDemoDatabase) throw new Error(`${file} does not exist and the demo database was not prepared (runCli prepares it)`);
  io.err(`Creating the demo database at ${file} …\n`);
  return createDemoDatabase(file, key);
}
