import type { ErrorCode } from './errorCodes.ts';

/** Parameters a message may quote: ids, dates, counts, field names. Never personal data. */
export type ErrorParams = Readonly<Record<string, string | number>>;

/**
 * The one error the core raises on purpose (docs/architecture.md § Errors): a stable code and its
 * parameters, no words. The window turns the code into Dutch or English (errorMessages.ts), the CLI
 * into its own text (electron/cli/cliErrorMessages.ts), so the core never names a flag or a screen.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
  ) {
    super(code);
    this.name = 'DomainError';
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
