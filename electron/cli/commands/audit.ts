import { auditEntriesForRequest, verifyAuditChain } from '../../core/audit/auditLog.ts';
import { writeFileAtomicSync } from '../../core/files/atomicWrite.ts';
import { getRequest } from '../../core/requests/requestRepository.ts';
import { resolveToday } from '../actor.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../cliTypes.ts';
import { exitCodes, UsageError } from '../cliTypes.ts';
import { openCommandDatabase } from '../database.ts';

/**
 * `inzage audit verify`: checks the hash chain and the anchor; exit 1 naming the first bad entry.
 * `inzage audit export --request REF`: the request's history for accountability (Art. 5(2) GDPR):
 * its status changes and every audit entry about it, with the chain's verification result.
 */
export const auditCommand: Command = {
  name: 'audit',
  summary: 'check the audit trail (verify) or write one request’s history (export --request REF)',
  usage: 'inzage audit verify [--db FILE] [--json]\n       inzage audit export --request REF [--out FILE] [--db FILE]',
  run(args, io) {
    const [sub, ...rest] = args;
    if (sub === 'verify') {
      const { values, positionals } = parseCommandArgs(rest, { db: { type: 'string' }, json: { type: 'boolean' } });
      if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
      const db = openCommandDatabase(values.db, io, { readonly: true });
      try {
        const result = verifyAuditChain(db);
        if (values.json) io.out(`${JSON.stringify(result)}\n`);
        else if (result.ok) io.out(`Audit trail intact: ${result.count} entries, head hash ${result.headHash}\n`);
        else io.err(`Audit trail BROKEN at entry ${result.firstBad}: ${result.problem}\n`);
        return result.ok ? exitCodes.ok : exitCodes.failure;
      } finally {
        db.close();
      }
    }
    if (sub === 'export') {
      const { values, positionals } = parseCommandArgs(rest, {
        db: { type: 'string' },
        request: { type: 'string' },
        out: { type: 'string' },
      });
      if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
      if (!values.request) throw new UsageError('--request REF is required');
      const db = openCommandDatabase(values.db, io, { readonly: true });
      try {
        const request = getRequest(db, values.request);
        const history = {
          reference: request.reference,
          exportedOn: resolveToday(io.env),
          chain: verifyAuditChain(db),
          receivedOn: request.receivedOn,
          status: request.status,
          statusHistory: request.statusHistory,
          identityCheck: request.identity,
          extension: request.extension ? { recordedOn: request.extension.recordedOn, by: request.extension.by } : null,
          pauses: request.pauses,
          outputs: request.outputs,
          entries: auditEntriesForRequest(db, request.reference),
        };
        const json = `${JSON.stringify(history, null, 2)}\n`;
        if (values.out) {
          const { sha256 } = writeFileAtomicSync(values.out, json);
          io.out(`Wrote ${values.out}: ${history.entries.length} audit entries (sha256 ${sha256})\n`);
        } else io.out(json);
        return 0;
      } finally {
        db.close();
      }
    }
    throw new UsageError(sub === undefined ? 'give a subcommand: verify or export' : `unknown subcommand "${sub}"`);
  },
};
