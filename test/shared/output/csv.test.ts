import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, encodeCsv } from '../../../shared/output/csv.ts';

describe('RFC 4180 CSV', () => {
  it('quotes only fields that need it and doubles quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(12.5)).toBe('12.5');
  });

  it('round-trips awkward values through a strict parser', () => {
    const rows = [
      ['Łukasz Müller-Öztürk', 'Ĳsselstraat 12 "achter", 2e', 'regel 1\r\nregel 2'],
      ['Zoë Çelik', '', ' spaces '],
    ];
    const text = encodeCsv(['a', 'b', 'c'], rows);
    expect(text.endsWith('\r\n')).toBe(true);
    const parsed = parse(text, { columns: true, relax_quotes: false, relax_column_count: false, skip_empty_lines: false }) as Record<
      string,
      string
    >[];
    expect(parsed.map((row) => [row.a, row.b, row.c])).toEqual(rows);
  });

  it('refuses a row whose width differs from the header', () => {
    expect(() => encodeCsv(['a', 'b'], [['x']])).toThrow(/1 cells, header has 2/);
  });
});
