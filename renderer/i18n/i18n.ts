import type { Language } from '../../shared/ipc/types.ts';
import type { MessageKey } from './en.ts';
import { en } from './en.ts';
import { nl } from './nl.ts';

export const catalogues: Record<Language, Record<MessageKey, string>> = { en, nl };
export type { MessageKey };

/** Looks a text up and fills `{name}` placeholders. */
export function translate(language: Language, key: MessageKey, values: Record<string, string | number> = {}): string {
  const template = catalogues[language][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export function formatDate(language: Language, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}
