import type { WriteLockOptions } from '../db/writeLock.ts';
import { beginImmediate, markImportRunning } from '../db/writeLock.ts';
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import { basename } from 'node:path';
import type { z } from 'zod';
import type { Policy } from '../../../shared/policy/policySchema.ts';
import type { Db } from '../db/openDatabase.ts';
import type { CellValue, RecordTable } from '../db/recordTables.ts';
import { insertSql, recordTableNames, recordTables } from '../db/recordTables.ts';
import { startWorker } from '../jobs/runInWorker.ts';
import { loadDefaultPolicy } from '../policy/loadPolicy.ts';
import { fullIndexWriter, rebuildSearchIndex, reindexSubjects } from '../search/searchIndex.ts';
import { decodeDocuments } from './documentBatchWire.ts';
import { ImportError } from './importFormat.ts';
import { sqliteDocumentImport } from './importDocumentWriter.ts';
import type { ParserInput, ParserMessage } from './importParserWorker.ts';
import { maskedExcerpt } from './maskedExcerpt.ts';
import { verifyImported } from './importVerification.ts';
import { recordRules } from './recordRules.ts';
import { withRegisterRules } from './registerRules.ts';
import { forEachRow } from './rowBatchWire.ts';
import type { TableSchema } from './recordSchemas.ts';
import { tableSchema } from './recordSchemas.ts';

export interface ImportProgress {
  phase: 'reading' | 'indexing';
  bytes: number;
  totalBytes: number;
  lines: number;
}

export interface ImportResult {
  /** The SHA-256 of the bytes imported (the parser's single read of the file). */
  sha256: string;
  /** Record lines imported, documents included. */
  records: number;
  /** Per record table, and `documents` for the case-file documents (issue 16.1). */
  byTable: Partial<Record<RecordTable | 'documents', number>>;
  subjectsReindexed: number;
}

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** Shown in error messages instead of the full path (default: the file's base name). */
  displayName?: string;
  /** Stops the import; it then rolls back and rejects, and nothing is imported. */
  signal?: AbortSignal;
  /**
   * The processing register in force: a record's `source`, and a decision's rule set and outcome, must
   * be among its values (registerRules.ts). Default: the built-in register (the use case passes its own).
   */
  register?: Policy;
  /** How long to wait for another process's write before starting (writeLock.ts). */
  writeLock?: WriteLockOptions;
  /** The largest file a document may have (default maxDocumentBytes, documentFileSource.ts); tests set less. */
  maxDocumentBytes?: number;
}

/** Rows per multi-row INSERT into a table that was empty (see `grouped` in importJsonl). */
const rowsPerInsert = 64;

/** The parser worker: the TypeScript entry under Node/tsx, the bundled file next to the app's main.js. */
const parserEntry = import.meta.url.endsWith('.ts')
  ? new URL('./importParserWorker.ts', import.meta.url)
  : new URL('./importParser.js', import.meta.url);

