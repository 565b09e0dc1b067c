import type { Policy } from '../../../shared/policy/policySchema.ts';
import { evaluateRuleSet } from '../../../shared/policy/evaluateRuleSet.ts';
import type { DecideRoute } from './cases.ts';

/**
 * The demo's automated decisions are taken by the register's own rule set, so the outcome stored for
 * a person always follows from the inputs stored with it — as the extract will explain it (Art. 15(1)(h)).
 */
export function decideFromPolicy(policy: Policy, ruleSetId = 'collection-route'): DecideRoute {
  const ruleSet = policy.automatedDecisionRuleSets.find((candidate) => candidate.id === ruleSetId);
  if (!ruleSet) throw new Error(`The processing register has no automated-decision rule set "${ruleSetId}"`);
  const consequences = new Map(ruleSet.outcomes.map((outcome) => [outcome.id, outcome.consequence.nl]));
  return (inputs) => {
    const { outcome } = evaluateRuleSet(ruleSet, inputs);
    return { outcome, version: ruleSet.version, consequence: consequences.get(outcome) ?? outcome };
  };
}
