import type { Statement } from 'better-sqlite3';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import type { z } from 'zod';
import type { Db } from '../db/openDatabase.ts';
import type { CellValue, RecordTable } from '../db/recordTables.ts';
import { recordTableNames } from '../db/recordTables.ts';
import { rebuildSearchIndex, reindexSubjects } from '../search/searchIndex.ts';
import { ImportError, importFormatName, importFormatVersion } from './importFormat.ts';
import type { TableSchema } from './recordSchemas.ts';
import { recordSchemas } from './recordSchemas.ts';

export interface ImportProgress {
  phase: 'reading' | 'indexing';
  bytes: number;
  totalBytes: number;
  lines: number;
}

export interface ImportResult {
  records: number;
  byTable: Partial<Record<RecordTable, number>>;
  subjectsReindexed: number;
}

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** Shown in error messages instead of the full path (default: the file's base name). */
  displayName?: string;
}

const chunkSize = 1 << 20;

function upsertSql(table: RecordTable, columns: readonly string[]): string {
  const updates = columns.filter((c) => c !== 'id').map((c) => `${c} = excluded.${c}`).join(', ');
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) ON CONFLICT(id) DO UPDATE SET ${updates}`;
}

/** One readable sentence for the first problem zod found, and the field it concerns. */
function describeIssue(table: string, issue: z.core.$ZodIssue, record: Record<string, unknown>): { field: string; reason: string } {
  if (issue.code === 'unrecognized_keys') return { field: `${table}.${issue.keys[0]}`, reason: 'unknown field (docs/import-format.md lists the fields of every table)' };
  const column = String(issue.path[0] ?? '');
  const field = `${table}.${column}`;
  if (issue.code === 'invalid_type' && record[column] === undefined) return { field, reason: 'is required but missing' };
  return { field, reason: `${issue.message}; got ${JSON.stringify(record[column])}` };
}

/**
 * Imports a case-record file (docs/import-format.md) in ONE transaction: any error rolls back
 * everything and is reported with file, line and field, so a bad file changes nothing. Records are
 * upserted by id, so a re-import does not duplicate and an updated record replaces its earlier
 * version. The search documents of every subject the file touched are rebuilt in the same transaction.
 */
export function importJsonl(db: Db, file: string, options: ImportOptions = {}): ImportResult {
  const name = options.displayName ?? basename(file);
  const fail = (line: number | null, field: string | null, reason: string): never => {
    throw new ImportError(name, line, field, reason);
  };
  const schemas = recordSchemas(db);
  const upserts = {} as Record<RecordTable, Statement>;
  const exists = {} as Record<RecordTable, Statement>;
  const ownerOf = {} as Partial<Record<RecordTable, Statement>>;
  for (const table of recordTableNames) {
    upserts[table] = db.prepare(upsertSql(table, schemas[table].columns));
    exists[table] = db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).pluck();
    // Only a table that already holds rows can hold an earlier version of a record (first imports skip the look-up).
    const hasRows = db.prepare(`SELECT 1 FROM ${table} LIMIT 1`).pluck().get() !== undefined;
    if (hasRows && schemas[table].columns.includes('subject_id') && table !== 'subjects') ownerOf[table] = db.prepare(`SELECT subject_id FROM ${table} WHERE id = ?`).pluck();
  }
  const seen = Object.fromEntries(recordTableNames.map((t) => [t, new Set<string>()])) as Record<RecordTable, Set<string>>;
  const pending: { line: number; field: string; table: RecordTable; value: string }[] = [];
  const touchedSubjects = new Set<string>();
  const touchedCases = new Set<string>();
  const byTable: Partial<Record<RecordTable, number>> = {};
  let records = 0;
  let header = false;
  let endLine: number | null = null;

  const handleLine = (text: string, line: number) => {
    if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.endsWith('\r')) text = text.slice(0, -1);
    if (text.trim() === '') return;
    if (endLine !== null) fail(line, null, `text after the end line (line ${endLine})`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      fail(line, null, `not valid JSON (${(error as Error).message})`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return fail(line, null, 'each line must be a JSON object');
    const object = parsed as Record<string, unknown>;
    if (!header) {
      if (object.format !== importFormatName) fail(line, 'format', `the first line must be the header {"format":"${importFormatName}","version":${importFormatVersion}}`);
      if (object.version !== importFormatVersion) {
        fail(line, 'version', typeof object.version === 'number' && object.version > importFormatVersion
          ? `format version ${object.version} is newer than this Inzage reads (${importFormatVersion}); update Inzage`
          : `unsupported format version ${JSON.stringify(object.version)} (this Inzage reads version ${importFormatVersion})`);
      }
      header = true;
      return;
    }
    if ('end' in object) {
      const count = (object.end as { records?: unknown } | null)?.records;
      if (typeof count !== 'number') fail(line, 'end.records', 'the end line must carry the number of records');
      if (count !== records) fail(line, 'end.records', `the end line announces ${count} records but the file holds ${records}: the file is incomplete or was edited`);
      endLine = line;
      return;
    }
    const table = object.table as RecordTable;
    if (typeof table !== 'string' || !(table in schemas)) fail(line, 'table', `unknown table ${JSON.stringify(object.table)}`);
    const schema: TableSchema = schemas[table];
    if (typeof object.record !== 'object' || object.record === null) fail(line, 'record', 'missing the record object');
    const input = object.record as Record<string, unknown>;
    let values = schema.bind(input);
    let row: Record<string, unknown> = input;
    if (values === null) {
      // Not certainly valid: zod decides, and names the first problem exactly as it always has.
      const result = schema.schema.safeParse(input);
      if (!result.success) {
        const { field, reason } = describeIssue(table, result.error.issues[0]!, input);
        fail(line, field, reason);
      }
      row = result.data!;
      values = schema.columns.map((c) => (row[c] ?? schema.defaults[c] ?? null) as CellValue);
    }
    const id = row.id as string;
    if (seen[table].has(id)) fail(line, `${table}.id`, `duplicate id ${JSON.stringify(id)}: this record appears twice in the file`);
    seen[table].add(id);
    for (const ref of schema.references) {
      const value = row[ref.column];
      if (typeof value === 'string' && !seen[ref.table].has(value) && !exists[ref.table].get(value)) {
        pending.push({ line, field: `${table}.${ref.column}`, table: ref.table, value });
      }
    }
    if (table === 'subjects') touchedSubjects.add(id);
    else if (table === 'cases') touchedCases.add(id);
    const owner = ownerOf[table];
    if (owner) {
      touchedSubjects.add(row.subject_id as string);
      // A record moved to another person (a correction) must leave the earlier person's document too.
      const previous = owner.get(id) as string | undefined;
      if (previous !== undefined) touchedSubjects.add(previous);
    }
    try {
      upserts[table].run(values);
    } catch (error) {
      fail(line, table, `breaks a rule of the case records: ${(error as Error).message}`);
    }
    records++;
    byTable[table] = (byTable[table] ?? 0) + 1;
  };

  const fd = openSync(file, 'r');
  // The importer checks every foreign key itself (all of PRAGMA foreign_key_list, against the file
  // and the database, with line numbers), so records may come in any order. SQLite's own check is
  // switched off for the import: deferred, it would scan every child table without an index on
  // each parent insert (measured: import 4× slower than the bare loop). Records are never deleted
  // or re-keyed by an import, so nothing else can break a reference. The pragma only takes effect
  // outside a transaction, hence before BEGIN.
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  db.exec('BEGIN IMMEDIATE');
  try {
    const totalBytes = fstatSync(fd).size;
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const buffer = Buffer.allocUnsafe(chunkSize);
    let carry = Buffer.alloc(0);
    let line = 0;
    let bytes = 0;
    for (;;) {
      const read = readSync(fd, buffer, 0, chunkSize, null);
      if (read === 0) break;
      bytes += read;
      const data = carry.length > 0 ? Buffer.concat([carry, buffer.subarray(0, read)]) : buffer.subarray(0, read);
      const lastNewline = data.lastIndexOf(10);
      if (lastNewline < 0) {
        carry = Buffer.from(data);
        continue;
      }
      const complete = data.subarray(0, lastNewline + 1);
      carry = Buffer.from(data.subarray(lastNewline + 1));
      let text: string;
      try {
        text = decoder.decode(complete);
      } catch {
        return fail(line + badLineOffset(complete), null, 'not valid UTF-8 text (the file must be UTF-8 encoded; was it saved as Latin-1 or Windows-1252?)');
      }
      const lines = text.split('\n');
      lines.pop();
      for (const lineText of lines) handleLine(lineText, ++line);
      options.onProgress?.({ phase: 'reading', bytes, totalBytes, lines: line });
    }
    if (carry.length > 0) {
      let text: string;
      try {
        text = decoder.decode(carry);
      } catch {
        return fail(line + 1, null, 'not valid UTF-8 text (the file must be UTF-8 encoded)');
      }
      let complete = true;
      try {
        JSON.parse(text);
      } catch {
        complete = false;
      }
      if (!complete) fail(line + 1, null, 'the last line is cut off: the file is truncated');
      handleLine(text, ++line);
    }
    if (!header) fail(null, null, 'the file is empty: it has no header line');
    if (endLine === null) fail(line, null, `the file ends without its end line {"end":{"records":N}}: it is truncated`);
    for (const ref of pending) {
      if (!seen[ref.table].has(ref.value)) fail(ref.line, ref.field, `unknown reference: no ${ref.table} record with id ${JSON.stringify(ref.value)} in this file or in the database`);
    }
    const partiesOf = db.prepare('SELECT subject_id FROM case_parties WHERE case_id = ?').pluck();
    for (const caseId of touchedCases) {
      for (const subject of partiesOf.all(caseId) as string[]) touchedSubjects.add(subject);
    }
    options.onProgress?.({ phase: 'indexing', bytes, totalBytes, lines: line });
    const totalSubjects = db.prepare('SELECT count(*) FROM subjects').pluck().get() as number;
    // Touching most subjects (a first import): one bulk rebuild is faster than subject by subject.
    const reindexed = touchedSubjects.size > totalSubjects * 0.3 ? rebuildSearchIndex(db) : reindexSubjects(db, touchedSubjects);
    db.exec('COMMIT');
    return { records, byTable, subjectsReindexed: reindexed };
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  } finally {
    closeSync(fd);
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
}

/** Which line of a chunk (0-based) holds the first byte sequence that is not UTF-8. */
function badLineOffset(chunk: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  for (let index = 1; ; index++) {
    const end = chunk.indexOf(10, start);
    const stop = end < 0 ? chunk.length : end;
    try {
      decoder.decode(chunk.subarray(start, stop));
    } catch {
      return index;
    }
    if (end < 0) return index;
    start = end + 1;
  }
}
