import Database from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion, SchemaTooNewError } from '../../../../electron/core/db/migrate.ts';
import { latestSchemaVersion, migrations } from '../../../../electron/core/db/migrations/index.ts';
import { openDatabase } from '../../../../electron/core/db/openDatabase.ts';
import { recordTables } from '../../../../electron/core/db/recordTables.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import { testKeys } from '../../../helpers/testKeys.ts';

function tableNames(db: Database.Database): string[] {
  return (
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]
  ).map((r) => r.name);
}

function columnsOf(db: Database.Database, table: string): string[] {
  return (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((r) => r.name);
}

describe('migrations', () => {
  const tempDir = useTempDirs();

  it('are numbered from 1, strictly increasing (a number handed to a branch not yet merged may be missing)', () => {
    const versions = migrations.map((m) => m.version);
    expect(versions[0]).toBe(1);
    for (let i = 1; i < versions.length; i++) expect(versions[i]).toBeGreaterThan(versions[i - 1]!);
    expect(latestSchemaVersion).toBe(versions.at(-1));
  });

  /** Columns later migrations add to the case-record tables (004: the record a disclosure was caused by). */
  const addedLater: Record<string, string[]> = { disclosures: ['communication_id', 'lookup_id', 'legal_step_id'] };

  it('001 creates every case-record table with the columns the code writes, but for those later migrations add', () => {
    const db = new Database(':memory:');
    migrate(db, { target: 1 });
    expect(schemaVersion(db)).toBe(1);
    const tables = tableNames(db);
    for (const [table, columns] of Object.entries(recordTables)) {
      expect(tables).toContain(table);
      expect(columnsOf(db, table)).toEqual(columns.filter((c) => !(addedLater[table] ?? []).includes(c)));
    }
    expect(tables).toContain('meta');
  });

  it('the latest schema has every column the code writes, in the order it writes them', () => {
    const db = new Database(':memory:');
    migrate(db);
    for (const [table, columns] of Object.entries(recordTables)) expect(columnsOf(db, table)).toEqual([...columns]);
  });

  it('001 enforces the record rules: references, roles, closed cases carry a date, consent for Art. 9(2)(a)', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, { target: 1 });
    db.prepare("INSERT INTO organisations (id, name, kind, source) VALUES ('O1', 'Client', 'client', 'client')").run();
    db.prepare("INSERT INTO subjects (id, birth_date, created_on, source) VALUES ('S1', '1980-01-01', '2020-01-01', 'client')").run();
    expect(() =>
      db
        .prepare(
          'INSERT INTO cases (id, client_id, client_reference, opened_on, closed_on, ' +
            "status, source) VALUES ('C1', 'O1', 'R', '2020-01-01', NULL, 'closed', " +
            "'client')",
        )
        .run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          'INSERT INTO case_parties (id, case_id, subject_id, role, joined_on, source) ' +
            "VALUES ('P1', 'NOPE', 'S1', 'debtor', '2020-01-01', 'client')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    db.prepare(
      'INSERT INTO cases (id, client_id, client_reference, opened_on, status, ' +
        "source) VALUES ('C1', 'O1', 'R', '2020-01-01', 'open', 'client')",
    ).run();
    expect(() =>
      db
        .prepare(
          'INSERT INTO case_parties (id, case_id, subject_id, role, joined_on, source) ' +
            "VALUES ('P1', 'C1', 'S1', 'friend', '2020-01-01', 'client')",
        )
        .run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          'INSERT INTO special_category_data (id, subject_id, category, description, ' +
            "legal_ground, recorded_on, source) VALUES ('X', 'S1', 'health', 'd', 'art9-2-a', " +
            "'2020-01-01', 'data-subject')",
        )
        .run(),
    ).toThrow(/CHECK/);
  });

  it('each migration applies on top of the previous one, one version at a time', () => {
    const db = new Database(':memory:');
    for (const migration of migrations) {
      expect(migrate(db, { target: migration.version })).toBe(migration.version);
    }
    expect(schemaVersion(db)).toBe(latestSchemaVersion);
    expect(migrate(db)).toBe(latestSchemaVersion);
  });

  it('a failing migration leaves the previous version intact', () => {
    const db = new Database(':memory:');
    const broken = [
      ...migrations,
      { version: latestSchemaVersion + 1, name: 'broken', sql: 'CREATE TABLE half (x); SELECT * FROM no_such_table;' },
    ];
    expect(() => migrate(db, { migrations: broken })).toThrow(/no_such_table/);
    expect(schemaVersion(db)).toBe(latestSchemaVersion);
    expect(tableNames(db)).not.toContain('half');
  });

  it('refuses a database written by a newer version, naming the file and both versions', () => {
    const file = join(tempDir(), 'future.db');
    const future = new Database(file);
    future.pragma(`user_version = ${latestSchemaVersion + 5}`);
    future.close();
    expect(() => openDatabase(file, testKeys.database)).toThrow(SchemaTooNewError);
    expect(() => openDatabase(file, testKeys.database)).toThrow(
      new RegExp(`future\\.db.*version ${latestSchemaVersion + 5}.*up to ${latestSchemaVersion}`),
    );
  });

  it('opens a new file in WAL mode with foreign keys on', () => {
    const db = openDatabase(join(tempDir(), 'new.db'), testKeys.database);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(schemaVersion(db)).toBe(latestSchemaVersion);
    db.close();
  });
});
