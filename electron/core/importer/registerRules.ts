import { catalogueCodes } from '../../../shared/extract/recordFields.ts';
import type { Policy } from '../../../shared/policy/policySchema.ts';
import type { RecordTable } from '../db/recordTables.ts';
import type { ColumnRule, TableRules } from './recordRules.ts';

/**
 * A field whose valid values the processing register defines (docs/import-format.md). A record that
 * names something the register does not know would be imported and then make the person's extract
 * fail, or explain nothing (issue 13): the importer refuses it with its line and field instead.
 * `table: null` applies to every record table that has the column.
 */
interface RegisterField {
  table: RecordTable | null;
  column: string;
  rule: Pick<ColumnRule, 'values' | 'valuesFrom' | 'valuesBy'>;
}

function registerFields(register: Policy): RegisterField[] {
  const ruleSets = register.automatedDecisionRuleSets;
  return [
    // Art. 15(1)(g): the extract says where each record came from by the register's account of the source.
    { table: null, column: 'source', rule: { values: register.sources.map((s) => s.id), valuesFrom: "the processing register's sources" } },
    // Art. 15(1)(h), Art. 22: a decision is explained by replaying it with the register's rule set, to its outcome.
    {
      table: 'automated_decisions',
      column: 'rule_set',
      rule: { values: ruleSets.map((r) => r.id), valuesFrom: "the processing register's automated-decision rule sets" },
    },
    {
      table: 'automated_decisions',
      column: 'outcome',
      rule: {
        values: [],
        valuesBy: { column: 'rule_set', values: Object.fromEntries(ruleSets.map((r) => [r.id, r.outcomes.map((o) => o.id)])) },
        valuesFrom: 'the outcomes of its rule set in the processing register',
      },
    },
  ];
}

/**
 * The rules of the record tables with the register's values added, and the codes of the extract's text
 * catalogue: a field with a fixed list becomes an enum of it.
 */
export function withRegisterRules(rules: Record<RecordTable, TableRules>, register: Policy): Record<RecordTable, TableRules> {
  const fields = registerFields(register);
  const out = {} as Record<RecordTable, TableRules>;
  for (const [table, tableRules] of Object.entries(rules) as [RecordTable, TableRules][]) {
    out[table] = {
      ...tableRules,
      rules: tableRules.rules.map((rule) => {
        const field = fields.find((f) => f.column === rule.name && (f.table === null || f.table === table));
        // A code the extract puts into words from its text catalogue (a letter type, a safeguard) must be one it has words for.
        const codes = rule.kind === 'text' ? catalogueCodes(table, rule.name) : null;
        if (!field && codes)
          return { ...rule, kind: 'enum' as const, values: codes, valuesFrom: "the codes the extract's text catalogue explains" };
        if (!field) return rule;
        return field.rule.valuesBy ? { ...rule, ...field.rule } : { ...rule, ...field.rule, kind: 'enum' as const };
      }),
    };
  }
  return out;
}
