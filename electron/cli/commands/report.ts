import { dirname } from 'node:path';
import { reportToCsv, reportToTable } from '../../../shared/reports/requestReport.ts';
import { checkpointText } from '../../core/audit/auditCheckpoint.ts';
import { auditCheckpoint } from '../../core/audit/auditUseCases.ts';
import { writeCheckpointInto } from '../../core/audit/checkpointFile.ts';
import { writeFileAtomicSync } from '../../core/files/atomicWrite.ts';
import { requestReport } from '../../core/requests/useCases/index.ts';
import { dateFlag } from '../actor.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../cliTypes.ts';
import { UsageError } from '../cliTypes.ts';
import { withUseCaseDeps } from '../useCaseDeps.ts';

/**
 * `inzage report`: the register's figures per month. Every report carries the audit trail's checkpoint
 * (docs/audit-trail.md § Checkpoints): printed after the table, as `auditCheckpoint` in --json, and as
 * audit-checkpoint.json beside a --csv file, so each report handed on also anchors the log outside the database.
 */
export const reportCommand: Command = {
  name: 'report',
  summary: 'requests per month: answered, median/max days, share in time, extensions, refusals',
  usage: 'inzage report [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--csv FILE] [--json] [--db FILE]',
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      db: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      csv: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const from = dateFlag(values.from, '--from');
    const to = dateFlag(values.to, '--to');
    if (from && to && from > to) throw new UsageError(`--from ${from} lies after --to ${to}`);
    return withUseCaseDeps(values, io, { readonly: true, needsClerk: false }, async (deps) => {
      const rows = await requestReport(deps, { ...(from ? { from } : {}), ...(to ? { to } : {}) });
      if (values.csv) {
        writeFileAtomicSync(values.csv, reportToCsv(rows));
        io.err(`Wrote ${values.csv}\n`);
        io.err(`Wrote the audit checkpoint ${await writeCheckpointInto(deps, dirname(values.csv))}\n`);
      }
      const checkpoint = await auditCheckpoint(deps);
      if (values.json) io.out(`${JSON.stringify({ report: rows, auditCheckpoint: checkpoint }, null, 2)}\n`);
      else
        io.out(
          `${reportToTable(rows)}\nAudit checkpoint (keep it as a file; check the log with: inzage audit verify --checkpoint FILE):\n` +
            checkpointText(checkpoint),
        );
      return 0;
    });
  },
};
