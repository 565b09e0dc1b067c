import type { CellValue, RecordTable } from '../db/recordTables.ts';
import { recordTableNames } from '../db/recordTables.ts';
import type { DocumentLine, OpenParent } from './importDocumentLines.ts';
import { documentLineChecker, documentsTable } from './importDocumentLines.ts';
import { maskedExcerpt } from './maskedExcerpt.ts';
import { importFormatName, importFormatVersion } from './importFormat.ts';
import type { TableRules } from './recordRules.ts';
import { recordBinder } from './recordRules.ts';

/** A problem with the file: the line (1-based, null for the whole file) and the field it concerns. */
export class LineProblem extends Error {
  constructor(
    readonly line: number | null,
    readonly field: string | null,
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'LineProblem';
  }
}

/** A reference to a record that is not in the file: it must already be in the database. */
export interface OpenReference {
  line: number;
  field: string;
  table: RecordTable;
  value: string;
}

/**
 * Records in file order. A checked record is an array of its column values in the order of
 * `recordTables`, ready to bind; a record the fast check could not vouch for stays the object it
 * was in the file, and the importer's zod schema decides on it (and names its first problem).
 */
export interface RowBatch {
  /** Index into recordTableNames per row. */
  tables: Uint8Array;
  /** 1 where the row is checked and bound, 0 where it is still the record object for zod to judge. */
  checked: Uint8Array;
  /** The file line of each row, for messages about the record and about rules only SQLite checks (table CHECKs). */
  lines: Uint32Array;
  values: (CellValue[] | Record<string, unknown>)[];
}

export interface FileSummary {
  /** Record lines, documents included (what the end line counts). */
  records: number;
  byTable: Partial<Record<RecordTable | typeof documentsTable, number>>;
  /** In line order; the importer refuses the first one that the database does not hold either. */
  openReferences: OpenReference[];
  /** Parents of attachments that are not in the file (issue 16.1): each must be an e-mail in the database. */
  openParents: OpenParent[];
}

/**
 * Bounds on one value of a record (issue 13). Every column holds a single number or text, so a nested
 * value is refused by the schema anyway; but it must reach that check: a value nested a few thousand
 * deep cannot cross from the worker to the importer (the message fails to deserialise), so it is
 * refused here, with its line and field, before it is posted. The size bound keeps one field from
 * filling the batch; the longest text of the demo export is a few hundred characters.
 */
export const maxValueDepth = 32;
export const maxValueChars = 64 * 1024;

/**
 * Bound on one line of the file, in bytes (issue 13: input without newlines). A record has at most a
 * dozen text fields of maxValueChars each; even written all as \uXXXX escapes (6 bytes a character)
 * that stays under 5 MiB. A longer line is no record: the reader refuses it as soon as it has read
 * this much of it, instead of gathering a newline-free file of any size in memory to the end.
 */
export const maxLineBytes = 8 * 1024 * 1024;

/** The characters of text in `value` (strings and keys); throws 'depth' when it nests deeper than maxValueDepth. */
function measure(value: unknown, depth: number): number {
  if (typeof value === 'string') return value.length;
  if (typeof value !== 'object' || value === null) return 0;
  if (depth >= maxValueDepth) throw new RangeError('depth');
  let chars = 0;
  if (Array.isArray(value)) for (const item of value) chars += measure(item, depth + 1);
  else for (const key of Object.keys(value)) chars += key.length + measure((value as Record<string, unknown>)[key], depth + 1);
  return chars;
}

/** The only fields of the header and the end line: anything else there (a record) would be dropped unread. */
const headerFields = new Set(['format', 'version', 'exportedAt', 'source', 'documentFiles']);
const endFields = new Set(['end']);

const tableIndex = new Map<string, number>(recordTableNames.map((t, i) => [t, i]));

/**
 * Checks the lines of an import file one by one (docs/import-format.md): header, records, end line,
 * duplicate ids and references within the file. It needs neither a database nor zod, so it starts
 * fast in a worker thread and runs there while the importer writes the previous batch. Throws
 * LineProblem on the first error; the rows read before it (its own line included) are still in the
 * batch, so that the importer can report an earlier problem only it can see (zod, table CHECKs) first.
 */
