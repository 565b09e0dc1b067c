import type { AutomatedDecisionRuleSet, RuleCondition } from './ruleSetSchema.ts';

/**
 * Evaluates an automated decision rule set (Art. 22 GDPR) for one person's inputs: the first rule
 * whose conditions all hold decides, otherwise the default outcome applies. Pure, so the extract can
 * replay a stored decision and explain it (Art. 15(1)(h)), and try other values to show what would
 * have changed the outcome.
 */

export type RuleInputs = Readonly<Record<string, number | boolean>>;

export interface RuleSetResult {
  outcome: string;
  /** Index into `ruleSet.rules` of the rule that decided; null when the default outcome applied. */
  matchedRule: number | null;
}

export class RuleSetInputError extends Error {
  override readonly name = 'RuleSetInputError';
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
  }
}

export function evaluateRuleSet(ruleSet: AutomatedDecisionRuleSet, inputs: RuleInputs): RuleSetResult {
  checkInputs(ruleSet, inputs);
  for (const [index, rule] of ruleSet.rules.entries()) {
    if (rule.when.every((condition) => conditionHolds(condition, inputs))) {
      return { outcome: rule.outcome, matchedRule: index };
    }
  }
  return { outcome: ruleSet.defaultOutcome, matchedRule: null };
}

/** Whether one condition holds for the inputs (which `evaluateRuleSet` has checked). */
export function conditionHolds(condition: RuleCondition, inputs: RuleInputs): boolean {
  const actual = inputs[condition.variable];
  const expected = condition.value;
  switch (condition.op) {
    case '==':
      return actual === expected;
    case '!=':
      return actual !== expected;
  }
  if (typeof actual !== 'number' || typeof expected !== 'number') {
    throw new RuleSetInputError(condition.variable, `"${condition.variable}": ${condition.op} needs numbers on both sides`);
  }
  switch (condition.op) {
    case '<':
      return actual < expected;
    case '<=':
      return actual <= expected;
    case '>':
      return actual > expected;
    case '>=':
      return actual >= expected;
  }
}

/** Every declared variable must be present with its declared type and within its bounds. */
function checkInputs(ruleSet: AutomatedDecisionRuleSet, inputs: RuleInputs): void {
  const where = `${ruleSet.id} ${ruleSet.version}`;
  for (const variable of ruleSet.variables) {
    const value = Object.hasOwn(inputs, variable.id) ? inputs[variable.id] : undefined;
    const fail = (problem: string) => {
      throw new RuleSetInputError(variable.id, `${where}: input "${variable.id}" ${problem}`);
    };
    if (value === undefined) fail('is missing');
    if (variable.type === 'boolean') {
      if (typeof value !== 'boolean') fail(`must be a boolean, got ${describe(value)}`);
      continue;
    }
    if (typeof value !== 'number' || !Number.isInteger(value)) fail(`must be an integer, got ${describe(value)}`);
    const number = value as number;
    if (variable.min !== undefined && number < variable.min) fail(`is ${number}, below the minimum ${variable.min}`);
    if (variable.max !== undefined && number > variable.max) fail(`is ${number}, above the maximum ${variable.max}`);
  }
}

function describe(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? `the number ${value}` : String(value);
  return value === null ? 'null' : typeof value === 'string' ? `the text ${JSON.stringify(value)}` : typeof value;
}
