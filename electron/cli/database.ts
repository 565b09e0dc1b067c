import { existsSync } from 'node:fs';
import type { Db } from '../core/db/openDatabase.ts';
import { openDatabase } from '../core/db/openDatabase.ts';
import { openOrCreateDemoDatabase } from '../core/demo/ensureDatabase.ts';
import { defaultDatabaseFile } from '../core/paths.ts';
import { loadDefaultPolicy } from '../core/policy/loadPolicy.ts';
import type { CliIo } from './cliTypes.ts';

/**
 * The database a command works on: the file named by --db, or else the app's own per-user database,
 * created as the demo database on first use (the same file the desktop app opens).
 */
export function openCommandDatabase(dbFlag: string | undefined, io: CliIo, options: { readonly?: boolean } = {}): Db {
  if (dbFlag !== undefined) {
    if (!existsSync(dbFlag)) throw new Error(`${dbFlag}: no such database file (create one with: inzage seed --db ${dbFlag} --subjects N)`);
    return openDatabase(dbFlag, { readonly: options.readonly ?? false });
  }
  const file = defaultDatabaseFile(io.env);
  if (!existsSync(file)) io.err(`Creating the demo database at ${file} …\n`);
  return openOrCreateDemoDatabase(file, loadDefaultPolicy());
}
