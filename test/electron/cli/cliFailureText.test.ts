import { describe, expect, it } from 'vitest';
import { cliFailureText } from '../../../electron/cli/runCli.ts';
import { DomainError } from '../../../shared/errors/domainError.ts';

describe('cliFailureText', () => {
  it('words a DomainError from the CLI catalogue, which may name the flag that fixes it', () => {
    expect(cliFailureText(new DomainError('status.reason-required', { reference: 'INZ-2026-0001', to: 'refused' }))).toMatch(
      /^INZ-2026-0001: a request can only be "refused" with a reason \(give --reason "…"\)/,
    );
  });

  it('maps SQLite failures to a next step instead of the driver’s text', () => {
    const busy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    expect(cliFailureText(busy)).toBe(
      'the database stayed busy with another process (an import?) for longer than the wait allows ' +
        '(INZAGE_DB_WAIT_SECONDS); try again later',
    );
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    expect(cliFailureText(full)).toBe('the database could not store this change; nothing was changed');
  });

  it('keeps other errors’ own message: the terminal is the clerk’s own', () => {
    expect(cliFailureText(new Error('/tmp/x.db: no such database file'))).toBe('/tmp/x.db: no such database file');
  });
});
