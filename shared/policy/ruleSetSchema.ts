import { z } from 'zod';
import { idSchema, localizedTextSchema } from './common.ts';

/**
 * An automated decision rule set (Art. 22 GDPR). Art. 15(1)(h) requires "meaningful information about
 * the logic involved, as well as the significance and the envisaged consequences": the rules are kept
 * machine-readable so that code can evaluate them for one person's inputs and show which rule decided,
 * and how a different value would have changed the outcome. The first matching rule wins.
 */

const variableIdSchema = z.string().regex(/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/, 'expected a snake_case variable name');

export const ruleVariableSchema = z.strictObject({
  id: variableIdSchema,
  type: z.enum(['integer', 'boolean']),
  unit: z.enum(['cents', 'days', 'points']).optional(),
  /** Inclusive bounds a valid input lies within (integer variables only). */
  min: z.int().optional(),
  max: z.int().optional(),
  label: localizedTextSchema,
  explanation: localizedTextSchema,
});

export const COMPARISON_OPERATORS = ['<', '<=', '>', '>=', '==', '!='] as const;

export const ruleConditionSchema = z.strictObject({
  variable: variableIdSchema,
  op: z.enum(COMPARISON_OPERATORS),
  value: z.union([z.number(), z.boolean()]),
});

export const ruleOutcomeSchema = z.strictObject({
  id: idSchema,
  label: localizedTextSchema,
  /** What the outcome leads to for the person (Art. 15(1)(h): envisaged consequences). */
  consequence: localizedTextSchema,
});

export const ruleSchema = z.strictObject({
  /** All conditions must hold. */
  when: z.array(ruleConditionSchema).min(1),
  outcome: idSchema,
  explanation: localizedTextSchema,
});

/**
 * Art. 22: a decision based solely on automated processing that produces legal or similarly
 * significant effects is allowed only under one of the exceptions of Art. 22(2): (a) necessary for a
 * contract between the person and the controller, (b) authorised by Union or Member State law,
 * (c) explicit consent. Each rule set names its exception, or says why Art. 22 does not apply (for
 * instance because a person decides on every outcome); the extract states it with the decision.
 */
export const article22Schema = z.discriminatedUnion('applies', [
  z.strictObject({
    applies: z.literal(true),
    exception: z.enum(['a', 'b', 'c']),
    /** Why the exception holds here, for the person and the privacy officer. */
    explanation: localizedTextSchema,
  }),
  z.strictObject({
    applies: z.literal(false),
    /** Why Art. 22(1) does not apply (no decision solely automated, or no legal or similarly significant effect). */
    explanation: localizedTextSchema,
  }),
]);

export const automatedDecisionRuleSetSchema = z
  .strictObject({
    id: idSchema,
    version: z.string().regex(/^\d+(?:\.\d+)*$/, 'expected a version such as "3.1"'),
    label: localizedTextSchema,
    /** Plain-language account of the rules, for a reader without the machine form. */
    logic: localizedTextSchema,
    significance: localizedTextSchema,
    article22: article22Schema,
    variables: z.array(ruleVariableSchema).min(1),
    outcomes: z.array(ruleOutcomeSchema).min(1),
    rules: z.array(ruleSchema),
    defaultOutcome: idSchema,
  })
  .superRefine((ruleSet, ctx) => {
    const variables = new Map<string, z.infer<typeof ruleVariableSchema>>();
    ruleSet.variables.forEach((variable, i) => {
      if (variables.has(variable.id)) {
        ctx.addIssue({ code: 'custom', path: ['variables', i, 'id'], message: `duplicate variable "${variable.id}"` });
      }
      variables.set(variable.id, variable);
      if (variable.type === 'boolean' && (variable.unit || variable.min !== undefined || variable.max !== undefined)) {
        ctx.addIssue({ code: 'custom', path: ['variables', i, 'type'], message: 'a boolean variable has no unit or bounds' });
      }
      if (variable.min !== undefined && variable.max !== undefined && variable.min > variable.max) {
        ctx.addIssue({ code: 'custom', path: ['variables', i, 'max'], message: 'max is below min' });
      }
    });

    const outcomes = new Set<string>();
    ruleSet.outcomes.forEach((outcome, i) => {
      if (outcomes.has(outcome.id)) {
        ctx.addIssue({ code: 'custom', path: ['outcomes', i, 'id'], message: `duplicate outcome "${outcome.id}"` });
      }
      outcomes.add(outcome.id);
    });

    ruleSet.rules.forEach((rule, r) => {
      if (!outcomes.has(rule.outcome)) {
        ctx.addIssue({ code: 'custom', path: ['rules', r, 'outcome'], message: `unknown outcome "${rule.outcome}"` });
      }
      rule.when.forEach((condition, c) => {
        const variable = variables.get(condition.variable);
        const at = ['rules', r, 'when', c];
        if (!variable) {
          ctx.addIssue({ code: 'custom', path: [...at, 'variable'], message: `unknown variable "${condition.variable}"` });
        } else if (variable.type === 'boolean') {
          if (typeof condition.value !== 'boolean') {
            ctx.addIssue({
              code: 'custom',
              path: [...at, 'value'],
              message: `"${variable.id}" is a boolean: compare it with true or false`,
            });
          }
          if (condition.op !== '==' && condition.op !== '!=') {
            ctx.addIssue({ code: 'custom', path: [...at, 'op'], message: `"${variable.id}" is a boolean: only == and != apply` });
          }
        } else if (typeof condition.value !== 'number' || !Number.isInteger(condition.value)) {
          ctx.addIssue({
            code: 'custom',
            path: [...at, 'value'],
            message: `"${variable.id}" is an integer: compare it with a whole number`,
          });
        }
      });
    });

    if (!outcomes.has(ruleSet.defaultOutcome)) {
      ctx.addIssue({ code: 'custom', path: ['defaultOutcome'], message: `unknown outcome "${ruleSet.defaultOutcome}"` });
    }
  });

export type RuleVariable = z.infer<typeof ruleVariableSchema>;
export type ComparisonOperator = (typeof COMPARISON_OPERATORS)[number];
export type RuleCondition = z.infer<typeof ruleConditionSchema>;
export type RuleOutcome = z.infer<typeof ruleOutcomeSchema>;
export type Rule = z.infer<typeof ruleSchema>;
export type Article22 = z.infer<typeof article22Schema>;
export type AutomatedDecisionRuleSet = z.infer<typeof automatedDecisionRuleSetSchema>;
