import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Migration } from './migration.ts';
import { migrations as allMigrations } from './migrations/index.ts';

export class SchemaTooNewError extends Error {
  constructor(
    readonly file: string,
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `${file}: the database has schema version ${found}, but this version of Inzage knows up to ${supported}. ` +
        'It was written by a newer Inzage; update the app instead of opening it with this one.',
    );
    this.name = 'SchemaTooNewError';
  }
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the schema up to the newest version (or `target`). Each migration runs in its own
 * transaction together with the bump of PRAGMA user_version, so a failed step leaves the previous
 * version intact.
 */
export function migrate(db: Database, options: { target?: number; migrations?: readonly Migration[] } = {}): number {
  const list = options.migrations ?? allMigrations;
  const latest = list.at(-1)?.version ?? 0;
  const target = options.target ?? latest;
  const current = schemaVersion(db);
  if (current > latest) throw new SchemaTooNewError(db.name, current, latest);
  for (const migration of list) {
    if (migration.version <= current || migration.version > target) continue;
    // IMMEDIATE, and the version read again under the lock: two processes opening a new database at
    // once must not both run a migration (the second would fail half-way, or run it twice).
    db.transaction(() => {
      if (schemaVersion(db) >= migration.version) return;
      if (migration.sql) db.exec(migration.sql);
      migration.up?.(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
  return schemaVersion(db);
}
