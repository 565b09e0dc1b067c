import { describe, expect, it } from 'vitest';
import { loadDefaultPolicy } from '../../../electron/core/policy/loadPolicy.ts';
import { counterfactuals, decisionEntry } from '../../../shared/extract/decisions.ts';
import { evaluateRuleSet } from '../../../shared/policy/evaluateRuleSet.ts';

const policy = loadDefaultPolicy();
const ruleSet = policy.automatedDecisionRuleSets.find((r) => r.id === 'collection-route')!;
const base = { open_balance_cents: 40_000, days_past_due: 60, broken_arrangements: 0, credit_score: 250, has_attachment: false };

describe('counterfactuals of an automated decision (Art. 15(1)(h))', () => {
  it('says which value of a variable would have changed the outcome, at the rule set’s own thresholds', () => {
    expect(evaluateRuleSet(ruleSet, base).outcome).toBe('arrangement-offer');
    const texts = counterfactuals(ruleSet, base, 'arrangement-offer', 'en');
    const score = texts.filter((c) => c.variableId === 'credit_score').map((c) => c.text);
    expect(score).toEqual([
      'Had ‘Credit score’ been 300 points or more (all else equal), the outcome would have been: Formal demand for payment.',
    ]);
    expect(texts.find((c) => c.variableId === 'days_past_due')!.text).toBe(
      'Had ‘Days past due’ been less than 30 days (all else equal), the outcome would have been: Friendly reminder.',
    );
    expect(texts.find((c) => c.variableId === 'has_attachment')!.text).toMatch(/been yes .*Review by a staff member\.$/);
    // The balance and broken arrangements are only looked at after the credit score rule: no change possible.
    expect(texts.some((c) => c.variableId === 'open_balance_cents' || c.variableId === 'broken_arrangements')).toBe(false);
  });

  it('describes bounded ranges between two thresholds, and every claim holds when replayed', () => {
    const inputs = { ...base, credit_score: 700, open_balance_cents: 20_000 };
    const actual = evaluateRuleSet(ruleSet, inputs).outcome;
    const texts = counterfactuals(ruleSet, inputs, actual, 'nl');
    const balance = texts.filter((c) => c.variableId === 'open_balance_cents').map((c) => c.text);
    expect(balance).toEqual([
      'Als ‘Openstaand bedrag’ € 500,00 of meer was geweest (en al het andere gelijk), dan was de uitkomst geweest: Betalingsbevel.',
    ]);
    expect(evaluateRuleSet(ruleSet, { ...inputs, open_balance_cents: 50_000 }).outcome).toBe('payment-order');
    expect(evaluateRuleSet(ruleSet, { ...inputs, open_balance_cents: 49_999 }).outcome).toBe(actual);
    const broke = { ...inputs, open_balance_cents: 150_000, broken_arrangements: 1 };
    const balance2 = counterfactuals(ruleSet, broke, evaluateRuleSet(ruleSet, broke).outcome, 'en')
      .filter((c) => c.variableId === 'open_balance_cents')
      .map((c) => c.text);
    expect(balance2).toEqual([
      'Had ‘Outstanding balance’ been less than €500.00 (all else equal), the outcome would have been: Formal demand for payment.',
      'Had ‘Outstanding balance’ been between €500.00 and €999.99 (all else equal), the outcome would have been: Payment order.',
    ]);
  });
});

describe('decisionEntry', () => {
  const row = (changes: Record<string, string>) => ({
    id: 'ADM1',
    subject_id: 'S1',
    case_id: 'C1',
    decided_on: '2026-01-05',
    rule_set: 'collection-route',
    rule_version: ruleSet.version,
    inputs_json: JSON.stringify(base),
    outcome: 'arrangement-offer',
    consequence: 'x',
    source: 'derived',
    ...changes,
  });

  it('replays a stored decision and names the rule that decided', () => {
    const entry = decisionEntry(policy, row({}), 'en');
    expect(entry.article22).toMatchObject({ applies: true, exception: 'a' });
    expect(entry.article22.explanation).toMatch(/Article 22\(2\)\(a\) GDPR/);
    expect(decisionEntry(policy, row({}), 'nl').article22.explanation).toMatch(/artikel 22, lid 2, onder a, AVG/);
    expect(entry.matchedRule.index).toBe(2);
    expect(entry.matchedRule.explanation).toMatch(/^Rule 3: /);
    expect(entry.counterfactuals.length).toBeGreaterThan(0);
  });

  it('reports a recorded outcome it cannot recompute without inventing an explanation', () => {
    const differs = decisionEntry(policy, row({ outcome: 'court-proceedings' }), 'nl');
    expect(differs).toMatchObject({ outcome: { id: 'court-proceedings' }, matchedRule: { index: null }, counterfactuals: [] });
    expect(differs.matchedRule.explanation).toMatch(/niet precies na te rekenen/);
    const older = decisionEntry(policy, row({ rule_version: '1.0' }), 'en');
    expect(older.matchedRule.explanation).toMatch(/version 1\.0 of the rules/);
    expect(older.counterfactuals).toEqual([]);
    expect(() => decisionEntry(policy, row({ inputs_json: '{oops' }), 'en')).toThrow(/ADM1: inputs_json is not valid JSON/);
    expect(() => decisionEntry(policy, row({ rule_set: 'unknown-rules' }), 'en')).toThrow(/no rule set "unknown-rules"/);
  });
});
