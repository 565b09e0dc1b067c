import { accessSync, constants, mkdirSync, realpathSync, statSync } from 'node:fs';
import { DomainError } from '../../../shared/errors/domainError.ts';

/** The OS errors that mean "this folder cannot be made or written here" (permissions, a file in the way, a read-only disk, a full one). */
const unwritable = new Set(['EACCES', 'EPERM', 'ENOTDIR', 'EEXIST', 'EROFS', 'ENOSPC', 'ENOENT', 'EISDIR']);

/**
 * Creates the export folder and returns its real path, every symbolic link resolved: the export writes
 * there and reports that path. A folder that cannot be made is the clerk's to fix (choose another in
 * Settings, or another --out), so it becomes 'output.folder-unwritable', never the raw OS message with
 * the absolute path in it (issue 11: "EPERM … mkdir '/home/…'" in the window).
 *
 * Issue 13.9: a symlinked output folder is resolved, not refused. Links in a path are common and
 * legitimate (a Documents folder moved to another disk, macOS's /var and /tmp), and a refusal could
 * not tell those from a planted one; what matters is that the clerk sees where a person's data
 * actually went, so every path the export returns (the CLI prints them, the app shows them) is real.
 */
export function createOutputFolder(folder: string): string {
  try {
    // Owner-only (0700): the folder holds the extracts of named people (issue 13.7).
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    if (!statSync(folder).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    accessSync(folder, constants.W_OK);
    return realpathSync(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== undefined && unwritable.has(code)) throw new DomainError('output.folder-unwritable', { reason: code });
    throw error;
  }
}
