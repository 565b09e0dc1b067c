import type { ErrorCode } from '../../shared/errors/errorCodes.ts';

/**
 * What the command line says for each error code (English, one line). Unlike the window's texts
 * (shared/errors/errorMessages.ts), these may name the flag or command that fixes the problem.
 */
export const cliErrorMessages: Record<ErrorCode, string> = {
  'input.invalid': 'invalid input: {field}: {problem}',
  'ipc.unknown-channel': 'unknown action',
  'ipc.forbidden-sender': 'refused: not from the Inzage window',
  'storage.busy': 'the database is busy with another process (an import?); try again in a moment',
  'storage.failed': 'the database could not store this change; nothing was changed',
  'output.folder-unwritable': 'the output folder cannot be written: give another with --out',
  'file.unreadable': 'the file cannot be read: check that it exists and that you may open it',
  internal: 'internal error ({detail}); nothing was changed',
};
