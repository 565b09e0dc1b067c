import { recordTableNames } from '../../core/db/recordTables.ts';
import { databaseStats } from '../../core/records/recordUseCases.ts';
import { parseCommandArgs } from '../args.ts';
import { cliDeps } from '../cliDeps.ts';
import type { Command } from '../cliTypes.ts';
import { UsageError } from '../cliTypes.ts';
import { openCommandStore } from '../database.ts';

export const statsCommand: Command = {
  name: 'stats',
  summary: 'count the records per table',
  usage: 'inzage stats [--db FILE] [--json]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { db: { type: 'string' }, json: { type: 'boolean' } });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const store = await openCommandStore(values.db, io, { readonly: true });
    try {
      const { location, schemaVersion, bytes, meta, tables } = await databaseStats(cliDeps(store, io, { needsClerk: false }));
      const stats = { file: location, schemaVersion, bytes, meta, tables };
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
      await store.close();
    }
  },
};
