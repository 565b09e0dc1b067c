import type { RuleInputs } from '../policy/evaluateRuleSet.ts';
import { decide, evaluateRuleSet, RuleSetInputError } from '../policy/evaluateRuleSet.ts';
import type { Policy } from '../policy/policySchema.ts';
import type { AutomatedDecisionRuleSet, RuleCondition } from '../policy/ruleSetSchema.ts';
import type { AutomatedDecisionEntry, Language } from './extractModel.ts';
import { formatCents, formatInteger } from './format.ts';
import type { ProfileRow } from './subjectProfile.ts';
import { fill } from './texts.ts';

/**
 * Art. 15(1)(h) and Art. 22: for each automated decision about the person, meaningful information
 * about the logic (the register's plain-language account, and which rule decided for this person),
 * the variables with this person's values, the outcome, what it led to and its significance. The
 * decision is replayed with the register's rule set, and replayed again with one variable changed at
 * a time to say which other values would have led to another outcome (EDPB 01/2022 § 121; the CJEU in
 * C-203/22 Dun & Bradstreet Austria: explain how a variation in the data would have changed the result).
 */

type Variable = AutomatedDecisionRuleSet['variables'][number];

export function decisionEntry(policy: Policy, row: ProfileRow, language: Language): AutomatedDecisionEntry {
  const ruleSetId = String(row.rule_set);
  const version = String(row.rule_version);
  const ruleSet = policy.automatedDecisionRuleSets.find((r) => r.id === ruleSetId);
  if (!ruleSet) throw new Error(`automated_decisions ${String(row.id)}: the processing register has no rule set "${ruleSetId}"`);
  let inputs: RuleInputs;
  try {
    inputs = JSON.parse(String(row.inputs_json)) as RuleInputs;
  } catch (error) {
    throw new Error(`automated_decisions ${String(row.id)}: inputs_json is not valid JSON (${(error as Error).message})`, { cause: error });
  }
  const storedOutcome = String(row.outcome);
  const outcomeOf = (id: string) => {
    const outcome = ruleSet.outcomes.find((o) => o.id === id);
    if (!outcome) throw new Error(`automated_decisions ${String(row.id)}: rule set ${ruleSetId} has no outcome "${id}"`);
    return outcome;
  };
  const outcome = outcomeOf(storedOutcome);
  // Replay the decision with the register's rules; only when that gives the stored outcome can the
  // extract say which rule decided and what would have changed it. Otherwise it reports what was recorded.
  const sameVersion = ruleSet.version === version;
  const replay = sameVersion ? safeEvaluate(ruleSet, inputs) : null;
  const replayed = replay !== null && replay.outcome === storedOutcome;
  const matchedRule = !sameVersion
    ? { index: null, explanation: fill('decision.versionGone', language, { version }) }
    : !replayed || replay === null
      ? { index: null, explanation: fill('decision.replayDiffers', language) }
      : replay.matchedRule === null
        ? { index: null, explanation: fill('decision.defaultRule', language) }
        : {
            index: replay.matchedRule,
            explanation: fill('decision.ruleNumber', language, {
              number: replay.matchedRule + 1,
              explanation: ruleSet.rules[replay.matchedRule]!.explanation[language],
            }),
          };

  return {
    decisionId: String(row.id),
    decidedOn: String(row.decided_on),
    caseId: row.case_id === null || row.case_id === undefined ? null : String(row.case_id),
    ruleSetId,
    ruleVersion: version,
    logic: ruleSet.logic[language],
    significance: ruleSet.significance[language],
    article22: {
      applies: ruleSet.article22.applies,
      exception: ruleSet.article22.applies ? ruleSet.article22.exception : null,
      explanation: ruleSet.article22.explanation[language],
    },
    variables: ruleSet.variables
      .filter((v) => Object.hasOwn(inputs, v.id) && (typeof inputs[v.id] === 'number' || typeof inputs[v.id] === 'boolean'))
      .map((v) => ({
        id: v.id,
        label: v.label[language],
        explanation: v.explanation[language],
        value: inputs[v.id]!,
        display: displayVariable(v, inputs[v.id]!, language),
      })),
    outcome: { id: outcome.id, label: outcome.label[language] },
    matchedRule,
    consequence: outcome.consequence[language],
    counterfactuals: replayed ? counterfactuals(ruleSet, inputs, storedOutcome, language) : [],
  };
}

/** Stored inputs that no longer fit the rule set (a variable missing or out of bounds) cannot be replayed. */
function safeEvaluate(ruleSet: AutomatedDecisionRuleSet, inputs: RuleInputs): ReturnType<typeof evaluateRuleSet> | null {
  try {
    return evaluateRuleSet(ruleSet, inputs);
  } catch (error) {
    if (error instanceof RuleSetInputError) return null;
    throw error;
  }
}

