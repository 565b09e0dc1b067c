import { appendAudit } from '../../core/audit/auditLog.ts';
import { countRecords, subjectRecordsLoader } from '../../core/records/loadSubjectRecords.ts';
import { getRequest } from '../../core/requests/requestRepository.ts';
import { resolveClerk } from '../actor.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../cliTypes.ts';
import { UsageError } from '../cliTypes.ts';
import { openCommandDatabase } from '../database.ts';

export const showCommand: Command = {
  name: 'show',
  summary: 'print every record held on one data subject (logged in the audit trail)',
  usage: 'inzage show SUBJECT_ID [--request REF] [--clerk NAME] [--db FILE] [--json]',
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      db: { type: 'string' },
      json: { type: 'boolean' },
      request: { type: 'string' },
      clerk: { type: 'string' },
    });
    if (positionals.length !== 1) throw new UsageError('give exactly one SUBJECT_ID');
    const clerk = resolveClerk(values.clerk, io.env);
    // Writable: opening a person's records is processing and is logged (domain.md §8, Art. 5(2)).
    const db = openCommandDatabase(values.db, io);
    try {
      if (values.request !== undefined) getRequest(db, values.request);
      const records = subjectRecordsLoader(db)(positionals[0]!);
      appendAudit(
        db,
        {
          actor: clerk,
          action: 'subject.open',
          subjectId: records.subjectId,
          ...(values.request !== undefined ? { requestRef: values.request } : {}),
          details: { records: countRecords(records), via: 'cli' },
        },
        new Date(),
      );
      if (values.json) {
        io.out(`${JSON.stringify(records, null, 2)}\n`);
        return 0;
      }
      io.out(`Subject ${records.subjectId}: ${countRecords(records)} records\n`);
      for (const [table, rows] of Object.entries(records.records)) {
        io.out(`\n${table} (${rows.length})\n`);
        for (const row of rows) {
          io.out(
            `  ${Object.entries(row)
              .filter(([, v]) => v !== null)
              .map(([k, v]) => `${k}=${v}`)
              .join('  ')}\n`,
          );
        }
      }
      return 0;
    } finally {
      db.close();
    }
  },
};