export function importLineReader(
  rules: Record<RecordTable, TableRules>,
  /**
   * Called with each checked document line (issue 16.1), at its line, and the header's documentFiles: the
   * parser reads and checks the file there (documentFileSource.ts), so its problems come in line order.
   */
  onDocument: (document: DocumentLine, documentFiles: string | null) => void = () => undefined,
) {
  const binders = Object.fromEntries(recordTableNames.map((t) => [t, recordBinder(rules[t])])) as Record<
    RecordTable,
    ReturnType<typeof recordBinder>
  >;
  const seen = Object.fromEntries(recordTableNames.map((t) => [t, new Set<string>()])) as Record<RecordTable, Set<string>>;
  const candidates: OpenReference[] = [];
  const byTable: FileSummary['byTable'] = {};
  let records = 0;
  let header = false;
  let endLine: number | null = null;
  let documentFiles: string | null = null;
  let tables: number[] = [];
  let checked: number[] = [];
  let lines: number[] = [];
  let values: RowBatch['values'] = [];
  const fail = (line: number | null, field: string | null, reason: string): never => {
    throw new LineProblem(line, field, reason);
  };

  const tooLarge = (line: number, field: string, chars: number): never =>
    fail(line, field, `the value is ${chars} characters long; a field may hold at most ${maxValueChars}`);
  /** Every field of a record the fast check left to zod: within maxValueDepth and maxValueChars. */
  const checkBounds = (table: string, record: Record<string, unknown>, line: number): void => {
    // (A record written as an array is measured by its items: zod then refuses it as a whole.)
    for (const key of Object.keys(record)) {
      let chars = 0;
      try {
        chars = measure(record[key], 1);
      } catch {
        fail(line, `${table}.${key.slice(0, 64)}`, `the value is nested deeper than ${maxValueDepth} levels`);
      }
      if (chars > maxValueChars) tooLarge(line, `${table}.${key.slice(0, 64)}`, chars);
    }
  };

  const onlyFields = (object: Record<string, unknown>, allowed: Set<string>, line: number, reason: string): void => {
    for (const key of Object.keys(object))
      if (!allowed.has(key)) fail(line, key.slice(0, 64), `${reason} (a record goes on a line of its own)`);
  };

  const readLine = (rawText: string, line: number): void => {
    let text = rawText;
    if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.endsWith('\r')) text = text.slice(0, -1);
    if (text.trim() === '') return;
    if (endLine !== null) fail(line, null, `text after the end line (line ${endLine})`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      // V8 quotes the start of the text in its message ('Unexpected token …, "NL91ABNA…" is not valid JSON'): keep only where.
      const position = /at position \d+/.exec((error as Error).message)?.[0];
      fail(line, null, `not valid JSON${position ? ` (${position})` : ''}`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return fail(line, null, 'each line must be a JSON object');
    const object = parsed as Record<string, unknown>;
    if (!header) {
      if (object.format !== importFormatName)
        fail(line, 'format', `the first line must be the header {"format":"${importFormatName}","version":${importFormatVersion}}`);
      if (object.version !== importFormatVersion) {
        fail(
          line,
          'version',
          typeof object.version === 'number' && object.version > importFormatVersion
            ? `format version ${object.version} is newer than this Inzage reads (${importFormatVersion}); update Inzage`
            : `unsupported format version ${maskedExcerpt(object.version)} (this Inzage reads version ${importFormatVersion})`,
        );
      }
      onlyFields(object, headerFields, line, 'the header line may hold only format, version, exportedAt, source and documentFiles');
      if (object.documentFiles !== undefined) {
        if (typeof object.documentFiles !== 'string' || object.documentFiles.trim() === '')
          fail(line, 'documentFiles', "must be text naming the folder or .zip that holds the documents' files");
        documentFiles = object.documentFiles as string;
      }
      header = true;
      return;
    }
    if ('end' in object) {
      const count = (object.end as { records?: unknown } | null)?.records;
      if (typeof count !== 'number') fail(line, 'end.records', 'the end line must carry the number of records');
      if (count !== records)
        fail(
          line,
          'end.records',
          `the end line announces ${count} records but the file holds ${records}: the file is incomplete or was edited`,
        );
      onlyFields(object, endFields, line, 'the end line may hold only end');
      endLine = line;
      return;
    }
    if (object.table === documentsTable) return readDocument(object, line);
    const table = object.table as RecordTable;
    if (typeof table !== 'string' || !tableIndex.has(table))
      fail(
        line,
        'table',
        `unknown table ${typeof object.table === 'string' ? JSON.stringify(object.table.slice(0, 40)) : maskedExcerpt(object.table)}`,
      );
    if (typeof object.record !== 'object' || object.record === null) fail(line, 'record', 'missing the record object');
    const input = object.record as Record<string, unknown>;
    const row = binders[table](input);
    // A bound row holds only numbers, nulls and strings (recordBinder): only its strings' lengths can be
    // out of bounds, one comparison per column. Only a record left for zod can hold a nested value.
    const columns = rules[table].columns;
    if (row) {
      for (let i = 0; i < row.length; i++) {
        const value = row[i];
        if (typeof value === 'string' && value.length > maxValueChars) tooLarge(line, `${table}.${columns[i]}`, value.length);
      }
    } else checkBounds(table, input, line);
    tables.push(tableIndex.get(table)!);
    checked.push(row ? 1 : 0);
    lines.push(line);
    values.push(row ?? input);
    // Every record table's first column is its id (recordTables). A record zod still has to judge is
    // checked on its fields as written: if zod refuses it, that message comes first (same line).
    const id = row ? row[0] : input.id;
    // One look-up, not has() then add(): an id already seen leaves the set's size unchanged.
    const ids = seen[table];
    const known = ids.size;
    ids.add(id as string);
    if (ids.size === known) fail(line, `${table}.id`, `duplicate id ${JSON.stringify(id)}: this record appears twice in the file`);
    for (const ref of rules[table].references) {
      const value = row ? row[ref.index] : input[ref.column];
      if (typeof value === 'string' && !seen[ref.table].has(value))
        candidates.push({ line, field: `${table}.${ref.column}`, table: ref.table, value });
    }
    records++;
    byTable[table] = (byTable[table] ?? 0) + 1;
  };

  const documents = documentLineChecker((line, field, reason) => fail(line, field, reason));
  /** A document line (docs/import-format.md § Documents): checked, its case and person referenced like a record's, then its file. */
  function readDocument(object: Record<string, unknown>, line: number): void {
    if (typeof object.record !== 'object' || object.record === null) fail(line, 'record', 'missing the record object');
    const record = object.record as Record<string, unknown>;
    checkBounds(documentsTable, record, line);
    const document = documents.check(record, line);
    const { caseId, subjectId } = document.document;
    if (caseId !== null && !seen.cases.has(caseId)) candidates.push({ line, field: 'documents.case_id', table: 'cases', value: caseId });
    if (subjectId !== null && !seen.subjects.has(subjectId))
      candidates.push({ line, field: 'documents.subject_id', table: 'subjects', value: subjectId });
    onDocument(document, documentFiles);
    records++;
    byTable[documentsTable] = (byTable[documentsTable] ?? 0) + 1;
  }

  return {
    readLine,
    /** The rows read since the last call. */
    takeBatch(): RowBatch {
      const batch = { tables: Uint8Array.from(tables), checked: Uint8Array.from(checked), lines: Uint32Array.from(lines), values };
      tables = [];
      checked = [];
      lines = [];
      values = [];
      return batch;
    },
    /** After the last line: is the file complete, and which references does it leave open? */
    finish(lastLine: number): FileSummary {
      if (!header) fail(null, null, 'the file is empty: it has no header line');
      if (endLine === null) fail(lastLine, null, 'the file ends without its end line {"end":{"records":N}}: it is truncated');
      // A reference to a record later in the file is fine: records may come in any order.
      const openReferences = candidates.filter((ref) => !seen[ref.table].has(ref.value));
      return { records, byTable, openReferences, openParents: documents.finish() };
    },
  };
}
