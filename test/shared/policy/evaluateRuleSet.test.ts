import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { policySchema, type AutomatedDecisionRuleSet } from '../../../shared/policy/policySchema.ts';
import { RuleSetInputError, evaluateRuleSet, type RuleInputs } from '../../../shared/policy/evaluateRuleSet.ts';

const policy = policySchema.parse(
  JSON.parse(readFileSync(new URL('../../../resources/policy/alektum-nl.policy.json', import.meta.url), 'utf8')),
);
const ruleSet = policy.automatedDecisionRuleSets.find((r) => r.id === 'collection-route') as AutomatedDecisionRuleSet;

/** A case no rule catches: 45 days late, € 200 open, decent score, no history. */
const base = { open_balance_cents: 20_000, days_past_due: 45, broken_arrangements: 0, credit_score: 600, has_attachment: false };
const run = (changes: Partial<typeof base> = {}) => evaluateRuleSet(ruleSet, { ...base, ...changes });

describe('evaluateRuleSet on collection-route 3.1', () => {
  it('falls through to the default outcome when no rule matches', () => {
    expect(run()).toEqual({ outcome: 'formal-demand', matchedRule: null });
  });

  it('sends a case with a known attachment to a person (rule 0)', () => {
    expect(run({ has_attachment: true })).toEqual({ outcome: 'manual-review', matchedRule: 0 });
  });

  it('sends a friendly reminder under 30 days past due (rule 1), not at 30', () => {
    expect(run({ days_past_due: 29 })).toEqual({ outcome: 'friendly-reminder', matchedRule: 1 });
    expect(run({ days_past_due: 30 }).outcome).toBe('formal-demand');
  });

  it('offers an arrangement below a credit score of 300 (rule 2), not at 300', () => {
    expect(run({ credit_score: 299 })).toEqual({ outcome: 'arrangement-offer', matchedRule: 2 });
    expect(run({ credit_score: 300 }).outcome).toBe('formal-demand');
  });

  it('prepares court proceedings from € 1,000 with a broken arrangement (rule 3)', () => {
    expect(run({ open_balance_cents: 100_000, broken_arrangements: 1 })).toEqual({ outcome: 'court-proceedings', matchedRule: 3 });
    // Both conditions must hold: without a broken arrangement the next rule decides.
    expect(run({ open_balance_cents: 100_000, broken_arrangements: 0 })).toEqual({ outcome: 'payment-order', matchedRule: 4 });
    expect(run({ open_balance_cents: 99_999, broken_arrangements: 3 })).toEqual({ outcome: 'payment-order', matchedRule: 4 });
  });

  it('prepares a payment order from € 500 (rule 4)', () => {
    expect(run({ open_balance_cents: 50_000 })).toEqual({ outcome: 'payment-order', matchedRule: 4 });
    expect(run({ open_balance_cents: 49_999 }).outcome).toBe('formal-demand');
  });

  it('lets the first matching rule win', () => {
    const everything = { has_attachment: true, days_past_due: 5, credit_score: 100, open_balance_cents: 500_000, broken_arrangements: 2 };
    expect(run(everything).matchedRule).toBe(0);
    expect(run({ ...everything, has_attachment: false }).outcome).toBe('friendly-reminder');
    expect(run({ ...everything, has_attachment: false, days_past_due: 90 }).outcome).toBe('arrangement-offer');
    expect(run({ ...everything, has_attachment: false, days_past_due: 90, credit_score: 700 }).outcome).toBe('court-proceedings');
  });

  it('names a missing variable', () => {
    const { credit_score: _omitted, ...inputs } = base;
    expect(() => evaluateRuleSet(ruleSet, inputs)).toThrow(/"credit_score" is missing/);
    try {
      evaluateRuleSet(ruleSet, inputs);
    } catch (error) {
      expect(error).toBeInstanceOf(RuleSetInputError);
      expect((error as RuleSetInputError).variable).toBe('credit_score');
    }
  });

  it('names a variable of the wrong type or out of range', () => {
    const bad = (inputs: Record<string, unknown>) => () => evaluateRuleSet(ruleSet, { ...base, ...inputs } as RuleInputs);
    expect(bad({ has_attachment: 1 })).toThrow(/"has_attachment" must be a boolean, got the number 1/);
    expect(bad({ credit_score: true })).toThrow(/"credit_score" must be an integer, got boolean/);
    expect(bad({ days_past_due: 1.5 })).toThrow(/"days_past_due" must be an integer/);
    expect(bad({ open_balance_cents: '500' })).toThrow(/"open_balance_cents" must be an integer, got the text "500"/);
    expect(bad({ broken_arrangements: Number.NaN })).toThrow(/"broken_arrangements" must be an integer, got NaN/);
    expect(bad({ credit_score: 1001 })).toThrow(/"credit_score" is 1001, above the maximum 1000/);
    expect(bad({ open_balance_cents: -1 })).toThrow(/"open_balance_cents" is -1, below the minimum 0/);
  });

  it('evaluates every comparison operator', () => {
    const text = { nl: 'x', en: 'x' };
    const ops: AutomatedDecisionRuleSet = {
      id: 'ops',
      version: '1',
      label: text,
      logic: text,
      significance: text,
      article22: { applies: false, explanation: text },
      variables: [
        { id: 'n', type: 'integer', label: text, explanation: text },
        { id: 'b', type: 'boolean', label: text, explanation: text },
      ],
      outcomes: ['ne', 'le', 'gt', 'eq', 'none'].map((id) => ({ id, label: text, consequence: text })),
      rules: [
        { when: [{ variable: 'b', op: '!=', value: false }], outcome: 'ne', explanation: text },
        { when: [{ variable: 'n', op: '<=', value: 0 }], outcome: 'le', explanation: text },
        { when: [{ variable: 'n', op: '>', value: 10 }], outcome: 'gt', explanation: text },
        { when: [{ variable: 'n', op: '==', value: 5 }], outcome: 'eq', explanation: text },
      ],
      defaultOutcome: 'none',
    };
    const outcome = (inputs: RuleInputs) => evaluateRuleSet(ops, inputs).outcome;
    expect(outcome({ n: 5, b: true })).toBe('ne');
    expect(outcome({ n: 0, b: false })).toBe('le');
    expect(outcome({ n: 11, b: false })).toBe('gt');
    expect(outcome({ n: 5, b: false })).toBe('eq');
    expect(outcome({ n: 10, b: false })).toBe('none');
  });
});
