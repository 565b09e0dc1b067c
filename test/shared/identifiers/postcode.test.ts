import { describe, expect, it } from 'vitest';
import { formatPostcode, normalisePostcode } from '../../../shared/identifiers/postcode.ts';

describe('postcode', () => {
  it('normalises with or without a space, any case', () => {
    expect(normalisePostcode('1012 ab')).toBe('1012AB');
    expect(normalisePostcode('1012AB')).toBe('1012AB');
    expect(formatPostcode('3511ab')).toBe('3511 AB');
  });

  it('refuses what the Dutch postcode system never issues', () => {
    expect(normalisePostcode('0123 AB')).toBeNull();
    expect(normalisePostcode('1012 SS')).toBeNull();
    expect(normalisePostcode('1012 A')).toBeNull();
  });
});
