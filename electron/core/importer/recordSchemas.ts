import { z } from 'zod';
import { isIsoDate } from '../../../shared/dates/isoDate.ts';
import type { Db } from '../db/openDatabase.ts';
import type { CellValue, RecordTable } from '../db/recordTables.ts';
import type { Policy } from '../../../shared/policy/policySchema.ts';
import type { ColumnRule, Reference, TableRules } from './recordRules.ts';
import { isJsonObjectText, isVisibleId, recordBinder, recordRules } from './recordRules.ts';
import { withRegisterRules } from './registerRules.ts';

export type { Reference } from './recordRules.ts';
export { isDateColumn } from './recordRules.ts';

export interface TableSchema {
  table: RecordTable;
  columns: readonly string[];
  /** Validates one record; absent optional fields stay absent (see `defaults`). */
  schema: z.ZodType<Record<string, string | number | null | undefined>>;
  /** Column defaults of the table (country 'NL', interest 0, …) for fields a record leaves out. */
  defaults: Record<string, string | number>;
  references: Reference[];
  /**
   * The fast path of `schema`: the record's values in column order (defaults and nulls filled in)
   * when the record certainly passes `schema`, otherwise null. It never accepts what `schema`
   * refuses; on null the importer runs `schema` itself, for its verdict and its error message.
   */
  bind: (record: Record<string, unknown>) => CellValue[] | null;
}

const isoDate = z.string().refine(isIsoDate, { message: 'must be a calendar date written YYYY-MM-DD' });

function columnType(rule: ColumnRule): z.ZodType {
  const values = rule.values;
  let type: z.ZodType;
  switch (rule.kind) {
    case 'enum':
      type = rule.valuesFrom
        ? z.enum(values as [string, ...string[]], { error: `must be one of ${rule.valuesFrom}` })
        : z.enum(values as [string, ...string[]]);
      break;
    case 'number-enum':
      type = z.number().refine((v) => values.includes(v), { message: `must be one of ${values.join(', ')}` });
      break;
    case 'integer':
      type = z.number().int();
      break;
    case 'date':
      type = isoDate;
      break;
    case 'id':
      type = z.string().refine(isVisibleId, { message: 'must not be empty or only spaces' });
      break;
    case 'json':
      type = z.string().refine(isJsonObjectText, { message: 'must be text holding a JSON object' });
      break;
    case 'text':
      type = z.string();
      break;
  }
  // No transforms here: they cost three times the validation itself on a million-line file
  // (measured); the importer fills defaults and nulls from `defaults` when it binds the row.
  if (rule.presence === 'optional') return type.optional();
  if (rule.presence === 'nullish') return type.nullish();
  return type;
}

/** The zod schema of one table's records (strict: an unknown field is refused and named). */
export function tableSchema(rules: TableRules): TableSchema {
  const shape = Object.fromEntries(rules.rules.map((rule) => [rule.name, columnType(rule)]));
  const dependent = rules.rules.filter((rule) => rule.valuesBy);
  // Runs only once every field passed on its own (zod skips refinements after an issue), as bind does.
  const schema = z.strictObject(shape).superRefine((record, ctx) => {
    for (const rule of dependent) {
      const { column, values } = rule.valuesBy!;
      const value = record[rule.name];
      if (value === null || value === undefined) continue;
      const on = String(record[column]);
      if (!(Object.hasOwn(values, on) && values[on]!.includes(value as string)))
        ctx.addIssue({
          code: 'custom',
          path: [rule.name],
          input: value,
          message: `must be one of ${rule.valuesFrom ?? `the values for ${column}`}`,
        });
    }
  });
  return {
    table: rules.table,
    columns: rules.columns,
    schema: schema as unknown as TableSchema['schema'],
    defaults: rules.defaults,
    references: rules.references,
    bind: recordBinder(rules),
  };
}

/**
 * Zod schemas for every record table, built from the rules derived from the live schema (recordRules.ts)
 * and, when given, the values the processing register defines (registerRules.ts).
 */
export function recordSchemas(db: Db, register?: Policy): Record<RecordTable, TableSchema> {
  const rules = register ? withRegisterRules(recordRules(db), register) : recordRules(db);
  return Object.fromEntries(Object.entries(rules).map(([table, r]) => [table, tableSchema(r)])) as Record<RecordTable, TableSchema>;
}
