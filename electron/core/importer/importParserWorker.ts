// Entry of the import parser (worker_threads): reads, decodes, parses and validates an import file
// and posts the validated rows in batches to the importer, which writes them in its transaction
// meanwhile. Parsing and writing each take about as long as the other, so on two cores they overlap.
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { CaseDocument } from '../../../shared/documents/documentModel.ts';
import type { CellValue, RecordTable } from '../db/recordTables.ts';
import { recordTableNames } from '../db/recordTables.ts';
import type { DocumentWire } from './documentBatchWire.ts';
import { documentFileSource } from './documentFileSource.ts';
import { encodeDocuments } from './documentBatchWire.ts';
import { importIndexSources } from './importIndexSources.ts';
import type { FileSummary } from './importLineReader.ts';
import type { WireBatch } from './rowBatchWire.ts';
import { encodeBatch } from './rowBatchWire.ts';
import { importLineReader, LineProblem, maxLineBytes } from './importLineReader.ts';
import type { TableRules } from './recordRules.ts';

export interface ParserInput {
  file: string;
  /** The rules of the target database's record tables (recordRules.ts). */
  rules: Record<RecordTable, TableRules>;
  /** Int32Array [batches posted, batches written]: the parser waits when it is too far ahead. */
  control: SharedArrayBuffer;
  /** The database held no records: build the search documents from the file (importIndexSources.ts). */
  buildDocuments: boolean;
  /** The largest file a document may have (documentFileSource.ts' maxDocumentBytes unless a test sets less). */
  maxDocumentBytes?: number;
}

export interface ReadPosition {
  bytes: number;
  totalBytes: number;
  lines: number;
}

export type ParserMessage =
  | ({ type: 'rows'; batch: WireBatch } & ReadPosition)
  | ({ type: 'done'; summary: FileSummary; documentsFollow: boolean; sha256: string } & ReadPosition)
  | { type: 'documents'; documents: DocumentWire }
  /** One case-file document (issue 16.1), checked against its file, with the file's bytes; after the rows of the lines before it. */
  | { type: 'document'; line: number; document: CaseDocument; content: Uint8Array }
  | { type: 'indexed' }
  | { type: 'problem'; line: number | null; field: string | null; reason: string }
  | { type: 'failed'; message: string };

/** Batches posted but not yet written; bounds the memory the parser can fill ahead of the writer. */
export const maxBatchesAhead = 4;
const chunkSize = 1 << 20;

const input = workerData as ParserInput;
const control = new Int32Array(input.control);

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

/** Takes the rows read so far, for posting, and keeps what the search documents need. */
function takeBatch(): WireBatch {
  const batch = reader.takeBatch();
  if (sources) {
    for (let i = 0; i < batch.values.length; i++) {
      const table = batch.tables[i]!;
      const values = batch.values[i]!;
      if (batch.checked[i]) sources.add(table, values as CellValue[]);
      else {
        // Left to zod: if zod accepts it, these are the values the importer binds (zod transforms nothing).
        const rules = input.rules[recordTableNames[table]!];
        const record = values as Record<string, unknown>;
        sources.add(
          table,
          rules.columns.map((c) => (record[c] ?? rules.defaults[c] ?? null) as CellValue),
        );
      }
    }
  }
  return encodeBatch(batch);
}

function post(message: ParserMessage, counted = false): void {
  if (counted) waitForWriter();
  parentPort!.postMessage(message);
  if (counted) Atomics.add(control, 0, 1);
}

function waitForWriter(): void {
  for (;;) {
    const written = Atomics.load(control, 1);
    if (Atomics.load(control, 0) - written <= maxBatchesAhead) return;
    Atomics.wait(control, 1, written, 1000);
  }
}

