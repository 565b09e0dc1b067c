import type { IpcErrorCode } from '../../../shared/ipc/channels.ts';

/** An error a handler throws on purpose: its code and message reach the window as they are. */
export class HandlerError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'HandlerError';
  }
}
