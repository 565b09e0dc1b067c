import { describe, expect, it } from 'vitest';
import { formatIban, ibanFromBban, isValidIban, normaliseIban } from '../../../shared/identifiers/iban.ts';

describe('iban', () => {
  it('validates the mod-97 check digits', () => {
    expect(isValidIban('NL91ABNA0417164300')).toBe(true);
    expect(isValidIban('nl91 abna 0417 1643 00')).toBe(true);
    expect(isValidIban('NL92ABNA0417164300')).toBe(false);
    expect(isValidIban('DE89370400440532013000')).toBe(true);
    expect(isValidIban('hello')).toBe(false);
  });

  it('computes check digits that validate', () => {
    expect(ibanFromBban('NL', 'ABNA0417164300')).toBe('NL91ABNA0417164300');
    expect(isValidIban(ibanFromBban('NL', 'RABO0123456789'))).toBe(true);
  });

  it('normalises and formats', () => {
    expect(normaliseIban(' nl91-abna.0417 164300 ')).toBe('NL91ABNA0417164300');
    expect(formatIban('NL91ABNA0417164300')).toBe('NL91 ABNA 0417 1643 00');
  });
});
