import { statSync } from 'node:fs';
import { schemaVersion } from '../../core/db/migrate.ts';
import { recordTableNames } from '../../core/db/recordTables.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../cliTypes.ts';
import { UsageError } from '../cliTypes.ts';
import { openCommandDatabase } from '../database.ts';

export const statsCommand: Command = {
  name: 'stats',
  summary: 'count the records per table',
  usage: 'inzage stats [--db FILE] [--json]',
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { db: { type: 'string' }, json: { type: 'boolean' } });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const db = openCommandDatabase(values.db, io, { readonly: true });
    try {
      const tables = Object.fromEntries(
        recordTableNames.map((table) => [table, (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n]),
      );
      const meta = Object.fromEntries(
        (db.prepare('SELECT key, value FROM meta WHERE key != ?').all('demo.landmarks') as { key: string; value: string }[]).map((r) => [
          r.key,
          r.value,
        ]),
      );
      const stats = { file: db.name, schemaVersion: schemaVersion(db), bytes: statSync(db.name).size, meta, tables };
      if (values.json) {
        io.out(`${JSON.stringify(stats, null, 2)}\n`);
        return 0;
      }
      io.out(`${stats.file}\nschema version ${stats.schemaVersion}, ${(stats.bytes / 1e6).toFixed(1)} MB\n`);
      for (const [key, value] of Object.entries(meta)) io.out(`${key}: ${value}\n`);
      const width = Math.max(...recordTableNames.map((t) => t.length));
      for (const [table, n] of Object.entries(tables)) io.out(`${table.padEnd(width)}  ${n.toLocaleString('en').padStart(12)}\n`);
      return 0;
    } finally {
      db.close();
    }
  },
};
