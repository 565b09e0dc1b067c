import { describe, expect, it } from 'vitest';
import { outputText, outputTexts } from '../../../shared/output/outputTexts.ts';

describe('output text catalogue', () => {
  it('has every text in Dutch and English, with the same placeholders', () => {
    for (const [key, entry] of Object.entries(outputTexts)) {
      const nl: string = entry.nl;
      const en: string = entry.en;
      expect(nl.trim(), `${key}.nl`).not.toBe('');
      expect(en.trim(), `${key}.en`).not.toBe('');
      const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(placeholders(nl), key).toEqual(placeholders(en));
    }
  });

  it('fills placeholders', () => {
    expect(outputText('nl', 'page', { x: 2, y: 9 })).toBe('Pagina 2 van 9');
    expect(outputText('en', 'page', { x: 2, y: 9 })).toBe('Page 2 of 9');
  });
});
