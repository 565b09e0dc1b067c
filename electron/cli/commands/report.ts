import { reportToCsv, reportToTable } from '../../../shared/reports/requestReport.ts';
import { writeFileAtomicSync } from '../../core/files/atomicWrite.ts';
import { requestReport } from '../../core/requests/useCases/index.ts';
import { dateFlag } from '../actor.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../cliTypes.ts';
import { UsageError } from '../cliTypes.ts';
import { withUseCaseDeps } from '../useCaseDeps.ts';

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
      }
      io.out(values.json ? `${JSON.stringify(rows, null, 2)}\n` : reportToTable(rows));
      return 0;
    });
  },
};
