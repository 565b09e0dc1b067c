// The sandboxed preload: exposes window.api.invoke / window.api.on for the listed channels only.
// It imports nothing but the channel-name list (architecture.md), so the bundle stays tiny.
import { contextBridge, ipcRenderer } from 'electron';
import { isChannelName, isEventName } from '../../shared/ipc/channelNames.ts';

contextBridge.exposeInMainWorld('api', {
  invoke(channel: unknown, input: unknown): Promise<unknown> {
    if (!isChannelName(channel)) return Promise.resolve({ ok: false, error: { code: 'unknown-channel', message: 'Unknown channel' } });
    return ipcRenderer.invoke(channel, input);
  },
  on(event: unknown, callback: (payload: unknown) => void): () => void {
    if (!isEventName(event) || typeof callback !== 'function') return () => {};
    const listener = (_e: unknown, payload: unknown) => callback(payload);
    ipcRenderer.on(event, listener);
    return () => ipcRenderer.removeListener(event, listener);
  },
});
