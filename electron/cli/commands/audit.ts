import { exportRequestHistory, verifyAudit } from '../../core/audit/auditUseCases.ts';
import { writeFileAtomicSync } from '../../core/files/atomicWrite.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../cliTypes.ts';
import { exitCodes, UsageError } from '../cliTypes.ts';
import { withUseCaseDeps } from '../useCaseDeps.ts';

/**
 * `inzage audit verify`: checks the hash chain and the anchor; exit 1 naming the first bad entry.
 * `inzage audit export --request REF`: the request's history for accountability (Art. 5(2) GDPR):
 * its status changes and every audit entry about it, with the chain's verification result.
 */
export const auditCommand: Command = {
  name: 'audit',
  summary: 'check the audit trail (verify) or write one request’s history (export --request REF)',
  usage: 'inzage audit verify [--db FILE] [--json]\n       inzage audit export --request REF [--out FILE] [--db FILE]',
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === 'verify') {
      const { values, positionals } = parseCommandArgs(rest, { db: { type: 'string' }, json: { type: 'boolean' } });
      if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
      return withUseCaseDeps(values, io, { readonly: true, needsClerk: false }, async (deps) => {
        const result = await verifyAudit(deps);
        if (values.json) io.out(`${JSON.stringify(result)}\n`);
        else if (result.ok) io.out(`Audit trail intact: ${result.count} entries, head hash ${result.headHash}\n`);
        else io.err(`Audit trail BROKEN at entry ${result.firstBad}: ${result.problem}\n`);
        return result.ok ? exitCodes.ok : exitCodes.failure;
      });
    }
    if (sub === 'export') {
      const { values, positionals } = parseCommandArgs(rest, {
        db: { type: 'string' },
        request: { type: 'string' },
        out: { type: 'string' },
      });
      if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
      if (!values.request) throw new UsageError('--request REF is required');
      const reference = values.request;
      return withUseCaseDeps(values, io, { readonly: true, needsClerk: false }, async (deps) => {
        const history = await exportRequestHistory(deps, reference);
        const json = `${JSON.stringify(history, null, 2)}\n`;
        if (values.out) {
          const { sha256 } = writeFileAtomicSync(values.out, json);
          io.out(`Wrote ${values.out}: ${history.entries.length} audit entries (sha256 ${sha256})\n`);
        } else io.out(json);
        return 0;
      });
    }
    throw new UsageError(sub === undefined ? 'give a subcommand: verify or export' : `unknown subcommand "${sub}"`);
  },
};