function upsertSql(table: RecordTable, columns: readonly string[]): string {
  const updates = columns
    .filter((c) => c !== 'id')
    .map((c) => `${c} = excluded.${c}`)
    .join(', ');
  const placeholders = columns.map(() => '?').join(', ');
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${placeholders}) ON CONFLICT(id) DO UPDATE SET ${updates}`;
}

/** One readable sentence for the first problem zod found, and the field it concerns. */
function describeIssue(table: string, issue: z.core.$ZodIssue, record: Record<string, unknown>): { field: string; reason: string } {
  if (issue.code === 'unrecognized_keys')
    return { field: `${table}.${issue.keys[0]}`, reason: 'unknown field (docs/import-format.md lists the fields of every table)' };
  const column = String(issue.path[0] ?? '');
  const field = `${table}.${column}`;
  if (issue.code === 'invalid_type' && record[column] === undefined) return { field, reason: 'is required but missing' };
  return { field, reason: `${issue.message}; got ${maskedExcerpt(record[column])}` };
}

/**
 * Imports a case-record file (docs/import-format.md) in ONE transaction: any error rolls back
 * everything and is reported with file, line and field, so a bad file changes nothing. Records are
 * upserted by id, so a re-import does not duplicate and an updated record replaces its earlier
 * version. The search documents of every subject the file touched are rebuilt in the same transaction.
 *
 * A worker thread reads, parses and validates the file (importParserWorker.ts) while this thread
 * writes the rows it has validated so far: on two cores the two halves overlap. The connection holds
 * the open transaction until the promise settles; nothing else may use it meanwhile.
 */
export async function importJsonl(db: Db, file: string, options: ImportOptions = {}): Promise<ImportResult> {
  const name = options.displayName ?? basename(file);
  const rules = withRegisterRules(recordRules(db), options.register ?? loadDefaultPolicy());
  // zod judges only the records the parser's fast check could not vouch for; built when first needed.
  const schemas: Partial<Record<RecordTable, TableSchema>> = {};
  const writes: Statement[] = [];
  const exists = {} as Record<RecordTable, Statement>;
  // Per table: the column of subject_id when the table already holds rows (only then can a record
  // have an earlier version whose owner must be re-indexed too); first imports skip the look-up.
  const ownerColumn: number[] = [];
  const ownerOf: (Statement | undefined)[] = [];
  let emptyDatabase = true;
  const wasEmpty: boolean[] = [];
  for (const table of recordTableNames) {
    const columns = recordTables[table] as readonly string[];
    const hasRows = db.prepare(`SELECT 1 FROM ${table} LIMIT 1`).pluck().get() !== undefined;
    if (hasRows) emptyDatabase = false;
    wasEmpty.push(!hasRows);
    // Into a table that was empty a plain INSERT cannot conflict (the parser refuses an id that
    // appears twice in the file), and it skips the upsert's conflict handling.
    writes.push(db.prepare(hasRows ? upsertSql(table, columns) : insertSql(table)));
    exists[table] = db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).pluck();
    const owned = hasRows && table !== 'subjects' && columns.includes('subject_id');
    ownerColumn.push(owned ? columns.indexOf('subject_id') : -1);
    ownerOf.push(owned ? db.prepare(`SELECT subject_id FROM ${table} WHERE id = ?`).pluck() : undefined);
  }
  /** A record the parser left to zod: its column values, or an ImportError naming its first problem. */
  const judged = (table: RecordTable, record: Record<string, unknown>, line: number): CellValue[] => {
    const schema = (schemas[table] ??= tableSchema(rules[table]));
    const result = schema.schema.safeParse(record);
    if (!result.success) {
      const { field, reason } = describeIssue(table, result.error.issues[0]!, record);
      throw new ImportError(name, line, field, reason);
    }
    const data = result.data;
    return schema.columns.map((c) => (data[c] ?? schema.defaults[c] ?? null) as CellValue);
  };
  const columnCounts = recordTableNames.map((t) => recordTables[t].length);
  // Into a table that was empty, consecutive rows go in groups of `rowsPerInsert`, one multi-row INSERT
  // each: the same rows in the same order (so the same rowids and the same database), but SQLite opens
  // the table's cursors and the binding crosses into the addon once per group instead of once per row
  // (measured on the 20,000-subject demo export: about 30% less CPU for the writes). Not the subjects
  // (the index needs each one's rowid) and not upserts (each row may need its earlier owner first).
  const grouped = recordTableNames.map((table, i) => wasEmpty[i]! && table !== 'subjects');
  const groupWrites: (Statement | undefined)[] = [];
  const groupWrite = (table: number): Statement => {
    const columns = recordTables[recordTableNames[table]!] as readonly string[];
    const values = `(${columns.map(() => '?').join(', ')})`;
    return (groupWrites[table] ??= db.prepare(
      `INSERT INTO ${recordTableNames[table]} (${columns.join(', ')}) VALUES ` +
        Array.from({ length: rowsPerInsert }, () => values).join(', '),
    ));
  };
  const subjectsTable = recordTableNames.indexOf('subjects');
  const casesTable = recordTableNames.indexOf('cases');
  const touchedSubjects = new Set<string>();
  const touchedCases = new Set<string>();

  // The importer checks every foreign key itself (all of PRAGMA foreign_key_list, against the file
  // and the database, with line numbers), so records may come in any order. SQLite's own check is
  // switched off for the import: deferred, it would scan every child table without an index on
  // each parent insert (measured: import 4× slower than the bare loop). Records are never deleted
  // or re-keyed by an import, so nothing else can break a reference. The pragma only takes effect
  // outside a transaction, hence before BEGIN.
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  try {
    await beginImmediate(db, options.writeLock);
  } catch (error) {
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
    throw error;
  }
  // Other writers now wait for this import, and say so (issue 13.6).
  const unmarkImport = markImportRunning(db);
  const control = new SharedArrayBuffer(8);
  const written = new Int32Array(control);
  // Into an empty database the file is all there is: the parser then also builds the search
  // documents from it (the same subjectDocument as the index reads back), and this thread only
  // writes them, under the rowids its subjects got here.
  const input: ParserInput = {
    file,
    rules,
    control,
    buildDocuments: emptyDatabase,
    ...(options.maxDocumentBytes !== undefined ? { maxDocumentBytes: options.maxDocumentBytes } : {}),
  };
  const caseDocuments = sqliteDocumentImport(db, name);
  const subjectRowids = new Map<string, number>();
  let documents: ReturnType<typeof fullIndexWriter> | null = null;
  let fileResult: Omit<ImportResult, 'subjectsReindexed'> | null = null;
  const worker = startWorker(parserEntry, input, { selfContained: true });

  /** Writes one row; a rule of the table it breaks (a CHECK, a type) is reported with its line. */
  // Rows written per table (recordTableNames order), compared with the records read before committing.
  const rowsWritten = recordTableNames.map(() => 0);
  const writeRow = (table: number, row: CellValue[], line: number) => {
    try {
      const result = writes[table]!.run(row);
      rowsWritten[table]!++;
      return result;
    } catch (error) {
      throw new ImportError(name, line, recordTableNames[table]!, `breaks a rule of the case records: ${(error as Error).message}`);
    }
  };
  /** Consecutive rows of one grouped table, not yet written. */
  const group = { table: -1, count: 0, values: [] as CellValue[], lines: [] as number[] };
  const flushGroup = () => {
    const { table, count, values, lines } = group;
    if (count === 0) return;
    group.count = 0;
    group.values = [];
    group.lines = [];
    const columns = columnCounts[table]!;
    if (count === rowsPerInsert) {
      try {
        groupWrite(table).run(values);
        rowsWritten[table]! += count;
        return;
      } catch (error) {
        // An error that ended the transaction (a full disk, an I/O error): nothing may be written outside it.
        if (!db.inTransaction)
          throw new ImportError(
            name,
            lines[0]!,
            recordTableNames[table]!,
            `breaks a rule of the case records: ${(error as Error).message}`,
          );
        // A broken rule: SQLite undid the whole statement; write its rows one by one, so the first one at fault is named with its line.
      }
    }
    for (let r = 0; r < count; r++) writeRow(table, values.slice(r * columns, (r + 1) * columns), lines[r]!);
  };

  const end = () => {
    unmarkImport();
    if (db.inTransaction) db.exec('ROLLBACK');
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  };

  return new Promise<ImportResult>((resolve, reject) => {
    let settled = false;
    const settle = (error: unknown, result?: ImportResult) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      try {
        if (error === undefined) {
          db.exec('COMMIT');
          end();
          resolve(result!);
          return;
        }
        end();
      } catch (failure) {
        end();
        reject(failure as Error);
        return;
      }
      reject(error as Error);
    };
    const onAbort = () => settle(new ImportError(name, null, null, 'the import was stopped'));
    if (options.signal?.aborted) return onAbort();
    options.signal?.addEventListener('abort', onAbort);

    worker.on('message', (message: ParserMessage) => {
      if (settled) return;
      try {
        if (message.type === 'rows') {
          const { tables, lines } = message.batch;
          forEachRow(
            message.batch,
            (i, values, record) => {
              const table = tables[i]!;
              if (group.count > 0 && group.table !== table) flushGroup();
              // zod's verdict on this line comes after any rule an earlier line breaks: write those first.
              if (!values) flushGroup();
              const row = values ?? judged(recordTableNames[table]!, record!, lines[i]!);
              if (grouped[table]) {
                // Into an empty database every subject is new and the whole index is written: nothing to track.
                if (!emptyDatabase && table === casesTable) touchedCases.add(row[0] as string);
                group.table = table;
                for (let c = 0; c < row.length; c++) group.values.push(row[c]!);
                group.lines.push(lines[i]!);
                if (++group.count === rowsPerInsert) flushGroup();
                return;
              }
              if (!emptyDatabase) {
                if (table === subjectsTable) touchedSubjects.add(row[0] as string);
                else if (table === casesTable) touchedCases.add(row[0] as string);
              }
              const owner = ownerOf[table];
              if (owner) {
                touchedSubjects.add(row[ownerColumn[table]!] as string);
                // A record moved to another person (a correction) must leave the earlier person's document too.
                const previous = owner.get(row[0]) as string | undefined;
                if (previous !== undefined) touchedSubjects.add(previous);
              }
              const { lastInsertRowid } = writeRow(table, row, lines[i]!);
              if (table === subjectsTable && emptyDatabase) subjectRowids.set(row[0] as string, Number(lastInsertRowid));
            },
            (table) => columnCounts[table]!,
          );
          flushGroup();
          Atomics.add(written, 1, 1);
          Atomics.notify(written, 1);
          options.onProgress?.({ phase: 'reading', bytes: message.bytes, totalBytes: message.totalBytes, lines: message.lines });
        } else if (message.type === 'done') {
          const { summary } = message;
          // The parser resolved every reference it could within the file; the rest must be in the database.
          for (const ref of summary.openReferences) {
            if (!exists[ref.table].get(ref.value))
              throw new ImportError(
                name,
                ref.line,
                ref.field,
                `unknown reference: no ${ref.table} record with id ${JSON.stringify(ref.value)} in this file or in the database`,
              );
          }
          caseDocuments.checkParents(summary.openParents);
          verifyImported(db, name, summary.byTable, rowsWritten, caseDocuments.written());
          options.onProgress?.({ phase: 'indexing', bytes: message.bytes, totalBytes: message.totalBytes, lines: message.lines });
          if (emptyDatabase) {
            // Every subject is new: the whole index is written, from the parser's documents when it
            // could hold the file's records, else read back from the database.
            if (!message.documentsFollow) {
              settle(undefined, {
                sha256: message.sha256,
                records: summary.records,
                byTable: summary.byTable,
                subjectsReindexed: rebuildSearchIndex(db),
              });
              return;
            }
            documents = fullIndexWriter(db);
            fileResult = { sha256: message.sha256, records: summary.records, byTable: summary.byTable };
            return;
          }
          const partiesOf = db.prepare('SELECT subject_id FROM case_parties WHERE case_id = ?').pluck();
          for (const caseId of touchedCases) {
            for (const subject of partiesOf.all(caseId) as string[]) touchedSubjects.add(subject);
          }
          const totalSubjects = db.prepare('SELECT count(*) FROM subjects').pluck().get() as number;
          // Touching most subjects (a first import): one bulk rebuild is faster than subject by subject.
          const reindexed = touchedSubjects.size > totalSubjects * 0.3 ? rebuildSearchIndex(db) : reindexSubjects(db, touchedSubjects);
          settle(undefined, { sha256: message.sha256, records: summary.records, byTable: summary.byTable, subjectsReindexed: reindexed });
        } else if (message.type === 'document') {
          // The file's row is written now (the repository is synchronous underneath); a failure to keep it still rolls back.
          caseDocuments.write(message.line, message.document, message.content).catch((error: unknown) => settle(error));
          Atomics.add(written, 1, 1);
          Atomics.notify(written, 1);
        } else if (message.type === 'documents') {
          for (const document of decodeDocuments(message.documents)) documents!.write(subjectRowids.get(document.id)!, document);
          Atomics.add(written, 1, 1);
          Atomics.notify(written, 1);
        } else if (message.type === 'indexed') {
          settle(undefined, { ...fileResult!, subjectsReindexed: documents!.finish() });
        } else if (message.type === 'problem') {
          throw new ImportError(name, message.line, message.field, message.reason);
        } else {
          throw new Error(`${name}: the import stopped: ${message.message} (nothing was imported)`);
        }
      } catch (error) {
        settle(error);
      }
    });
    // A message that cannot be deserialised is a batch of rows that never arrived: committing the
    // rest would report "imported" for a file only partly imported (issue 13). Abort and roll back.
    worker.on('messageerror', () => settle(new ImportError(name, null, null, 'a batch of records from the parser could not be read')));
    worker.on('error', (error) => settle(new Error(`${name}: the import stopped: ${error.message} (nothing was imported)`)));
    worker.on('exit', (code) =>
      settle(new Error(`${name}: the import stopped: its parser exited with code ${code} (nothing was imported)`)),
    );
  });
}