let files: ReturnType<typeof documentFileSource> | null = null;
const reader = importLineReader(input.rules, (line, documentFiles) => {
  files ??= documentFileSource(
    input.file,
    documentFiles,
    (at, field, reason) => {
      throw new LineProblem(at, field, reason);
    },
    input.maxDocumentBytes,
  );
  const { document, content } = files.load(line);
  // The rows of the lines before it first, so that messages reach the importer in line order.
  post({ type: 'rows', batch: takeBatch(), ...position }, true);
  post({ type: 'document', line: line.line, document, content }, true);
});
const sources = input.buildDocuments ? importIndexSources() : null;
const position: ReadPosition = { bytes: 0, totalBytes: 0, lines: 0 };

function parse(): void {
  const fd = openSync(input.file, 'r');
  try {
    const totalBytes = fstatSync(fd).size;
    position.totalBytes = totalBytes;
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const buffer = Buffer.allocUnsafe(chunkSize);
    // The SHA-256 of exactly the bytes imported, for the audit trail (read once: a pipe cannot be read twice).
    const digest = createHash('sha256');
    let carry = Buffer.alloc(0);
    let line = 0;
    let bytes = 0;
    const fail = (at: number | null, reason: string): never => {
      throw new LineProblem(at, null, reason);
    };
    for (;;) {
      const read = readSync(fd, buffer, 0, chunkSize, null);
      if (read === 0) break;
      digest.update(buffer.subarray(0, read));
      bytes += read;
      position.bytes = bytes;
      const data = carry.length > 0 ? Buffer.concat([carry, buffer.subarray(0, read)]) : buffer.subarray(0, read);
      const lastNewline = data.lastIndexOf(10);
      if (lastNewline < 0) {
        carry = Buffer.from(data);
        if (carry.length > maxLineBytes)
          fail(
            line + 1,
            `the line is longer than ${maxLineBytes} bytes and has not ended: each record goes on a line of its own, ending in a newline`,
          );
        // No line ended in this chunk: still report how far the reading got (a long line is no silent wait).
        post({ type: 'rows', batch: takeBatch(), bytes, totalBytes, lines: line }, true);
        continue;
      }
      const complete = data.subarray(0, lastNewline + 1);
      carry = Buffer.from(data.subarray(lastNewline + 1));
      let text = '';
      try {
        text = decoder.decode(complete);
      } catch {
        fail(
          line + badLineOffset(complete),
          'not valid UTF-8 text (the file must be UTF-8 encoded; was it saved as Latin-1 or Windows-1252?)',
        );
      }
      const lines = text.split('\n');
      lines.pop();
      for (const lineText of lines) {
        position.lines = ++line;
        reader.readLine(lineText, line);
      }
      post({ type: 'rows', batch: takeBatch(), bytes, totalBytes, lines: line }, true);
    }
    if (carry.length > 0) {
      let text = '';
      try {
        text = decoder.decode(carry);
      } catch {
        fail(line + 1, 'not valid UTF-8 text (the file must be UTF-8 encoded)');
      }
      let complete = true;
      try {
        JSON.parse(text);
      } catch {
        complete = false;
      }
      if (!complete) fail(line + 1, 'the last line is cut off: the file is truncated');
      position.lines = ++line;
      reader.readLine(text, line);
    }
    const summary = reader.finish(line);
    post({ type: 'rows', batch: takeBatch(), bytes, totalBytes, lines: line });
    const documentsFollow = sources?.complete ?? false;
    post({ type: 'done', summary, documentsFollow, sha256: digest.digest('hex'), bytes, totalBytes, lines: line });
    if (!documentsFollow) return;
    // Built here while the importer writes the previous batch of documents into the index.
    for (const documents of sources!.documents(2000)) post({ type: 'documents', documents: encodeDocuments(documents) }, true);
    post({ type: 'indexed' });
  } finally {
    closeSync(fd);
    files?.close();
  }
}

try {
  parse();
} catch (error) {
  if (error instanceof LineProblem) {
    // The rows before the problem (and its own line's record) first: the importer may find an earlier problem among them.
    post({ type: 'rows', batch: encodeBatch(reader.takeBatch()), ...position });
    post({ type: 'problem', line: error.line, field: error.field, reason: error.reason });
  } else post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
}
