import Database from 'better-sqlite3-multiple-ciphers';
import { migrate } from '../db/migrate.ts';
import type { RecordTable } from '../db/recordTables.ts';
import type { TableRules } from './recordRules.ts';
import { recordRules } from './recordRules.ts';

let cached: Record<RecordTable, TableRules> | null = null;

/**
 * The record rules of the case-record schema for a backend that is not a SQLite file (the team's
 * PostgreSQL server, issue 15.2): read from the one schema definition the rules have always come from
 * (SQLite's migrations, recordRules.ts), in a throwaway in-memory database. The PostgreSQL migration
 * mirrors that schema (postgres/migrations/001_caseRecords.ts; a test compares the two), so an import
 * refuses the same records with the same file, line, field and reason on both backends.
 */
export function schemaRecordRules(): Record<RecordTable, TableRules> {
  if (cached) return cached;
  const db = new Database(':memory:');
  try {
    migrate(db);
    cached = recordRules(db);
  } finally {
    db.close();
  }
  return cached;
}
