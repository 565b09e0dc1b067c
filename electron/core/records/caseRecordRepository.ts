import type { SubjectProfile } from '../../../shared/extract/subjectProfile.ts';
import type { RecordTable } from '../db/recordTables.ts';
import type { ImportOptions, ImportResult } from '../importer/importJsonl.ts';
import type { SubjectRecords } from './loadSubjectRecords.ts';

/** What the database says about itself: file, schema, size and its meta entries (demo seed, reference date). */
export interface DatabaseInfo {
  /** Where the data lives (a file for SQLite, a connection name for a server); shown by the CLI only. */
  location: string;
  schemaVersion: number;
  bytes: number;
  meta: Record<string, string>;
}

/**
 * The case records (docs/architecture.md § Storage): what the collection system delivered, per data
 * subject. Asynchronous where a network database would block; a missing subject is the DomainError
 * 'subject.not-found'.
 */
export interface CaseRecordRepository {
  /** Every record held on one subject, table by table, with the organisations those rows name. */
  subjectRecords(subjectId: string): Promise<SubjectRecords>;
  /** The subject's current legal name as one line (or null when no name is recorded). */
  displayName(subjectId: string): Promise<string | null>;
  /** The profile the extract is assembled from, merged over one person's subject entries. */
  subjectProfile(subjectIds: readonly string[]): Promise<SubjectProfile>;
  /** Every subject id, in order (retention walks them one by one). */
  subjectIds(): Promise<string[]>;
  countSubjects(): Promise<number>;
  countPerTable(): Promise<Record<RecordTable, number>>;
  databaseInfo(): Promise<DatabaseInfo>;
  /** Whether this is the generated demo database (only it may be signed with the demo certificate). */
  isDemo(): Promise<boolean>;
  /** Imports a case-record file as ONE unit of its own (all or nothing), rebuilding the search index of what it touched. */
  importFile(file: string, options?: ImportOptions): Promise<ImportResult>;
}
