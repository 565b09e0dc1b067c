import { describe, it, expect } from 'vitest';
import { EEA_COUNTRIES, EU_MEMBER_STATES, isInEea } from '../../../shared/law/eeaCountries.ts';

describe('EEA countries', () => {
  it('lists the 27 EU member states and Iceland, Liechtenstein and Norway, once each', () => {
    expect(EU_MEMBER_STATES).toHaveLength(27);
    expect(EEA_COUNTRIES).toHaveLength(30);
    expect(new Set(EEA_COUNTRIES).size).toBe(30);
    for (const code of EEA_COUNTRIES) expect(code).toMatch(/^[A-Z]{2}$/);
  });

  it('counts EU and EFTA-EEA states as inside the EEA', () => {
    for (const code of ['NL', 'BE', 'DE', 'GR', 'HR', 'IS', 'LI', 'NO']) expect(isInEea(code)).toBe(true);
  });

  it('counts third countries, the EU protocol code EL and junk as outside', () => {
    for (const code of ['CH', 'GB', 'TR', 'MA', 'US', 'EL', '', 'NLD']) expect(isInEea(code)).toBe(false);
  });

  it('ignores case and surrounding spaces', () => {
    expect(isInEea('nl')).toBe(true);
    expect(isInEea(' no ')).toBe(true);
  });
});
