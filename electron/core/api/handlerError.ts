import type { IpcErrorCode } from '../../../shared/ipc/channels.ts';

/** An error a handler throws on purpose: its code and message reach the window as they are. */
export class HandlerError extends Error {
  constructor(readonly code: IpcErrorCode, message: string) {
    super(message);
    this.name = 'HandlerError';
  }
}

/** Thrown by channels whose feature is not part of this build yet; the UI says so instead of faking it. */
export function notAvailable(feature: string): never {
  throw new HandlerError('not-available', `${feature} is not available in this build yet`);
}
