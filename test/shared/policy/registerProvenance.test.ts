import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { policySchema } from '../../../shared/policy/policySchema.ts';
import { policyIssues } from '../../../shared/policy/policyIssues.ts';
import { registerProvenance } from '../../../shared/policy/registerProvenance.ts';

const bundledText = readFileSync(new URL('../../../resources/policy/alektum-nl.policy.json', import.meta.url), 'utf8');
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests change the document on purpose
const bundled = (): any => JSON.parse(bundledText);
const key = (e: { section: string; element: string | null }) => (e.element === null ? e.section : `${e.section}.${e.element}`);

describe('register provenance (issue 12.10)', () => {
  const elements = registerProvenance(policySchema.parse(bundled()));

  it('marks every element of the built-in register', () => {
    expect(elements.length).toBeGreaterThan(50);
    expect(elements.filter((e) => e.from === 'unmarked').map(key)).toEqual([]);
  });

  it('lists the rule set and every transfer as configuration the organisation still has to confirm', () => {
    const open = new Set(elements.filter((e) => e.toConfirm).map(key));
    expect(open).toContain('automatedDecisionRuleSets.collection-route');
    for (const country of ['CH', 'GB', 'TR', 'MA']) expect(open).toContain(`thirdCountryTransfers.${country}`);
    expect(open).toContain('rights.automated-decision-review');
    // What the published statement says is the organisation's own: its retention periods, its purposes.
    for (const e of elements.filter((x) => x.section === 'retentionRules' || x.section === 'purposes')) {
      expect(e.from, key(e)).toBe('published-statement');
      expect(e.toConfirm).toBe(false);
    }
    expect(elements.find((e) => key(e) === 'rights.access')!.from).toBe('published-statement');
  });

  it('drops an element from the open list once the organisation confirmed it, and keeps the rest', () => {
    const doc = bundled();
    doc.provenance.marks['automatedDecisionRuleSets.collection-route'] = {
      ...doc.provenance.marks.automatedDecisionRuleSets,
      confirmed: { by: 'J. Jansen, DPO', on: '2026-12-01' },
    };
    const confirmed = registerProvenance(policySchema.parse(doc));
    const ruleSet = confirmed.find((e) => key(e) === 'automatedDecisionRuleSets.collection-route')!;
    expect(ruleSet).toMatchObject({ from: 'configuration', toConfirm: false, confirmed: { by: 'J. Jansen, DPO', on: '2026-12-01' } });
    expect(confirmed.filter((e) => e.toConfirm).length).toBe(elements.filter((e) => e.toConfirm).length - 1);
  });

  it('treats a register without marks as wholly to confirm, and refuses a mark that names nothing', () => {
    const doc = bundled();
    delete doc.provenance;
    const unmarked = registerProvenance(policySchema.parse(doc));
    expect(unmarked.every((e) => e.from === 'unmarked' && e.toConfirm)).toBe(true);
    const typo = bundled();
    typo.provenance.marks['thirdCountryTransfer.CH'] = typo.provenance.marks.thirdCountryTransfers;
    const result = policySchema.safeParse(typo);
    expect(result.success).toBe(false);
    if (!result.success)
      expect(policyIssues(result.error).map((i) => i.message)).toEqual(['no section or element "thirdCountryTransfer.CH" in the register']);
  });
});
