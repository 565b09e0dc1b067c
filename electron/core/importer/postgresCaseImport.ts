import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { z } from 'zod';
import { DomainError } from '../../../shared/errors/domainError.ts';
import type { CellValue, RecordTable } from '../db/recordTables.ts';
import { writeWaitDefaults } from '../db/writeLock.ts';
import { recordTableNames, recordTables } from '../db/recordTables.ts';
import { startWorker } from '../jobs/runInWorker.ts';
import { loadDefaultPolicy } from '../policy/loadPolicy.ts';
import { postgresSubjectDocuments } from '../records/postgresSubjectDocuments.ts';
import { replaceSearchDocuments } from '../search/postgresSearchIndex.ts';
import { decodeDocuments } from './documentBatchWire.ts';
import { ImportError } from './importFormat.ts';
import { postgresDocumentImport } from './importDocumentWriter.ts';
import type { ImportOptions, ImportResult } from './importJsonl.ts';
import type { ParserInput, ParserMessage } from './importParserWorker.ts';
import { maskedExcerpt } from './maskedExcerpt.ts';
import { withRegisterRules } from './registerRules.ts';
import { forEachRow } from './rowBatchWire.ts';
import type { TableSchema } from './recordSchemas.ts';
import { tableSchema } from './recordSchemas.ts';
import { schemaRecordRules } from './schemaRecordRules.ts';

/** The parser worker: the TypeScript entry under Node/tsx, the bundled file next to the app's main.js (as importJsonl.ts). */
const parserEntry = import.meta.url.endsWith('.ts')
  ? new URL('./importParserWorker.ts', import.meta.url)
  : new URL('./importParser.js', import.meta.url);

/** Characters of COPY text a table collects before it is sent (one COPY per flush; bounds the memory held). */
const flushChars = 1 << 20;
/** Subjects whose search documents are read back and written per round. */
const documentChunk = 2000;

/** One value in COPY's text format: \N is null; backslash, tab, newline and carriage return are escaped. */
export function copyValue(value: CellValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'number') return String(value);
  return /[\\\t\n\r]/.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => copyEscapes[c]!) : value;
}
const copyEscapes: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One row as a line of COPY text. */
export function copyLine(row: readonly CellValue[]): string {
  let line = copyValue(row[0]!);
  for (let c = 1; c < row.length; c++) line += `\t${copyValue(row[c]!)}`;
  return `${line}\n`;
}

/** As importJsonl.ts: one readable sentence for the first problem zod found, and the field it concerns. */
function describeIssue(table: string, issue: z.core.$ZodIssue, record: Record<string, unknown>): { field: string; reason: string } {
  if (issue.code === 'unrecognized_keys')
    return { field: `${table}.${issue.keys[0]}`, reason: 'unknown field (docs/import-format.md lists the fields of every table)' };
  const column = String(issue.path[0] ?? '');
  const field = `${table}.${column}`;
  if (issue.code === 'invalid_type' && record[column] === undefined) return { field, reason: 'is required but missing' };
  return { field, reason: `${issue.message}; got ${maskedExcerpt(record[column])}` };
}

