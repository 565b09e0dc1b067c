import { create } from 'zustand';
import type { AppInfo, Language } from '../shared/ipc/types.ts';
import { invoke } from './api.ts';
import type { MessageKey } from './i18n/i18n.ts';
import { translate } from './i18n/i18n.ts';

export type Route =
  | { screen: 'requests' }
  | { screen: 'request'; requestId: string }
  | { screen: 'search'; requestId?: string }
  | { screen: 'review'; requestId?: string; subjectId?: string }
  | { screen: 'generate'; requestId: string }
  | { screen: 'audit' }
  | { screen: 'reports' }
  | { screen: 'settings' };

interface AppState {
  route: Route;
  language: Language;
  info: AppInfo | null;
  /** No clerk has said who works here yet: the first-start screen asks before anything else (issue 14.5). */
  needsClerk: boolean;
  navigate(route: Route): void;
  setLanguage(language: Language): void;
  loadInfo(): Promise<void>;
}

export const useApp = create<AppState>((set) => ({
  route: { screen: 'requests' },
  language: 'nl',
  info: null,
  needsClerk: false,
  navigate: (route) => set({ route }),
  setLanguage: (language) => {
    document.documentElement.lang = language;
    set({ language });
  },
  loadInfo: async () => {
    const [info, settings] = await Promise.all([invoke('app:info', {}), invoke('settings:get', {})]);
    document.documentElement.lang = settings.language;
    set({ info, language: settings.language, needsClerk: settings.clerkRole === null });
  },
}));

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function useT(): Translate {
  const language = useApp((s) => s.language);
  return (key, values) => translate(language, key, values);
}
