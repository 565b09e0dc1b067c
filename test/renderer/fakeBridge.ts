import { DomainError } from '../../shared/errors/domainError.ts';
import type { ChannelName } from '../../shared/ipc/channelNames.ts';
import type { ChannelInput, ChannelOutput } from '../../shared/ipc/channels.ts';
import type { AppInfo } from '../../shared/ipc/types.ts';
import type { Bridge } from '../../renderer/api.ts';
import { setBridge } from '../../renderer/api.ts';
import { useApp } from '../../renderer/store.ts';

export type FakeHandlers = { [C in ChannelName]?: (input: ChannelInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>> };

/** A stand-in for window.api: answers from the given functions; any other channel answers "not available". */
export function installFakeBridge(handlers: FakeHandlers): {
  calls: { channel: string; input: unknown }[];
  emit: (event: string, payload: unknown) => void;
} {
  const calls: { channel: string; input: unknown }[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const bridge: Bridge = {
    async invoke(channel, input) {
      calls.push({ channel, input });
      const handler = handlers[channel as ChannelName] as ((input: unknown) => unknown) | undefined;
      if (!handler) return { ok: false, error: { code: 'not-available', message: 'Export is not available in this build yet' } };
      try {
        return { ok: true, value: await handler(input) };
      } catch (error) {
        if (error instanceof DomainError) return { ok: false, error: { code: error.code, params: error.params, message: error.code } };
        return { ok: false, error: { code: 'conflict', message: (error as Error).message } };
      }
    },
    on(event, callback) {
      const set = listeners.get(event) ?? new Set();
      set.add(callback);
      listeners.set(event, set);
      return () => set.delete(callback);
    },
  };
  setBridge(bridge);
  return { calls, emit: (event, payload) => listeners.get(event)?.forEach((l) => l(payload)) };
}

export const testInfo: AppInfo = {
  version: '0.1.0',
  databaseFile: '/tmp/inzage.db',
  databaseKey: { storage: 'keystore', keyFileExists: false },
  userDataDir: '/tmp',
  policy: { id: 'alektum-nl', version: '1', organisation: 'Alektum Group' },
  features: { search: true, requests: true, extract: true, export: true, audit: true },
  demo: { seed: 'demo', referenceDate: '2026-11-01', subjects: 400 },
  today: '2026-11-23',
};

export function resetApp(language: 'en' | 'nl' = 'en'): void {
  useApp.setState({ info: testInfo, language, route: { screen: 'requests' } });
}