export function displayVariable(variable: Variable, value: number | boolean, language: Language): string {
  if (typeof value === 'boolean') return fill(value ? 'label.yes' : 'label.no', language);
  if (variable.unit === 'cents') return formatCents(value, language);
  if (variable.unit === 'days') return fill('label.days', language, { count: formatInteger(value, language) });
  if (variable.unit === 'points') return fill('label.points', language, { count: formatInteger(value, language) });
  return formatInteger(value, language);
}

/** The points where a condition on this variable flips: every value range between them decides alike. */
function breakpoints(conditions: readonly RuleCondition[]): number[] {
  const points = new Set<number>();
  for (const c of conditions) {
    if (typeof c.value !== 'number') continue;
    // a value v splits the line into (< v) and (>= v); "<= v" and "> v" split at v + 1; "==", "!=" at both.
    if (c.op === '<' || c.op === '>=') points.add(c.value);
    else if (c.op === '<=' || c.op === '>') points.add(c.value + 1);
    else {
      points.add(c.value);
      points.add(c.value + 1);
    }
  }
  return [...points].sort((a, b) => a - b);
}

interface Range {
  low: number | null; // null: unbounded below
  high: number | null; // null: unbounded above (inclusive bounds otherwise)
  outcome: string;
}

/**
 * For each variable, the value ranges (with everything else unchanged) that lead to another outcome,
 * said only where that is so. Integer variables are tried once per range between the rules'
 * thresholds, booleans flipped.
 */
export function counterfactuals(
  ruleSet: AutomatedDecisionRuleSet,
  inputs: RuleInputs,
  actual: string,
  language: Language,
): AutomatedDecisionEntry['counterfactuals'] {
  // Checked once here; every probe below moves one variable within its declared bounds.
  evaluateRuleSet(ruleSet, inputs);
  const out: AutomatedDecisionEntry['counterfactuals'] = [];
  const label = (id: string) => ruleSet.outcomes.find((o) => o.id === id)?.label[language] ?? id;
  for (const variable of ruleSet.variables) {
    const current = inputs[variable.id];
    if (current === undefined) continue;
    const name = variable.label[language];
    if (typeof current === 'boolean') {
      const other = decide(ruleSet, { ...inputs, [variable.id]: !current }).outcome;
      if (other !== actual) {
        out.push({
          variableId: variable.id,
          text: fill('decision.counterfactual', language, {
            variable: name,
            range: fill(!current ? 'label.yes' : 'label.no', language),
            outcome: label(other),
          }),
        });
      }
      continue;
    }
    const conditions = ruleSet.rules.flatMap((r) => r.when.filter((c) => c.variable === variable.id));
    const min = variable.min ?? null;
    const max = variable.max ?? null;
    const cuts = breakpoints(conditions).filter((p) => (min === null || p > min) && (max === null || p <= max));
    const ranges: Range[] = [];
    let low: number | null = min;
    for (const cut of [...cuts, null]) {
      const high = cut === null ? max : cut - 1;
      const probe = low ?? high ?? 0;
      const outcome = decide(ruleSet, { ...inputs, [variable.id]: probe }).outcome;
      const last = ranges.at(-1);
      if (last && last.outcome === outcome) last.high = high;
      else ranges.push({ low, high, outcome });
      low = cut;
    }
    for (const range of ranges) {
      const contains = (range.low === null || current >= range.low) && (range.high === null || current <= range.high);
      if (contains || range.outcome === actual) continue;
      out.push({
        variableId: variable.id,
        text: fill('decision.counterfactual', language, {
          variable: name,
          range: describeRange(variable, range, language),
          outcome: label(range.outcome),
        }),
      });
    }
  }
  return out;
}

function describeRange(variable: Variable, range: Range, language: Language): string {
  const show = (value: number) => displayVariable(variable, value, language);
  const atMin = range.low === null || (variable.min !== undefined && range.low <= variable.min);
  if (range.low !== null && range.high !== null && range.low === range.high)
    return fill('range.exactly', language, { value: show(range.low) });
  if (range.high === null || (variable.max !== undefined && range.high >= variable.max)) {
    if (range.low !== null && !atMin) return fill('range.atLeast', language, { value: show(range.low) });
  }
  if (atMin && range.high !== null) return fill('range.below', language, { value: show(range.high + 1) });
  if (range.low !== null && range.high !== null) return fill('range.between', language, { low: show(range.low), high: show(range.high) });
  return fill('range.atLeast', language, { value: show(range.low ?? 0) });
}
