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
  return decide(ruleSet, inputs);
}

/**
 * The first rule whose conditions all hold, for inputs already checked. The extract's counterfactuals
 * call this many times per decision with one checked variable moved within its bounds.
 */
export function decide(ruleSet: AutomatedDecisionRuleSet, inputs: RuleInputs): RuleSetResult {
  const rules = ruleSet.rules;
  for (let index = 0; index < rules.length; index++) {
    const rule = rules[index]!;
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
  for (const variable of ruleSet.variables) {
    const problem = inputProblem(variable, Object.hasOwn(inputs, variable.id) ? inputs[variable.id] : undefined);
    if (problem !== null) throw new RuleSetInputError(variable.id, `${ruleSet.id} ${ruleSet.version}: input "${variable.id}" ${problem}`);
  }
}

function inputProblem(variable: AutomatedDecisionRuleSet['variables'][number], value: unknown): string | null {
  if (value === undefined) return 'is missing';
  if (variable.type === 'boolean') return typeof value === 'boolean' ? null : `must be a boolean, got ${describe(value)}`;
  if (typeof value !== 'number' || !Number.isInteger(value)) return `must be an integer, got ${describe(value)}`;
  if (variable.min !== undefined && value < variable.min) return `is ${value}, below the minimum ${variable.min}`;
  if (variable.max !== undefined && value > variable.max) return `is ${value}, above the maximum ${variable.max}`;
  return null;
}

function describe(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? `the number ${value}` : String(value);
  return value === null ? 'null' : typeof value === 'string' ? `the text ${JSON.stringify(value)}` : typeof value;
}
