import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/i18n/en.ts';
import { catalogues, translate } from '../../renderer/i18n/i18n.ts';
import { nl } from '../../renderer/i18n/nl.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the UI text catalogue', () => {
  it('has every key in Dutch and English, non-empty, with the same placeholders', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
    for (const [key, english] of Object.entries(en)) {
      const dutch = nl[key as keyof typeof en];
      expect(english.trim(), key).not.toBe('');
      expect(dutch.trim(), key).not.toBe('');
      expect(placeholders(dutch), key).toEqual(placeholders(english));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'deadline.overdue', { n: 3 })).toBe('3 days overdue');
    expect(translate('nl', 'deadline.overdue', { n: 3 })).toBe('3 dagen te laat');
    expect(translate('en', 'deadline.overdue')).toBe('{n} days overdue');
    expect(Object.keys(catalogues)).toEqual(['en', 'nl']);
  });
});
