import { describe, expect, it } from 'vitest';
import { countryName, formatCents, formatDate } from '../../../shared/extract/format.ts';

describe('display formats of the extract', () => {
  it('writes cents as euros the Dutch and the English way', () => {
    expect([0, 5, 100, 123456, 100000000, -123456].map((c) => formatCents(c, 'nl'))).toEqual([
      '€ 0,00',
      '€ 0,05',
      '€ 1,00',
      '€ 1.234,56',
      '€ 1.000.000,00',
      '-€ 1.234,56',
    ]);
    expect([0, 5, 100, 123456, 100000000, -123456].map((c) => formatCents(c, 'en'))).toEqual([
      '€0.00',
      '€0.05',
      '€1.00',
      '€1,234.56',
      '€1,000,000.00',
      '-€1,234.56',
    ]);
  });

  it('writes dates in words, and leaves anything that is not an ISO date as it is', () => {
    expect(formatDate('2026-03-12', 'nl')).toBe('12 maart 2026');
    expect(formatDate('2026-03-12', 'en')).toBe('12 March 2026');
    expect(formatDate('2024-02-29', 'nl')).toBe('29 februari 2024');
    expect(formatDate('unknown', 'en')).toBe('unknown');
  });

  it('names countries', () => {
    expect(countryName('TR', 'en')).toBe('Turkey');
    expect(countryName('TR', 'nl')).toBe('Turkije');
    expect(countryName('NL', 'nl')).toBe('Nederland');
    expect(countryName('JP', 'en')).not.toBe('');
  });
});
