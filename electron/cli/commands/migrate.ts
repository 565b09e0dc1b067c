import Database from 'better-sqlite3-multiple-ciphers';
import { existsSync } from 'node:fs';
import { applyDatabaseKey } from '../../core/db/databaseCipher.ts';
import { schemaVersion } from '../../core/db/migrate.ts';
import { describePostgresUrl, isPostgresUrl } from '../../core/db/postgres/postgresUrl.ts';
import { defaultDatabaseFile } from '../../core/paths.ts';
import { parseCommandArgs } from '../args.ts';
import { resolveCliKeys } from '../cliKeys.ts';
import type { CliIo, Command } from '../cliTypes.ts';
import { UsageError } from '../cliTypes.ts';
import { commandLocation, openCommandDatabase } from '../database.ts';

/**
 * `inzage migrate` (issue 15.1): brings the schema up to this version of Inzage. On the team's
 * PostgreSQL server this is the ONLY thing that changes the schema (docs/team.md § Migrations): an
 * app or a command meeting an older server refuses it with "run inzage migrate" rather than have
 * every clerk's laptop race to alter the team's tables. A server migrated by a newer Inzage is refused
 * by name, nothing changed. A SQLite file is upgraded whenever it is opened for writing; here it is
 * opened for that alone, so a script can upgrade a file before handing it out.
 */
export const migrateCommand: Command = {
  name: 'migrate',
  summary: "bring the database's schema up to this version of Inzage (the team's PostgreSQL server or a SQLite file)",
  usage: 'inzage migrate [--db FILE|postgres://USER@HOST:PORT/DATABASE] [--json]   (or INZAGE_DB; the password: PGPASSWORD or ~/.pgpass)',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { db: { type: 'string' }, json: { type: 'boolean' } });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const location = commandLocation(values.db, io.env);
    const result = location !== undefined && isPostgresUrl(location) ? await migrateServer(location) : migrateFile(values.db, io, location);
    if (values.json) io.out(`${JSON.stringify(result, null, 2)}\n`);
    else if (result.before === result.after) io.out(`${result.database}: schema version ${result.after}, up to date\n`);
    else io.out(`${result.database}: schema version ${result.before} → ${result.after}\n`);
    return 0;
  },
};

interface MigrateResult {
  /** The file, or the server's URL without its password. */
  database: string;
  backend: 'sqlite' | 'postgres';
  /** null: a SQLite file whose version could not be read before it was upgraded. */
  before: number | null;
  after: number;
}

async function migrateServer(url: string): Promise<MigrateResult> {
  const [{ openPostgresPool }, { migratePostgres, postgresSchemaVersion }, { connectionError }] = await Promise.all([
    import('../../core/db/postgres/postgresPool.ts'),
    import('../../core/db/postgres/postgresMigrate.ts'),
    import('../../core/store/teamConnection.ts'),
  ]);
  const pool = openPostgresPool(url, { max: 1 });
  pool.on('error', () => undefined);
  try {
    const before = await postgresSchemaVersion(pool).catch((error: unknown) => {
      throw connectionError(error);
    });
    const after = await migratePostgres(pool, url);
    return { database: describePostgresUrl(url), backend: 'postgres', before, after };
  } finally {
    await pool.end();
  }
}

function migrateFile(dbFlag: string | undefined, io: CliIo, location: string | undefined): MigrateResult {
  const file = location ?? defaultDatabaseFile(io.env);
  const before = existsSync(file) ? fileSchemaVersion(file, resolveCliKeys(io.env).database) : null;
  // Opening for writing runs the migrations (openDatabase.ts); a newer file is refused there by name.
  const db = openCommandDatabase(dbFlag, io, { command: 'migrate' });
  try {
    return { database: file, backend: 'sqlite', before, after: schemaVersion(db) };
  } finally {
    db.close();
  }
}

/** The file's schema version before anything runs on it; null when it cannot be read so (an unencrypted file from before 13.7). */
function fileSchemaVersion(file: string, key: Buffer): number | null {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      applyDatabaseKey(db, key);
      return schemaVersion(db);
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}
