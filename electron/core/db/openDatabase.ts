import Database from 'better-sqlite3';
import { migrate, schemaVersion, SchemaTooNewError } from './migrate.ts';
import { latestSchemaVersion } from './migrations/index.ts';

export type Db = Database.Database;

export interface OpenOptions {
  /** Open without writing: no migrations, and a database older than this app is refused too. */
  readonly?: boolean;
}

/**
 * Opens (and creates or upgrades) a case database. WAL lets the UI read while an import writes;
 * synchronous=FULL because the request register and the audit log must survive a power cut.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  try {
    const found = schemaVersion(db);
    if (found > latestSchemaVersion) throw new SchemaTooNewError(file, found, latestSchemaVersion);
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    // 64 MiB page cache: the record tables carry several indexes each, and with SQLite's 2 MiB
    // default a bulk import or a heavy subject's load thrashes the cache (measured: 75k → 120k rows/s).
    db.pragma('cache_size = -65536');
    if (!options.readonly) migrate(db);
    else if (found < latestSchemaVersion) {
      throw new Error(`${file}: schema version ${found} is older than ${latestSchemaVersion}; open it once for writing to upgrade.`);
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
