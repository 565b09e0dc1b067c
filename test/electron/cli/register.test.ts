import { describe, expect, it } from 'vitest';
import { loadDefaultPolicy } from '../../../electron/core/policy/loadPolicy.ts';
import { registerProvenance } from '../../../shared/policy/registerProvenance.ts';
import { cli } from '../../helpers/cliHarness.ts';

/** `inzage register check` lists what the organisation still has to confirm (issue 12.10), as the Settings screen does. */
describe('inzage register check', () => {
  const elements = registerProvenance(loadDefaultPolicy());

  it('is listed by `inzage register check`, in English and Dutch', async () => {
    const en = await cli(['register', 'check']);
    expect(en.code).toBe(0);
    const open = elements.filter((e) => e.toConfirm).length;
    expect(en.out).toContain(`${open} elements the organisation still has to confirm`);
    expect(en.out).toMatch(/automatedDecisionRuleSets \(configuration\): Set up by us: .*Article 22\(2\) GDPR ground/);
    expect(en.out).toMatch(/\n {2}collection-route\tChoice of collection measure\n/);
    expect(en.out).toMatch(/thirdCountryTransfers \(configuration\)[^\n]*\n {2}CH\n {2}GB\n {2}TR\n {2}MA\n/);
    const nl = await cli(['register', 'check', '--lang', 'nl']);
    expect(nl.out).toMatch(/automatedDecisionRuleSets \(configuration\): Door ons ingericht: .*artikel 22, lid 2, AVG/);
    expect(nl.out).toMatch(/\n {2}collection-route\tKeuze van de invorderingsmaatregel\n/);
    const json = JSON.parse((await cli(['register', 'check', '--json'])).out) as { toConfirm: number; elements: unknown[] };
    expect(json.toConfirm).toBe(open);
    expect(json.elements).toHaveLength(elements.length);
    expect((await cli(['register'])).code).toBe(2);
    expect((await cli(['register', 'check', '--lang', 'de'])).code).toBe(2);
  });
});
