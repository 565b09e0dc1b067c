import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import { DomainError } from '../../../shared/errors/domainError.ts';

/** The OS errors that mean "this folder cannot be made or written here" (permissions, a file in the way, a read-only disk, a full one). */
const unwritable = new Set(['EACCES', 'EPERM', 'ENOTDIR', 'EEXIST', 'EROFS', 'ENOSPC', 'ENOENT', 'EISDIR']);

/**
 * Creates the export folder. A folder that cannot be made is the clerk's to fix (choose another in
 * Settings, or another --out), so it becomes 'output.folder-unwritable', never the raw OS message with
 * the absolute path in it (issue 11: "EPERM … mkdir '/home/…'" in the window).
 */
export function createOutputFolder(folder: string): void {
  try {
    // Owner-only (0700): the folder holds the extracts of named people (issue 13.7).
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    if (!statSync(folder).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    accessSync(folder, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== undefined && unwritable.has(code)) throw new DomainError('output.folder-unwritable', { reason: code });
    throw error;
  }
}
