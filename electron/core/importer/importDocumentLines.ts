import type { CaseDocument } from '../../../shared/documents/documentModel.ts';
import { documentDirections, documentKinds, documentMediaTypes } from '../../../shared/documents/documentModel.ts';
import { maskedExcerpt } from './maskedExcerpt.ts';
import { isCalendarDate, isVisibleId } from './recordRules.ts';

/** The table name of a document line in the import file (docs/import-format.md § Documents). */
export const documentsTable = 'documents';

/** A document line as checked by the line reader: the document without its file's address and size, and where the file is. */
export interface DocumentLine {
  line: number;
  document: Omit<CaseDocument, 'sha256' | 'bytes'>;
  /** The file's path inside the folder or zip the header names ('/' between folders). */
  file: string;
  /** The SHA-256 the source system declared, lower-case hex, or null. */
  sha256: string | null;
}

/** A parent e-mail the file does not hold: it must be in the database, and be an e-mail. */
export interface OpenParent {
  line: number;
  parentId: string;
}

type Fail = (line: number, field: string, reason: string) => never;

const fields = [
  'id',
  'case_id',
  'subject_id',
  'kind',
  'date',
  'direction',
  'sender',
  'recipient',
  'title',
  'parent_id',
  'media_type',
  'file',
  'sha256',
] as const;
const known = new Set<string>(fields);

/**
 * Checks the document lines of an import file, as importLineReader.ts checks the record lines: the
 * fields (named exactly, types, the kinds, directions and media types of the documents' table, SQLite
 * migration 011), ids unique in the file, a case or a person given, the file's path safe (relative,
 * no '..', so a line cannot make the importer read outside the folder or zip the header names), and
 * an e-mail attachment's parent an e-mail. References to cases and people are left to the reader's
 * reference check (in the file or the database); the file itself is checked by documentFileSource.ts.
 */
export function documentLineChecker(fail: Fail) {
  const ids = new Map<string, { mediaType: CaseDocument['mediaType']; parentId: string | null; line: number }>();
  const parents: OpenParent[] = [];

  const text = (record: Record<string, unknown>, field: string, line: number, required: boolean): string | null => {
    const value = record[field];
    if (value === undefined || value === null) {
      if (required) fail(line, `documents.${field}`, 'is required but missing');
      return null;
    }
    if (typeof value !== 'string') fail(line, `documents.${field}`, `must be text; got ${maskedExcerpt(value)}`);
    return value as string;
  };
  const id = (record: Record<string, unknown>, field: string, line: number, required: boolean): string | null => {
    const value = text(record, field, line, required);
    if (value !== null && !isVisibleId(value))
      fail(line, `documents.${field}`, `must not be empty or only spaces; got ${maskedExcerpt(value)}`);
    return value;
  };
  const oneOf = <T extends string>(record: Record<string, unknown>, field: string, line: number, values: readonly T[]): T => {
    const value = text(record, field, line, true)!;
    if (!values.includes(value as T)) fail(line, `documents.${field}`, `must be one of ${values.join(', ')}; got ${maskedExcerpt(value)}`);
    return value as T;
  };

  return {
    check(record: Record<string, unknown>, line: number): DocumentLine {
      if (Array.isArray(record)) fail(line, 'record', 'missing the record object');
      for (const key of Object.keys(record))
        if (!known.has(key))
          fail(line, `documents.${key.slice(0, 64)}`, 'unknown field (docs/import-format.md lists the fields of documents)');
      const documentId = id(record, 'id', line, true)!;
      const caseId = id(record, 'case_id', line, false);
      const subjectId = id(record, 'subject_id', line, false);
      if (caseId === null && subjectId === null)
        fail(line, 'documents.case_id', 'a document belongs to a case or a person: give case_id, subject_id or both');
      const kind = oneOf(record, 'kind', line, documentKinds);
      const date = text(record, 'date', line, true)!;
      if (!isCalendarDate(date)) fail(line, 'documents.date', `must be a calendar date written YYYY-MM-DD; got ${maskedExcerpt(date)}`);
      const direction = oneOf(record, 'direction', line, documentDirections);
      const sender = text(record, 'sender', line, false);
      const recipient = text(record, 'recipient', line, false);
      const title = text(record, 'title', line, false);
      const parentId = id(record, 'parent_id', line, false);
      if (parentId === documentId) fail(line, 'documents.parent_id', 'a document cannot be its own parent');
      const mediaType = oneOf(record, 'media_type', line, documentMediaTypes);
      const file = text(record, 'file', line, true)!;
      const problem = unsafePath(file);
      if (problem) fail(line, 'documents.file', problem);
      const declared = text(record, 'sha256', line, false);
      if (declared !== null && !/^[0-9a-fA-F]{64}$/.test(declared))
        fail(line, 'documents.sha256', `must be 64 hexadecimal digits (the SHA-256 of the file); got ${maskedExcerpt(declared)}`);
      if (ids.has(documentId))
        fail(line, 'documents.id', `duplicate id ${JSON.stringify(documentId)}: this document appears twice in the file`);
      ids.set(documentId, { mediaType, parentId, line });
      const fileName = file.slice(file.lastIndexOf('/') + 1);
      return {
        line,
        document: { id: documentId, caseId, subjectId, kind, date, direction, sender, recipient, title, fileName, mediaType, parentId },
        file,
        sha256: declared === null ? null : declared.toLowerCase(),
      };
    },
    /**
     * After the last line: an attachment's parent in the file must be an e-mail, and the chain of
     * parents must end (no cycle); parents not in the file are left for the database, in line order.
     */
    finish(): OpenParent[] {
      for (const [documentId, { parentId, line }] of ids) {
        if (parentId === null) continue;
        const parent = ids.get(parentId);
        if (!parent) {
          parents.push({ line, parentId });
          continue;
        }
        if (parent.mediaType !== 'message/rfc822')
          fail(
            line,
            'documents.parent_id',
            `the parent ${JSON.stringify(parentId)} is not an e-mail (media_type message/rfc822): only an e-mail has attachments`,
          );
        const chain = new Set([documentId]);
        for (let at: string | null = parentId; at !== null && ids.has(at); at = ids.get(at)!.parentId) {
          if (chain.has(at)) fail(line, 'documents.parent_id', 'the parents of this document form a cycle');
          chain.add(at);
        }
      }
      return parents.sort((a, b) => a.line - b.line);
    },
  };
}

/**
 * Why a document's `file` may not be read, or null: it must stay inside the folder or zip the header
 * names (no absolute path, no drive letter, no '..'), written with '/' between folders as in a zip.
 */
export function unsafePath(file: string): string | null {
  if (file.trim() === '') return 'must name the file (a path inside the documents folder or zip)';
  if (file.includes('\0')) return 'must not contain a NUL character';
  if (file.includes('\\')) return "must use '/' between folders, not '\\'";
  if (file.startsWith('/') || /^[A-Za-z]:/.test(file)) return 'must be a path inside the documents folder or zip, not an absolute path';
  if (file.split('/').some((part) => part === '..')) return "must not contain '..': the file must lie inside the documents folder or zip";
  if (file.endsWith('/')) return 'must name a file, not a folder';
  return null;
}
