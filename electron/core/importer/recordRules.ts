import { daysInMonth } from '../../../shared/dates/isoDate.ts';
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

/**
 * How one column is checked, as plain data (so it crosses to the parser worker); the zod schema
 * (recordSchemas.ts, for the messages) and the fast `bind` are both built from it.
 */
export interface ColumnRule {
  name: string;
  kind: 'enum' | 'number-enum' | 'integer' | 'date' | 'id' | 'json' | 'text';
  /** The allowed values of an enum column. */
  values: (string | number)[];
  /** Where an enum's values come from when not from a CHECK (the processing register): said in the refusal. */
  valuesFrom?: string;
  /**
   * Allowed values that depend on another column of the same record (a decision's outcome must be one
   * of the outcomes of the rule set it names): per value of `column`, the values allowed here.
   */
  valuesBy?: { column: string; values: Record<string, string[]> };
  /** required: must be present and not null; optional: may be absent, not null; nullish: may be absent or null. */
  presence: 'required' | 'optional' | 'nullish';
  fallback: CellValue;
}

export interface TableRules {
  table: RecordTable;
  columns: readonly string[];
  /** Every column of the table, in the table's own order (zod reports the first problem in this order). */
  rules: ColumnRule[];
  /** Column defaults of the table (country 'NL', interest 0, …) for fields a record leaves out. */
  defaults: Record<string, string | number>;
  references: Reference[];
}

/** Columns that hold calendar dates by the schema's naming convention (001_caseRecords.ts). */
export function isDateColumn(column: string): boolean {
  return /(_on|_date|^valid_from|^valid_to|^financial_year_end)$/.test(column);
}

/**
 * An id names a record (a redaction, a reference, a file name): it must hold a visible character.
 * Empty or whitespace-only ids are refused (issue 13). The first character decides almost always.
 */
export function isVisibleId(value: unknown): boolean {
  if (typeof value !== 'string' || value.length === 0) return false;
  const first = value.charCodeAt(0);
  return (first > 32 && first < 127) || value.trim() !== '';
}

/**
 * A `*_json` field holds a JSON object as text (docs/import-format.md): the extract parses it (an
 * automated decision's inputs, Art. 15(1)(h)) and would fail on anything else (issue 13).
 */
export function isJsonObjectText(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
  } catch {
    return false;
  }
}

/** isIsoDate without the regex and array allocations (a million dates per large import). */
export function isCalendarDate(value: unknown): boolean {
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

function acceptor(rule: ColumnRule): (value: unknown) => boolean {
  const values = rule.values;
  switch (rule.kind) {
    case 'enum':
      return (v) => typeof v === 'string' && values.includes(v);
    case 'number-enum':
      return (v) => typeof v === 'number' && Number.isFinite(v) && values.includes(v);
    case 'integer':
      return (v) => Number.isSafeInteger(v);
    case 'date':
      return isCalendarDate;
    case 'id':
      return isVisibleId;
    case 'json':
      return isJsonObjectText;
    case 'text':
      return (v) => typeof v === 'string';
  }
}

/**
 * The fast check of a table: the record's values in column order (defaults and nulls filled in)
 * when the record certainly passes the table's zod schema, otherwise null. It never accepts what
 * zod refuses (recordSchemas.test.ts); on null the importer asks zod, for its verdict and its message.
 */
export function recordBinder(table: TableRules): (record: Record<string, unknown>) => CellValue[] | null {
  const rules = table.columns.map((c) => table.rules.find((rule) => rule.name === c)!);
  const accepts = rules.map(acceptor);
  // Values allowed per value of another column: [this column's index, the other's index, the allowed values].
  const dependent = rules.flatMap((rule, i) =>
    rule.valuesBy ? [[i, table.columns.indexOf(rule.valuesBy.column), rule.valuesBy.values] as const] : [],
  );
  const dependentOk = (values: CellValue[]): boolean => {
    for (const [at, on, allowed] of dependent) {
      const value = values[at];
      if (value === null) continue;
      const choices = Object.hasOwn(allowed, String(values[on])) ? allowed[String(values[on])]! : [];
      if (!choices.includes(value as string)) return false;
    }
    return true;
  };
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
      } else if (accepts[i]!(value)) values[i] = value as CellValue;
      else return null;
    }
    // A field that is no column (strictObject refuses it): let zod name it. (Object.keys counts the
    // record's own enumerable fields, as a for-in with hasOwn did, without walking its prototype.)
    if (Object.keys(record).length !== present) return null;
    return dependent.length === 0 || dependentOk(values) ? values : null;
  };
}

