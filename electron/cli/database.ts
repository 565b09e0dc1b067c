import { existsSync } from 'node:fs';
import type { Db } from '../core/db/openDatabase.ts';
import { openDatabase } from '../core/db/openDatabase.ts';
import { defaultDatabaseFile } from '../core/paths.ts';
import { resolveCliKeys } from './cliKeys.ts';
import type { CliIo } from './cliTypes.ts';

type DemoCreator = (file: string, key: Buffer) => Db;
let createDemoDatabase: DemoCreator | undefined;

/**
 * Loads what creates the demo database (the generator and the register's zod schema: about a tenth
 * of a second per call) only when a command may need it: no --db given and no per-user database yet.
 * runCli awaits this before the command runs, so openCommandDatabase can stay synchronous.
 */
export async function prepareCommandDatabase(args: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  if (createDemoDatabase || args.some((arg) => arg === '--db' || arg.startsWith('--db='))) return;
  if (existsSync(defaultDatabaseFile(env))) return;
  const [{ openOrCreateDemoDatabase }, { loadDefaultPolicy }] = await Promise.all([
    import('../core/demo/ensureDatabase.ts'),
    import('../core/policy/loadPolicy.ts'),
  ]);
  createDemoDatabase = (file, key) => openOrCreateDemoDatabase(file, key, loadDefaultPolicy());
}

/**
 * The database a command works on: the file named by --db, or else the app's own per-user database,
 * created as the demo database on first use (the same file the desktop app opens). Either is
 * encrypted with the installation's database key (cliKeys.ts: INZAGE_KEY, INZAGE_KEY_FILE or the
 * installation's key file; docs/security.md).
 */
export function openCommandDatabase(dbFlag: string | undefined, io: CliIo, options: { readonly?: boolean } = {}): Db {
  if (dbFlag !== undefined) {
    if (!existsSync(dbFlag)) throw new Error(`${dbFlag}: no such database file (create one with: inzage seed --db ${dbFlag} --subjects N)`);
    return openDatabase(dbFlag, resolveCliKeys(io.env).database, { readonly: options.readonly ?? false });
  }
  const file = defaultDatabaseFile(io.env);
  const key = resolveCliKeys(io.env).database;
  if (existsSync(file)) return openDatabase(file, key);
  if (!createDemoDatabase) throw new Error(`${file} does not exist and the demo database was not prepared (runCli prepares it)`);
  io.err(`Creating the demo database at ${file} …\n`);
  return createDemoDatabase(file, key);
}
