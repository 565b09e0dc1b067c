import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import type { CaseDocument } from '../../../shared/documents/documentModel.ts';
import { DocumentZipError, openDocumentZip } from './documentZip.ts';
import type { DocumentLine } from './importDocumentLines.ts';
import { mediaTypeMatches, sniffMediaType } from './documentMediaSniff.ts';

/**
 * The largest file one document may have (issue 16.1). The file is kept inside the database and read
 * into memory whole by the reader and the export; the demo's scans are a few hundred kilobytes and a
 * long PDF of letters a few megabytes. A larger file is refused with its line, not half-stored.
 */
export const maxDocumentBytes = 64 * 1024 * 1024;

/** A document checked against its file: the whole document, and the file's bytes to keep. */
export interface LoadedDocument {
  line: number;
  document: CaseDocument;
  content: Uint8Array;
}

type Fail = (line: number, field: string, reason: string) => never;

function mib(bytes: number): string {
  return bytes < 1024 * 1024 ? `${bytes} bytes` : `${Math.round(bytes / 1024 / 1024)} MiB`;
}

/**
 * Where the documents' files are (docs/import-format.md § Documents): the header's `documentFiles`
 * names a folder or a .zip beside the import file. Opened at the first document line (a file without
 * documents needs neither); every document's file is then read from it, checked (size limit, the
 * declared SHA-256, the media type against the bytes) and returned with its bytes, in line order.
 */
export function documentFileSource(importFile: string, documentFiles: string | null, fail: Fail, maxBytes = maxDocumentBytes) {
  let opened: { read(line: DocumentLine): Buffer; close(): void } | null = null;

  const open = (line: number): NonNullable<typeof opened> => {
    if (documentFiles === null)
      return fail(
        line,
        'documents.file',
        'the header names no documentFiles: add "documentFiles":"NAME" (a folder or .zip beside this file)',
      );
    const base = dirname(importFile);
    const target = join(base, documentFiles);
    // The header may name a folder or zip beside the file or below it, not elsewhere on the disk.
    if (isAbsolute(documentFiles) || relative(base, target).split(sep)[0] === '..')
      return fail(1, 'documentFiles', 'must name a folder or .zip beside the import file (a relative path without ..)');
    let isFile: boolean;
    try {
      const stat = statSync(target);
      if (!stat.isFile() && !stat.isDirectory()) throw new Error('neither');
      isFile = stat.isFile();
    } catch {
      return fail(1, 'documentFiles', 'the folder or .zip it names is not there beside the import file');
    }
    if (isFile) {
      if (!/\.zip$/i.test(documentFiles)) return fail(1, 'documentFiles', 'must name a folder or a .zip file');
      try {
        const zip = openDocumentZip(target);
        return {
          read(doc) {
            let content: Buffer | 'missing' | 'too-large';
            try {
              content = zip.entry(doc.file, maxBytes);
            } catch (error) {
              if (error instanceof DocumentZipError)
                return fail(doc.line, 'documents.file', `cannot be read from the zip: ${error.message}`);
              throw error;
            }
            if (content === 'missing') return fail(doc.line, 'documents.file', `no such file in ${documentFiles}`);
            if (content === 'too-large') return fail(doc.line, 'documents.file', tooLarge(zip.size(doc.file)!, maxBytes));
            return content;
          },
          close: () => zip.close(),
        };
      } catch (error) {
        if (error instanceof DocumentZipError) return fail(1, 'documentFiles', `not a readable zip file: ${error.message}`);
        throw error;
      }
    }
    const folder = realpathSync(target);
    return {
      read(doc) {
        let path: string;
        try {
          path = realpathSync(join(folder, doc.file));
        } catch {
          return fail(doc.line, 'documents.file', `no such file in ${documentFiles}`);
        }
        // A symbolic link inside the folder must not lead out of it.
        if (relative(folder, path).split(sep)[0] === '..' || isAbsolute(relative(folder, path)))
          return fail(doc.line, 'documents.file', 'leads outside the documents folder (a symbolic link): the file must lie inside it');
        const fd = openSync(path, 'r');
        try {
          const stat = fstatSync(fd);
          if (!stat.isFile()) return fail(doc.line, 'documents.file', 'must name a file, not a folder');
          if (stat.size > maxBytes) return fail(doc.line, 'documents.file', tooLarge(stat.size, maxBytes));
          const content = Buffer.allocUnsafe(stat.size);
          let done = 0;
          while (done < stat.size) {
            const got = readSync(fd, content, done, stat.size - done, done);
            if (got === 0) break;
            done += got;
          }
          return content.subarray(0, done);
        } finally {
          closeSync(fd);
        }
      },
      close: () => undefined,
    };
  };

  return {
    /** The document with its file's address and size, and the bytes; a problem with the file fails at the document's line. */
    load(doc: DocumentLine): LoadedDocument {
      opened ??= open(doc.line);
      const content = opened.read(doc);
      if (content.length === 0) fail(doc.line, 'documents.file', 'the file is empty (0 bytes)');
      const sha256 = createHash('sha256').update(content).digest('hex');
      if (doc.sha256 !== null && doc.sha256 !== sha256)
        fail(doc.line, 'documents.sha256', "does not match the file's content: the file was changed or is not the one the line means");
      const sniffed = sniffMediaType(content);
      if (!mediaTypeMatches(doc.document.mediaType, sniffed))
        fail(
          doc.line,
          'documents.media_type',
          `the file's content is not ${doc.document.mediaType}` +
            (sniffed ? ` (it looks like ${sniffed})` : ' (its bytes match none of the media types a document may have)'),
        );
      return { line: doc.line, document: { ...doc.document, sha256, bytes: content.length }, content };
    },
    close(): void {
      opened?.close();
    },
  };
}

function tooLarge(size: number, maxBytes: number): string {
  return `the file is ${mib(size)}; a document may be at most ${mib(maxBytes)} (split it, or give the scan at a lower resolution)`;
}