/** The allowed values of `column` from its CHECK (column IN (...)) in the table's CREATE statement. */
function enumValues(createSql: string, column: string): (string | number)[] | null {
  const match = new RegExp(`\\n\\s*${column}\\s[^\\n]*CHECK \\(${column} IN \\(([^)]*)\\)\\)`).exec(createSql);
  if (!match) return null;
  return match[1]!
    .split(',')
    .map((v) => v.trim())
    .map((v) => (v.startsWith("'") ? v.slice(1, -1) : Number(v)));
}

/**
 * The rules of every record table, derived from the live schema so they cannot drift from it:
 * types and NOT NULL from PRAGMA table_info, defaults, enums from the CHECK constraints, dates and
 * `*_json` by column name, references from PRAGMA foreign_key_list (ids and references must not be
 * blank). Rules across columns (a closed case has a closing date; Art. 9(2)(a) needs consent) stay
 * with SQLite's table CHECKs. The values the processing register defines (sources, decision rule
 * sets and outcomes) are added to these by registerRules.ts.
 */
export function recordRules(db: Db): Record<RecordTable, TableRules> {
  const tables = {} as Record<RecordTable, TableRules>;
  for (const table of recordTableNames) {
    // CHECK lists may wrap over lines ("'bailiff',\n    'foreign-agency'"): join those lines first.
    const createSql = (db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?").pluck().get(table) as string).replace(
      /,\s*\n\s+'/g,
      ", '",
    );
    const info = db.prepare(`PRAGMA table_info(${table})`).all() as {
      name: string;
      type: string;
      notnull: number;
      dflt_value: string | null;
      pk: number;
    }[];
    const foreignKeys = db.prepare(`PRAGMA foreign_key_list(${table})`).all() as { table: string; from: string }[];
    // A reference names a record by its id: the same rule as the id itself.
    const referencing = new Set(foreignKeys.map((fk) => fk.from));
    const defaults: Record<string, string | number> = {};
    const rules: ColumnRule[] = [];
    for (const column of info) {
      const values = enumValues(createSql, column.name);
      let kind: ColumnRule['kind'];
      if (values && values.every((v) => typeof v === 'string')) kind = 'enum';
      else if (values) kind = 'number-enum';
      else if (column.type === 'INTEGER') kind = 'integer';
      else if (isDateColumn(column.name)) kind = 'date';
      else if (column.pk || referencing.has(column.name)) kind = 'id';
      else if (column.name.endsWith('_json')) kind = 'json';
      else kind = 'text';
      let presence: ColumnRule['presence'] = 'required';
      if (column.dflt_value !== null) {
        defaults[column.name] = column.dflt_value.startsWith("'") ? column.dflt_value.slice(1, -1) : Number(column.dflt_value);
        presence = column.notnull ? 'optional' : 'nullish';
      } else if (!column.notnull && !column.pk) presence = 'nullish';
      rules.push({ name: column.name, kind, values: values ?? [], presence, fallback: defaults[column.name] ?? null });
    }
    const columns = recordTables[table];
    const references = foreignKeys.map((fk) => ({
      column: fk.from,
      index: (columns as readonly string[]).indexOf(fk.from),
      table: fk.table as RecordTable,
    }));
    tables[table] = { table, columns, rules, defaults, references };
  }
  return tables;
}
