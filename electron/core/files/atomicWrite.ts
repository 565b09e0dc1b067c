import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { removeLeftoverPartials } from './leftoverPartials.ts';

export interface AtomicWriteOptions {
  /** Runs on the complete temporary file before it gets its final name; throwing aborts the write. */
  check?: (tempPath: string) => void | Promise<void>;
}

/**
 * A hidden temporary name in the same folder (same file system, so the rename is atomic). It carries
 * the writer's pid, so that a later start can tell a file left by a killed writer from one still being
 * written (leftoverPartials.ts).
 */
export function temporaryNameFor(finalPath: string): string {
  return join(dirname(finalPath), `.${basename(finalPath)}.${process.pid}-${randomBytes(6).toString('hex')}.partial`);
}

/** fsync a folder so the rename itself survives a crash (a no-op where the OS does not allow it, e.g. Windows). */
function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Directories cannot be opened for fsync on every platform; the rename is still atomic.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The one way Inzage writes a file a person or a register relies on: to a temporary name in the
 * target folder, flushed to disk, then renamed over the final name, so that a crash or a full disk
 * never leaves a half-written file under the final name. Two forms: writeFileAtomicSync for the
 * small files the CLI writes (letters, reports, audit exports), returning the SHA-256 the request
 * register records; writeFileAtomic for the exports, which may stream into the temporary file and
 * check it (signature, zip read-back) before it gets its name.
 *
 * Every file written here is the owner's only (0600): letters, extracts, reports and audit exports
 * hold personal data, and nobody else on the machine has a reason to read them (issue 13.7).
 */

/** The mode of every file Inzage writes: read and write for the owner, nothing for anyone else. */
export const ownerOnlyFile = 0o600;
/** The mode of every folder Inzage makes. */
export const ownerOnlyFolder = 0o700;

/** Produces a file's content piece by piece (large files are not held in memory whole). */
export type ContentProducer = (write: (chunk: string | Uint8Array) => void) => void;

/**
 * Writes `content` atomically and returns the SHA-256 and size of what was written, so the request
 * register can record exactly which file was handed out.
 */
export function writeFileAtomicSync(finalPath: string, content: string | Uint8Array | ContentProducer): { sha256: string; bytes: number } {
  // The next write into a folder clears what a killed writer left there (issue 13.9; the CLI's "next start").
  removeLeftoverPartials(dirname(finalPath));
  const temp = temporaryNameFor(finalPath);
  const hash = createHash('sha256');
  let bytes = 0;
  try {
    const fd = openSync(temp, 'wx', ownerOnlyFile);
    try {
      const write = (chunk: string | Uint8Array) => {
        const data = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
        writeAll(fd, data);
        hash.update(data);
        bytes += data.length;
      };
      if (typeof content === 'function') content(write);
      else write(content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, finalPath);
    syncDirectory(dirname(finalPath));
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  return { sha256: hash.digest('hex'), bytes };
}

function writeAll(fd: number, data: Uint8Array): void {
  let offset = 0;
  while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
}

/**
 * Writes a file so that the final name only ever holds a complete, checked file: the bytes go to a
 * temporary name in the target folder, are flushed to disk, checked, then renamed over the final
 * name. On any failure (full disk, failed check, crash before the rename) the final name is untouched
 * and the temporary file is removed. `produce` may stream into the temporary path instead of `data`.
 */
export async function writeFileAtomic(
  finalPath: string,
  data: Uint8Array | ((tempPath: string) => Promise<void>),
  options: AtomicWriteOptions = {},
): Promise<void> {
  removeLeftoverPartials(dirname(finalPath));
  const temp = temporaryNameFor(finalPath);
  try {
    if (typeof data === 'function') await data(temp);
    else {
      const fd = openSync(temp, 'wx', ownerOnlyFile);
      try {
        writeAll(fd, data);
      } finally {
        closeSync(fd);
      }
    }
    // Flush to disk and check at the same time (the fsync runs in libuv's pool); both must finish
    // before the rename, so the final name still only ever holds a complete, checked, durable file.
    const handle = await open(temp, 'r+');
    try {
      const flushed = handle.sync();
      try {
        await options.check?.(temp);
      } finally {
        await flushed;
      }
    } finally {
      await handle.close();
    }
    // A producer may have created the temporary file itself (pdfkit, archiver), with the process's umask.
    chmodSync(temp, ownerOnlyFile);
    renameSync(temp, finalPath);
    syncDirectory(dirname(finalPath));
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
