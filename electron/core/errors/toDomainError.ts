import { DomainError, isDomainError } from '../../../shared/errors/domainError.ts';

/** File-system calls that write: a refusal there means the output folder cannot be used. */
const writingCalls = new Set(['mkdir', 'write', 'writeFile', 'rename', 'unlink', 'copyfile', 'symlink', 'rmdir', 'rm', 'open']);

/**
 * Any failure as a DomainError (docs/architecture.md § Errors). A DomainError stays as it is; what
 * nobody raised on purpose is mapped to a code with a next step: SQLite busy or failing, a folder that
 * cannot be written, a file that cannot be read. Anything else becomes `internal` with the error's
 * class name only: an OS message or an SQLite message may hold a path or personal data, so neither
 * ever reaches the window.
 */
export function toDomainError(error: unknown): DomainError {
  if (isDomainError(error)) return error;
  const code = typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : '';
  const syscall = typeof (error as { syscall?: unknown })?.syscall === 'string' ? (error as { syscall: string }).syscall : '';
  if (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_') || code === 'SQLITE_LOCKED') return new DomainError('storage.busy', {});
  if (code.startsWith('SQLITE_')) return new DomainError('storage.failed', {});
  // The team's server went away under a running app (issue 15.1): a socket error, never a file's.
  if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH'].includes(code))
    return new DomainError('team.unreachable', { reason: code });
  if (['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EISDIR', 'ENOTDIR'].includes(code))
    return new DomainError(writingCalls.has(syscall) ? 'output.folder-unwritable' : 'file.unreadable', {});
  if (code === 'ENOENT')
    return new DomainError(syscall === 'mkdir' || syscall === 'rename' ? 'output.folder-unwritable' : 'file.unreadable', {});
  return new DomainError('internal', { detail: error instanceof Error ? error.name : typeof error });
}
