import type { LegacyIpcErrorCode } from '../../../shared/ipc/channels.ts';

/**
 * An error a handler throws on purpose, with words (settings, extract, export). New code raises a
 * DomainError (shared/errors) instead; this goes once the last of these handlers has moved.
 */
export class HandlerError extends Error {
  constructor(
    readonly code: LegacyIpcErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'HandlerError';
  }
}
