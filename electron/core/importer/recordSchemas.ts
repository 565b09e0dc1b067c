import { z } from 'zod';
import { isIsoDate } from '../../../shared/dates/isoDate.ts';
import type { Db } from '../db/openDatabase.ts';
import type { RecordTable } from '../db/recordTables.ts';
import { recordTableNames, recordTables } from '../db/recordTables.ts';

/** A column that points at another record table's id; checked against the file and the database. */
export interface Reference {
  column: string;
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
}

/** Columns that hold calendar dates by the schema's naming convention (001_caseRecords.ts). */
export function isDateColumn(column: string): boolean {
  return /(_on|_date|^valid_from|^valid_to|^financial_year_end)$/.test(column);
}

const isoDate = z.string().refine(isIsoDate, { message: 'must be a calendar date written YYYY-MM-DD' });

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
    for (const column of info) {
      const values = enumValues(createSql, column.name);
      let type: z.ZodType;
      if (values && values.every((v) => typeof v === 'string')) type = z.enum(values as [string, ...string[]]);
      else if (values) type = z.number().refine((v) => values.includes(v), { message: `must be one of ${values.join(', ')}` });
      else if (column.type === 'INTEGER') type = z.number().int();
      else if (isDateColumn(column.name)) type = isoDate;
      else type = column.pk ? z.string().min(1) : z.string();
      // No transforms here: they cost three times the validation itself on a million-line file
      // (measured); the importer fills defaults and nulls from `defaults` when it binds the row.
      if (column.dflt_value !== null) {
        defaults[column.name] = column.dflt_value.startsWith("'") ? column.dflt_value.slice(1, -1) : Number(column.dflt_value);
        type = column.notnull ? type.optional() : type.nullish();
      } else if (!column.notnull && !column.pk) type = type.nullish();
      shape[column.name] = type;
    }
    const references = (db.prepare(`PRAGMA foreign_key_list(${table})`).all() as { table: string; from: string }[])
      .map((fk) => ({ column: fk.from, table: fk.table as RecordTable }));
    schemas[table] = { table, columns: recordTables[table], schema: z.strictObject(shape) as unknown as TableSchema['schema'], defaults, references };
  }
  return schemas;
}
