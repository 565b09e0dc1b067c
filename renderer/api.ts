/**
 * The one module that reaches the main process (architecture.md). In the app it talks to the preload's
 * `window.api`; tests replace it with a fake (`setBridge`) or the Chromium bridge to the real handlers.
 */
import type { ChannelName, EventName } from '../shared/ipc/channelNames.ts';
import type { ErrorParams } from '../shared/errors/domainError.ts';
import { isErrorCode } from '../shared/errors/errorCodes.ts';
import { errorMessage } from '../shared/errors/errorMessages.ts';
import type { Language } from '../shared/extract/extractModel.ts';
import type { ChannelInput, ChannelOutput, EventPayload, IpcErrorCode, IpcResult } from '../shared/ipc/channels.ts';

export interface Bridge {
  invoke(channel: string, input: unknown): Promise<unknown>;
  on(event: string, callback: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    api?: Bridge;
  }
}

/** A failed call: the core's code and parameters ('failed': the bridge itself or a job failed, with its own text). */
export class ApiError extends Error {
  constructor(
    readonly code: IpcErrorCode | 'failed',
    message: string,
    readonly params: ErrorParams = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** What the window says, in the clerk's language (shared/errors/errorMessages.ts); never a raw OS message. */
  describe(language: Language): string {
    return isErrorCode(this.code) ? errorMessage(this.code, this.params, language) : this.message;
  }
}

/** Whatever a call threw, as an ApiError the error states can show. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  // A throw inside the renderer: say what kind of error, never its text (it may hold data or a path).
  return new ApiError('internal', 'internal', { detail: error instanceof Error ? error.name : typeof error });
}

let bridge: Bridge | null = null;

export function setBridge(next: Bridge | null): void {
  bridge = next;
}

function current(): Bridge {
  const found = bridge ?? (typeof window !== 'undefined' ? window.api : undefined);
  if (!found) throw new ApiError('failed', 'The app bridge is missing (window.api)');
  return found;
}

export async function invoke<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = (await current().invoke(channel, input)) as IpcResult<ChannelOutput<C>>;
  if (!result.ok) throw new ApiError(result.error.code, result.error.message, result.error.params ?? {});
  return result.value;
}

export function onEvent<E extends EventName>(event: E, callback: (payload: EventPayload<E>) => void): () => void {
  return current().on(event, callback as (payload: unknown) => void);
}
