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

/**
 * One formatter per language, made once: constructing an Intl.DateTimeFormat costs about half a
 * millisecond, formatting with one a few microseconds, and a screen of search results or records
 * formats dozens of dates per render.
 */
const dateFormats = new Map<Language, Intl.DateTimeFormat>();

export function formatDate(language: Language, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  let format = dateFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(language, format);
  }
  return format.format(Date.UTC(y, m - 1, d));
}