/** The server's words for a refused row without the value it quotes (a value may be personal data). */
function serverReason(error: unknown): string {
  return (error as Error).message.replace(/:\s*".*$/s, '');
}

/** The line of the COPY data a server error names ("COPY cases, line 3, column …"), 1-based, or null. */
function copyLineOf(error: unknown): number | null {
  const match = /COPY \S+, line (\d+)/.exec((error as pg.DatabaseError).where ?? '');
  return match ? Number(match[1]) : null;
}

interface TableBuffer {
  text: string[];
  chars: number;
  /** The file line of each buffered row, to name the line of a row the server refuses. */
  lines: number[];
}

/**
 * Imports a case-record file into the team's PostgreSQL server (issue 15.2) as ONE transaction on
 * one connection of the pool: all or nothing. The same parser worker as the SQLite import reads and
 * validates the file (importParserWorker.ts, the rules of the one schema: schemaRecordRules.ts), so
 * a bad file is refused with the same file, line, field and reason; the rows it vouches for go to the
 * server through COPY, table by table in flushes of a few megabytes, while the worker reads on.
 *
 * - A table that held no rows takes the COPY directly (nothing can conflict: the parser refuses an id
 *   that appears twice). A table with rows takes it into a temporary copy of itself with the same
 *   CHECKs, then one INSERT … ON CONFLICT (id) DO UPDATE: records are upserted by id, as on SQLite.
 * - The record tables are locked against other writers (SHARE ROW EXCLUSIVE: clerks keep reading)
 *   for the import's length: two imports from two laptops run one after the other, and "was the table
 *   empty" stays true while this one writes.
 * - Foreign keys are checked by the parser and against the server (its open references), and by the
 *   server again before COMMIT (the keys are DEFERRABLE, so records may come in any order).
 * - The search documents of every subject the file touched are rebuilt in the same transaction
 *   (replaceSearchDocuments): from the parser's documents when the database held no records, else
 *   read back from the records (postgresSubjectDocuments.ts).
 */
export async function importJsonlPostgres(pool: pg.Pool, file: string, options: ImportOptions = {}): Promise<ImportResult> {
  const name = options.displayName ?? basename(file);
  const rules = withRegisterRules(schemaRecordRules(), options.register ?? loadDefaultPolicy());
  const schemas: Partial<Record<RecordTable, TableSchema>> = {};
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

  const client = await pool.connect();
  let released = false;
  const release = () => {
    if (!released) client.release();
    released = true;
  };
  const hadRows: boolean[] = [];
  try {
    await client.query('BEGIN');
    await client.query('SET CONSTRAINTS ALL DEFERRED');
    // Another import holds the tables for its whole run: wait as long as for one on SQLite (writeLock.ts), then 'storage.busy'.
    const waitMs = options.writeLock?.importLimitMs ?? writeWaitDefaults.importLimitMs;
    await client.query(`SET LOCAL lock_timeout = ${Math.max(1, Math.round(waitMs))}`);
    try {
      // The case-file documents too (issue 16.1): another import's documents must not interleave with this one's.
      await client.query(`LOCK TABLE ${[...recordTableNames, 'documents', 'document_files'].join(', ')} IN SHARE ROW EXCLUSIVE MODE`);
    } catch (error) {
      if ((error as pg.DatabaseError).code === '55P03') throw new DomainError('storage.busy');
      throw error;
    }
    await client.query('SET LOCAL lock_timeout = 0');
    const found = await client.query<{ table: RecordTable }>(
      recordTableNames.map((table) => `SELECT '${table}' AS table WHERE EXISTS (SELECT 1 FROM ${table})`).join(' UNION ALL '),
    );
    const withRows = new Set(found.rows.map((r) => r.table));
    for (const table of recordTableNames) hadRows.push(withRows.has(table));
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    release();
    throw error;
  }
  const emptyDatabase = hadRows.every((has) => !has);
  const subjectsTable = recordTableNames.indexOf('subjects');
  const casesTable = recordTableNames.indexOf('cases');
  const ownerColumn = recordTableNames.map((table) =>
    table === 'subjects' ? -1 : (recordTables[table] as readonly string[]).indexOf('subject_id'),
  );
  const touchedSubjects = new Set<string>();
  const touchedCases = new Set<string>();
  const buffers: TableBuffer[] = recordTableNames.map(() => ({ text: [], chars: 0, lines: [] }));
  const rowsWritten = recordTableNames.map(() => 0);
  const staged = new Set<number>();

  /** Sends one table's buffered rows through COPY; a row the server refuses is named with its file line. */
  // One COPY in flight while this thread formats the next rows: the server ingests as the file is read.
  let inFlight: Promise<void> = Promise.resolve();
  let inFlightFailure: unknown = null;
  /** Waits for the COPY in flight; rethrows its refusal (kept, not left unhandled, until someone waits). */
  const copyDone = async (): Promise<void> => {
    await inFlight;
    if (inFlightFailure !== null) throw inFlightFailure;
  };
  const copy = async (table: number, text: string[], lines: number[]): Promise<void> => {
    const tableName = recordTableNames[table]!;
    let target: string = tableName;
    if (hadRows[table]) {
      target = `import_${tableName}`;
      if (!staged.has(table)) {
        // The same columns, defaults, NOT NULLs and CHECKs: a row that breaks one is refused during the COPY, with its line.
        await client.query(`CREATE TEMP TABLE ${target} (LIKE ${tableName} INCLUDING DEFAULTS INCLUDING CONSTRAINTS) ON COMMIT DROP`);
        staged.add(table);
      }
    }
    const stream = client.query(copyFrom(`COPY ${target} (${recordTables[tableName].join(', ')}) FROM STDIN`));
    try {
      await pipeline(Readable.from([text.join('')]), stream);
    } catch (error) {
      const at = copyLineOf(error);
      throw new ImportError(
        name,
        at === null ? null : lines[at - 1]!,
        tableName,
        `breaks a rule of the case records: ${serverReason(error)}`,
      );
    }
    rowsWritten[table]! += stream.rowCount;
  };
  /** Sends one table's buffered rows through COPY once the previous COPY is done; a row the server refuses is named with its line. */
  const flush = async (table: number): Promise<void> => {
    const buffer = buffers[table]!;
    if (buffer.lines.length === 0) return;
    buffers[table] = { text: [], chars: 0, lines: [] };
    await copyDone();
    inFlight = copy(table, buffer.text, buffer.lines).catch((error: unknown) => {
      inFlightFailure = error;
    });
  };
  /** Every buffered row sent and on the server (or its refusal thrown). */
  const flushAll = async () => {
    for (let table = 0; table < buffers.length; table++) await flush(table);
    await copyDone();
  };
  /**
   * A problem found on this side (a zod verdict, the parser's problem): the rows read before it are
   * sent first, since on SQLite a row of an earlier line that breaks a CHECK is refused first — and of
   * the same line too (the parser posts a line's record before its problem, e.g. an id seen twice).
   */
  const refuse = async (problem: ImportError): Promise<never> => {
    try {
      await flushAll();
    } catch (earlier) {
      if (earlier instanceof ImportError && earlier.line !== null && (problem.line === null || earlier.line <= problem.line)) throw earlier;
    }
    throw problem;
  };

  /** The subjects whose documents are rebuilt: those the file wrote, the earlier owners of records it moved, the parties of its cases. */
  const mergeStaged = async (): Promise<void> => {
    for (const table of staged) {
      const tableName = recordTableNames[table]!;
      const columns = recordTables[tableName] as readonly string[];
      if (ownerColumn[table]! >= 0) {
        // A record moved to another person (a correction) must leave the earlier person's document too.
        const previous = await client.query<{ subject_id: string }>(
          `SELECT DISTINCT t.subject_id FROM ${tableName} t JOIN import_${tableName} s ON s.id = t.id`,
        );
        for (const row of previous.rows) touchedSubjects.add(row.subject_id);
      }
      const updates = columns
        .filter((c) => c !== 'id')
        .map((c) => `${c} = excluded.${c}`)
        .join(', ');
      await client.query(
        `INSERT INTO ${tableName} (${columns.join(', ')}) SELECT ${columns.join(', ')} FROM import_${tableName} ` +
          `ON CONFLICT (id) DO UPDATE SET ${updates}`,
      );
    }
  };

  const checkForeignKeys = async (): Promise<void> => {
    try {
      await client.query('SET CONSTRAINTS ALL IMMEDIATE');
    } catch (error) {
      const { table, detail } = error as pg.DatabaseError;
      const parent = /is not present in table "(\w+)"/.exec(detail ?? '')?.[1] ?? 'referenced';
      throw new ImportError(name, null, null, `a ${table ?? 'case'} record refers to a ${parent} record that is not there`);
    }
  };

  const writeDocuments = async (subjectIds: readonly string[]): Promise<number> => {
    let written = 0;
    for (let at = 0; at < subjectIds.length; at += documentChunk) {
      const documents = await postgresSubjectDocuments(client, subjectIds.slice(at, at + documentChunk));
      await replaceSearchDocuments(client, documents);
      written += documents.length;
    }
    return written;
  };

  const control = new SharedArrayBuffer(8);
  const written = new Int32Array(control);
  const batchWritten = () => {
    Atomics.add(written, 1, 1);
    Atomics.notify(written, 1);
  };
  const input: ParserInput = {
    file,
    rules,
    control,
    buildDocuments: emptyDatabase,
    ...(options.maxDocumentBytes !== undefined ? { maxDocumentBytes: options.maxDocumentBytes } : {}),
  };
  const caseDocuments = postgresDocumentImport(client, name);
  const worker = startWorker(parserEntry, input, { selfContained: true });
  let fileResult: Omit<ImportResult, 'subjectsReindexed'> | null = null;
  let documentsWritten = 0;

  return new Promise<ImportResult>((resolve, reject) => {
    let settled = false;
    // Messages are handled one after the other on the one connection; the worker reads ahead meanwhile.
    let queue: Promise<void> = Promise.resolve();
    const settle = async (error: unknown, result?: ImportResult): Promise<void> => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      try {
        if (error === undefined) {
          await client.query('COMMIT');
          release();
          resolve(result!);
          return;
        }
        await client.query('ROLLBACK');
        release();
      } catch (failure) {
        await client.query('ROLLBACK').catch(() => undefined);
        release();
        reject(failure as Error);
        return;
      }
      reject(error as Error);
    };
    const enqueue = (work: () => Promise<void>) => {
      queue = queue.then(async () => {
        if (settled) return;
        try {
          await work();
        } catch (error) {
          await settle(error);
        }
      });
    };
    const onAbort = () => enqueue(() => settle(new ImportError(name, null, null, 'the import was stopped')));
    if (options.signal?.aborted) {
      onAbort();
      return;
    }
    options.signal?.addEventListener('abort', onAbort);

    const handle = async (message: ParserMessage): Promise<void> => {
      if (message.type === 'rows') {
        const { tables, lines } = message.batch;
        let problem: ImportError | null = null;
        forEachRow(
          message.batch,
          (i, values, record) => {
            if (problem) return;
            const table = tables[i]!;
            let row = values;
            if (!row) {
              try {
                row = judged(recordTableNames[table]!, record!, lines[i]!);
              } catch (error) {
                problem = error as ImportError;
                return;
              }
            }
            if (!emptyDatabase) {
              if (table === subjectsTable) touchedSubjects.add(row[0] as string);
              else if (table === casesTable) touchedCases.add(row[0] as string);
              else if (ownerColumn[table]! >= 0) touchedSubjects.add(row[ownerColumn[table]!] as string);
            }
            const buffer = buffers[table]!;
            const line = copyLine(row);
            buffer.text.push(line);
            buffer.chars += line.length;
            buffer.lines.push(lines[i]!);
          },
          (table) => recordTables[recordTableNames[table]!].length,
        );
        if (problem) await refuse(problem);
        for (let table = 0; table < buffers.length; table++) if (buffers[table]!.chars >= flushChars) await flush(table);
        batchWritten();
        options.onProgress?.({ phase: 'reading', bytes: message.bytes, totalBytes: message.totalBytes, lines: message.lines });
      } else if (message.type === 'done') {
        const { summary } = message;
        await flushAll();
        // The parser resolved every reference it could within the file; the rest must be on the server.
        const open = new Map<RecordTable, Set<string>>();
        for (const ref of summary.openReferences) {
          const values = open.get(ref.table) ?? new Set<string>();
          values.add(ref.value);
          open.set(ref.table, values);
        }
        const present = new Map<RecordTable, Set<string>>();
        for (const [table, values] of open) {
          const rows = await client.query<{ id: string }>(`SELECT id FROM ${table} WHERE id = ANY($1::text[])`, [[...values]]);
          present.set(table, new Set(rows.rows.map((r) => r.id)));
        }
        for (const ref of summary.openReferences) {
          if (!present.get(ref.table)!.has(ref.value))
            throw new ImportError(
              name,
              ref.line,
              ref.field,
              `unknown reference: no ${ref.table} record with id ${JSON.stringify(ref.value)} in this file or in the database`,
            );
        }
        // As verifyImported (importVerification.ts): every record read was written, every reference resolves.
        for (let i = 0; i < recordTableNames.length; i++) {
          const expected = summary.byTable[recordTableNames[i]!] ?? 0;
          if (rowsWritten[i] !== expected)
            throw new ImportError(
              name,
              null,
              null,
              `${rowsWritten[i]} ${recordTableNames[i]} records were written but the file holds ${expected}`,
            );
        }
        await caseDocuments.checkParents(summary.openParents);
        if (caseDocuments.written() !== (summary.byTable.documents ?? 0))
          throw new ImportError(
            name,
            null,
            null,
            `${caseDocuments.written()} documents were written but the file holds ${summary.byTable.documents ?? 0}`,
          );
        await mergeStaged();
        await checkForeignKeys();
        options.onProgress?.({ phase: 'indexing', bytes: message.bytes, totalBytes: message.totalBytes, lines: message.lines });
        fileResult = { sha256: message.sha256, records: summary.records, byTable: summary.byTable };
        if (emptyDatabase && message.documentsFollow) return;
        let subjectIds: string[];
        if (emptyDatabase) {
          // The parser could not hold the file's records: read every subject's sources back.
          subjectIds = (await client.query<{ id: string }>('SELECT id FROM subjects ORDER BY id')).rows.map((r) => r.id);
        } else {
          if (touchedCases.size > 0) {
            const parties = await client.query<{ subject_id: string }>(
              'SELECT DISTINCT subject_id FROM case_parties WHERE case_id = ANY($1::text[])',
              [[...touchedCases]],
            );
            for (const row of parties.rows) touchedSubjects.add(row.subject_id);
          }
          subjectIds = [...touchedSubjects].sort();
        }
        await settle(undefined, { ...fileResult, subjectsReindexed: await writeDocuments(subjectIds) });
      } else if (message.type === 'document') {
        // The rows of the lines before it are on their way (COPY): a refusal among them is still reported first (refuse).
        try {
          // The COPY in flight shares the connection: its refusal (an earlier line) comes first, not as an aborted transaction here.
          await copyDone();
          await caseDocuments.write(message.line, message.document, message.content);
        } catch (error) {
          if (error instanceof ImportError) await refuse(error);
          throw error;
        }
        batchWritten();
      } else if (message.type === 'documents') {
        const documents = decodeDocuments(message.documents);
        await replaceSearchDocuments(client, documents);
        documentsWritten += documents.length;
        batchWritten();
      } else if (message.type === 'indexed') {
        await settle(undefined, { ...fileResult!, subjectsReindexed: documentsWritten });
      } else if (message.type === 'problem') {
        await refuse(new ImportError(name, message.line, message.field, message.reason));
      } else {
        throw new Error(`${name}: the import stopped: ${message.message} (nothing was imported)`);
      }
    };

    worker.on('message', (message: ParserMessage) => enqueue(() => handle(message)));
    // As importJsonl.ts: a batch that cannot be read is a batch that never arrived; roll back rather than commit part of a file.
    worker.on('messageerror', () =>
      enqueue(() => settle(new ImportError(name, null, null, 'a batch of records from the parser could not be read'))),
    );
    worker.on('error', (error) => enqueue(() => settle(new Error(`${name}: the import stopped: ${error.message} (nothing was imported)`))));
    worker.on('exit', (code) =>
      enqueue(() => settle(new Error(`${name}: the import stopped: its parser exited with code ${code} (nothing was imported)`))),
    );
  });
}
