import { fillPlaceholders } from '../../shared/errors/errorMessages.ts';
import type { WriteLockOptions } from '../core/db/writeLock.ts';
import { cliErrorMessages } from './cliErrorMessages.ts';
import type { CliIo } from './cliTypes.ts';
import { UsageError } from './cliTypes.ts';

/**
 * How a command waits for the database while another process writes (electron/core/db/writeLock.ts):
 * it says so on stderr, and INZAGE_DB_WAIT_SECONDS (a whole number of seconds) caps every wait,
 * for scripts that would rather fail with 'storage.busy' than wait for an import to end.
 */
export function cliWriteLock(io: CliIo): WriteLockOptions {
  const raw = io.env.INZAGE_DB_WAIT_SECONDS;
  let cap: { limitMs: number; importLimitMs: number } | Record<string, never> = {};
  if (raw !== undefined && raw !== '') {
    if (!/^\d+$/.test(raw)) throw new UsageError(`INZAGE_DB_WAIT_SECONDS must be a whole number of seconds, got "${raw}"`);
    cap = { limitMs: Number(raw) * 1000, importLimitMs: Number(raw) * 1000 };
  }
  return {
    ...cap,
    onWait: ({ reason, waitedMs }) => {
      const code = reason === 'import' ? 'storage.waiting-import' : 'storage.waiting-writer';
      io.err(`inzage: ${fillPlaceholders(cliErrorMessages[code], { seconds: Math.round(waitedMs / 1000) })}\n`);
    },
  };
}
