import { describe, expect, it } from 'vitest';
import { migratePostgres } from '../../../../../electron/core/db/postgres/postgresMigrate.ts';
import { openPostgresPool } from '../../../../../electron/core/db/postgres/postgresPool.ts';
import { recordTableNames, recordTables } from '../../../../../electron/core/db/recordTables.ts';
import { schemaRecordRules } from '../../../../../electron/core/importer/schemaRecordRules.ts';
import { usePostgresDatabases } from '../../../../helpers/testPostgres.ts';

interface ServerColumn {
  table_name: string;
  column_name: string;
  data_type: string;
  is_nullable: 'YES' | 'NO';
  column_default: string | null;
  collation_name: string | null;
}

/**
 * PostgreSQL migration 001 is the case-record schema the importer's rules come from (SQLite's
 * migrations, schemaRecordRules.ts): every record table with the columns of recordTables.ts in that
 * order, NOT NULL where a record must carry the field, the same defaults, dates as `date`, whole
 * numbers as `bigint`, text in byte order; and the server's references are the rules' references.
 */
describe('PostgreSQL migration 001 (case records)', () => {
  const database = usePostgresDatabases();

  it('mirrors the rules of the case-record schema column for column', async () => {
    const url = await database();
    const pool = openPostgresPool(url);
    try {
      await migratePostgres(pool, url, { target: 1 });
      const { rows } = await pool.query<ServerColumn>(
        'SELECT table_name, column_name, data_type, is_nullable, column_default, collation_name FROM information_schema.columns ' +
          "WHERE table_schema = 'public' ORDER BY table_name, ordinal_position",
      );
      const rules = schemaRecordRules();
      for (const table of recordTableNames) {
        const columns = rows.filter((r) => r.table_name === table);
        expect(
          columns.map((c) => c.column_name),
          table,
        ).toEqual([...recordTables[table]]);
        for (const column of columns) {
          const rule = rules[table].rules.find((r) => r.name === column.column_name)!;
          const what = `${table}.${column.column_name}`;
          const expectedType = rule.kind === 'integer' || rule.kind === 'number-enum' ? 'bigint' : rule.kind === 'date' ? 'date' : 'text';
          expect(column.data_type, what).toBe(expectedType);
          if (expectedType === 'text') expect(column.collation_name, what).toBe('C');
          expect(column.is_nullable === 'NO', what).toBe(rule.presence !== 'nullish' || column.column_name === 'id');
          const fallback = rules[table].defaults[column.column_name];
          if (fallback === undefined) expect(column.column_default, what).toBeNull();
          else expect(column.column_default, what).toMatch(new RegExp(`^'?${String(fallback)}'?(::text)?$`));
        }
        const references = await pool.query<{ column: string; parent: string }>(
          'SELECT a.attname AS column, c.confrelid::regclass::text AS parent FROM pg_constraint c ' +
            'JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] ' +
            "WHERE c.contype = 'f' AND c.conrelid = $1::regclass ORDER BY a.attname",
          [table],
        );
        expect(references.rows.map((r) => `${r.column}->${r.parent}`).sort(), table).toEqual(
          rules[table].references.map((r) => `${r.column}->${r.table}`).sort(),
        );
      }
      expect(rows.filter((r) => r.table_name === 'meta').map((r) => r.column_name)).toEqual(['key', 'value']);
    } finally {
      await pool.end();
    }
  });
});
