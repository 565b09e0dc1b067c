import { showSubjectRecords } from '../../core/records/recordUseCases.ts';
import { DomainError } from '../../../shared/errors/domainError.ts';
import { parseCommandArgs } from '../args.ts';
import { cliDeps } from '../cliDeps.ts';
import type { Command } from '../cliTypes.ts';
import { UsageError } from '../cliTypes.ts';
import { openCommandStore } from '../database.ts';

export const showCommand: Command = {
  name: 'show',
  summary: 'print every record held on one data subject (logged in the audit trail)',
  usage: 'inzage show SUBJECT_ID [--request REF] [--clerk NAME] [--db FILE] [--json]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      db: { type: 'string' },
      json: { type: 'boolean' },
      request: { type: 'string' },
      clerk: { type: 'string' },
    });
    if (positionals.length !== 1) throw new UsageError('give exactly one SUBJECT_ID');
    // Writable: opening a person's records is processing and is logged (domain.md §8, Art. 5(2)).
    const store = await openCommandStore(values.db, io);
    try {
      const deps = cliDeps(store, io, { clerk: values.clerk });
      if (values.request !== undefined && !(await store.requests.find(values.request)))
        throw new DomainError('request.not-found', { reference: values.request });
      const { records, recordCount } = await showSubjectRecords(deps, {
        subjectId: positionals[0]!,
        ...(values.request !== undefined ? { requestRef: values.request } : {}),
      });
      if (values.json) {
        io.out(`${JSON.stringify(records, null, 2)}\n`);
        return 0;
      }
      io.out(`Subject ${records.subjectId}: ${recordCount} records\n`);
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
      await store.close();
    }
  },
};
