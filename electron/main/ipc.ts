import { ipcMain } from 'electron';
import type { WebContents } from 'electron';
import { channelNames } from '../../shared/ipc/channelNames.ts';
import type { EventName } from '../../shared/ipc/channelNames.ts';
import type { EventPayload } from '../../shared/ipc/channels.ts';
import type { Handlers } from '../core/api/dispatch.ts';
import { dispatch, failure, isTrustedSender } from '../core/api/dispatch.ts';

/**
 * The ONE loop that registers every channel (architecture.md): the sender must be our own app
 * origin in the main frame; then `dispatch` parses the input with the channel's schema and calls the handler.
 */
export function registerIpc(handlers: Handlers): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, input: unknown) => {
      const frame = event.senderFrame;
      if (!isTrustedSender(frame?.url, frame !== null && frame === event.sender.mainFrame)) {
        return failure('ipc.forbidden-sender', {});
      }
      return dispatch(handlers, channel, input);
    });
  }
}

export function sendEvent<E extends EventName>(target: WebContents | null, event: E, payload: EventPayload<E>): void {
  if (target && !target.isDestroyed()) target.send(event, payload);
}
