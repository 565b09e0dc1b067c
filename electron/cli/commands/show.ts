import { countRecords, subjectRecordsLoader } from '../../core/records/loadSubjectRecords.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../cliTypes.ts';
import { UsageError } from '../cliTypes.ts';
import { openCommandDatabase } from '../database.ts';

export const showCommand: Command = {
  name: 'show',
  summary: 'print every record held on one data subject',
  usage: 'inzage show SUBJECT_ID [--db FILE] [--json]',
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { db: { type: 'string' }, json: { type: 'boolean' } });
    if (positionals.length !== 1) throw new UsageError('give exactly one SUBJECT_ID');
    const db = openCommandDatabase(values.db, io, { readonly: true });
    try {
      const records = subjectRecordsLoader(db)(positionals[0]!);
      if (values.json) {
        io.out(`${JSON.stringify(records, null, 2)}\n`);
        return 0;
      }
      io.out(`Subject ${records.subjectId}: ${countRecords(records)} records\n`);
      for (const [table, rows] of Object.entries(records.records)) {
        io.out(`\n${table} (${rows.length})\n`);
        for (const row of rows) {
          io.out(`  ${Object.entries(row).filter(([, v]) => v !== null).map(([k, v]) => `${k}=${v}`).join('  ')}\n`);
        }
      }
      return 0;
    } finally {
      db.close();
    }
  },
};
