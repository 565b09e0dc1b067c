import type { ErrorParams } from '../../../shared/errors/domainError.ts';
import { isDomainError } from '../../../shared/errors/domainError.ts';
import type { ErrorCode } from '../../../shared/errors/errorCodes.ts';
import type { JobKind } from './jobRunner.ts';

/** OS errors while writing the outputs that the clerk fixes by choosing another output folder. */
const folderProblems = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'ENOTDIR']);

/**
 * What a failed job reports in its job:done event: a code and its parameters, never the raw message
 * (which may carry an absolute path, e.g. "EPERM … mkdir '/home/…'"). Unknown failures keep only
 * their class name.
 */
export function jobError(kind: JobKind, error: unknown): { code: ErrorCode; params: ErrorParams } {
  if (isDomainError(error)) return { code: error.code, params: error.params };
  const errno = (error as NodeJS.ErrnoException | null)?.code;
  if (kind === 'export' && errno !== undefined && folderProblems.has(errno))
    return { code: 'output.folder-unwritable', params: { reason: errno } };
  const detail = error instanceof Error ? error.name : 'error';
  return kind === 'export' ? { code: 'export.failed', params: { detail } } : { code: 'internal', params: { detail } };
}
