import { listOverdueRecords } from '../../core/retention/retentionUseCases.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../cliTypes.ts';
import { UsageError } from '../cliTypes.ts';
import { openCommandStore } from '../database.ts';
import { dateFlag } from '../actor.ts';
import { cliDeps } from '../cliDeps.ts';
import { loadDefaultPolicy } from '../../core/policy/loadPolicy.ts';

/** `inzage retention --overdue`: records past their retention date, by record id and rule (no personal data on screen). */
export const retentionCommand: Command = {
  name: 'retention',
  summary: 'list the records past their retention date (Art. 5(1)(e)), by record id and rule',
  usage: 'inzage retention --overdue [--today YYYY-MM-DD] [--db FILE] [--json]   (INZAGE_TODAY=YYYY-MM-DD replays another day)',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      overdue: { type: 'boolean' },
      today: { type: 'string' },
      db: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    if (!values.overdue) throw new UsageError('say what to list: --overdue');
    const day = dateFlag(values.today, '--today');
    const store = await openCommandStore(values.db, io, { readonly: values.db !== undefined });
    try {
      const {
        today,
        records: overdue,
        heldPastPeriod,
      } = await listOverdueRecords(cliDeps(store, io, { needsClerk: false, register: loadDefaultPolicy }), {
        ...(day !== undefined ? { today: day } : {}),
        onProgress: (done, total) => io.err(`checked ${done.toLocaleString('en')} / ${total.toLocaleString('en')} subjects\n`),
      });
      if (values.json) {
        io.out(`${JSON.stringify({ today, count: overdue.length, records: overdue, heldPastPeriod }, null, 2)}\n`);
        return 0;
      }
      const byRule = new Map<string, number>();
      for (const record of overdue) byRule.set(record.ruleId, (byRule.get(record.ruleId) ?? 0) + 1);
      io.out(`${overdue.length.toLocaleString('en')} records past their retention date on ${today}\n`);
      for (const [rule, count] of byRule) io.out(`  ${rule}: ${count.toLocaleString('en')}\n`);
      io.out('\n');
      for (const record of overdue)
        io.out(`${record.table}\t${record.recordId}\t${record.ruleId}\t${record.until ?? ''}\t${record.reason}\n`);
      if (heldPastPeriod.length > 0) {
        // Not due for erasure while the hold lasts (Art. 17(3)(e)), but kept past their own period before it began.
        io.out(
          `\n${heldPastPeriod.length.toLocaleString('en')} records kept by a legal hold whose own period had ended before the hold began` +
            ' (review: they should have been erased then)\n',
        );
        for (const record of heldPastPeriod)
          io.out(
            `${record.table}\t${record.recordId}\t${record.ruleId}\tnormally until ${record.normalUntil}` +
              `\t${record.holdId} since ${record.holdStartedOn}\n`,
          );
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
