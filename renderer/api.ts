/**
 * The one module that reaches the main process (architecture.md). In the app it talks to the preload's
 * `window.api`; tests replace it with a fake (`setBridge`) or the Chromium bridge to the real handlers.
 */
import type { ChannelName, EventName } from '../shared/ipc/channelNames.ts';
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

export class ApiError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Whatever a call threw, as an ApiError the error states can show. */
export function toApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError('failed', String(error));
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
  if (!result.ok) throw new ApiError(result.error.code, result.error.message);
  return result.value;
}

export function onEvent<E extends EventName>(event: E, callback: (payload: EventPayload<E>) => void): () => void {
  return current().on(event, callback as (payload: unknown) => void);
}
