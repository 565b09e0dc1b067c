import { z } from 'zod';
import { daysInMonth, isIsoDate } from '../../../shared/dates/isoDate.ts';
import type { Db } from '../db/openDatabase.ts';
import type { CellValue, RecordTable } from '../db/recordTables.ts';
import { recordTableNames, recordTables } from '../db/recordTables.ts';

/** A column that points at another record table's id; checked against the file and the database. */
export interface Reference {
  column: string;
  /** Position of `column` in the table's columns (recordTables), i.e. in a bound row. */
  index: number;
  table: RecordTable;
}

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

/** How one column is checked; `schema` (zod, for the messages) and `bind` (fast) are both built from it. */
interface ColumnRule {
  name: string;
  accepts: (value: unknown) => boolean;
  /** required: must be present and not null; optional: may be absent, not null; nullish: may be absent or null. */
  presence: 'required' | 'optional' | 'nullish';
  fallback: CellValue;
}

/** Columns that hold calendar dates by the schema's naming convention (001_caseRecords.ts). */
export function isDateColumn(column: string): boolean {
  return /(_on|_date|^valid_from|^valid_to|^financial_year_end)$/.test(column);
}

const isoDate = z.string().refine(isIsoDate, { message: 'must be a calendar date written YYYY-MM-DD' });

/** isIsoDate without the regex and array allocations (a million dates per large import). */
function isCalendarDate(value: unknown): boolean {
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  let year = 0;
  let month = 0;
  let day = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const digit = value.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return false;
    if (i < 4) year = year * 10 + digit;
    else if (i < 7) month = month * 10 + digit;
    else day = day * 10 + digit;
  }
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Binds a record by its column rules; null as soon as anything is not certainly valid. */
function binder(rules: readonly ColumnRule[]): TableSchema['bind'] {
  return (record) => {
    if (Array.isArray(record)) return null;
    const values: CellValue[] = new Array<CellValue>(rules.length);
    let present = 0;
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i]!;
      const value = record[rule.name];
      if (value === undefined) {
        if (rule.presence === 'required') return null;
        values[i] = rule.fallback;
        continue;
      }
      present++;
      if (value === null) {
        if (rule.presence !== 'nullish') return null;
        values[i] = rule.fallback;
      } else if (rule.accepts(value)) values[i] = value as CellValue;
      else return null;
    }
    // A field that is no column (strictObject refuses it): let zod name it.
    let fields = 0;
    for (const key in record) if (Object.hasOwn(record, key)) fields++;
    return fields === present ? values : null;
  };
}

/** The allowed values of `column` from its CHECK (column IN (...)) in the table's CREATE statement. */
function enumValues(createSql: string, column: string): (string | number)[] | null {
  const match = new RegExp(`\\n\\s*${column}\\s[^\\n]*CHECK \\(${column} IN \\(([^)]*)\\)\\)`).exec(createSql);
  if (!match) return null;
  return match[1]!.split(',').map((v) => v.trim()).map((v) => (v.startsWith("'") ? v.slice(1, -1) : Number(v)));
}

/**
 * Zod schemas for every record table, derived from the live schema so they cannot drift from it:
 * types and NOT NULL from PRAGMA table_info, defaults, enums from the CHECK constraints, dates by
 * column name, references from PRAGMA foreign_key_list. Rules across columns (a closed case has a
 * closing date; Art. 9(2)(a) needs consent) stay with SQLite's table CHECKs.
 */
export function recordSchemas(db: Db): Record<RecordTable, TableSchema> {
  const schemas = {} as Record<RecordTable, TableSchema>;
  for (const table of recordTableNames) {
    // CHECK lists may wrap over lines ("'bailiff',\n    'foreign-agency'"): join those lines first.
    const createSql = (db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?").pluck().get(table) as string).replace(/,\s*\n\s+'/g, ", '");
    const info = db.prepare(`PRAGMA table_info(${table})`).all() as { name: string; type: string; notnull: number; dflt_value: string | null; pk: number }[];
    const shape: Record<string, z.ZodType> = {};
    const defaults: Record<string, string | number> = {};
    const rules = new Map<string, ColumnRule>();
    for (const column of info) {
      const values = enumValues(createSql, column.name);
      let type: z.ZodType;
      let accepts: ColumnRule['accepts'];
      if (values && values.every((v) => typeof v === 'string')) {
        type = z.enum(values as [string, ...string[]]);
        accepts = (v) => typeof v === 'string' && values.includes(v);
      } else if (values) {
        type = z.number().refine((v) => values.includes(v), { message: `must be one of ${values.join(', ')}` });
        accepts = (v) => typeof v === 'number' && Number.isFinite(v) && values.includes(v);
      } else if (column.type === 'INTEGER') {
        type = z.number().int();
        accepts = (v) => Number.isSafeInteger(v);
      } else if (isDateColumn(column.name)) {
        type = isoDate;
        accepts = isCalendarDate;
      } else if (column.pk) {
        type = z.string().min(1);
        accepts = (v) => typeof v === 'string' && v.length > 0;
      } else {
        type = z.string();
        accepts = (v) => typeof v === 'string';
      }
      // No transforms here: they cost three times the validation itself on a million-line file
      // (measured); the importer fills defaults and nulls from `defaults` when it binds the row.
      let presence: ColumnRule['presence'] = 'required';
      if (column.dflt_value !== null) {
        defaults[column.name] = column.dflt_value.startsWith("'") ? column.dflt_value.slice(1, -1) : Number(column.dflt_value);
        presence = column.notnull ? 'optional' : 'nullish';
        type = column.notnull ? type.optional() : type.nullish();
      } else if (!column.notnull && !column.pk) {
        presence = 'nullish';
        type = type.nullish();
      }
      shape[column.name] = type;
      rules.set(column.name, { name: column.name, accepts, presence, fallback: defaults[column.name] ?? null });
    }
    const columns = recordTables[table];
    const references = (db.prepare(`PRAGMA foreign_key_list(${table})`).all() as { table: string; from: string }[])
      .map((fk) => ({ column: fk.from, index: (columns as readonly string[]).indexOf(fk.from), table: fk.table as RecordTable }));
    const bind = binder(columns.map((c) => rules.get(c)!));
    schemas[table] = { table, columns, schema: z.strictObject(shape) as unknown as TableSchema['schema'], defaults, references, bind };
  }
  return schemas;
}
