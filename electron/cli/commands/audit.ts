import { checkpointText } from '../../core/audit/auditCheckpoint.ts';
import { auditCheckpoint, exportRequestHistory, verifyAudit } from '../../core/audit/auditUseCases.ts';
import type { AuditVerification } from '../../core/audit/auditVerify.ts';
import { readCheckpointFile } from '../../core/audit/checkpointFile.ts';
import { writeFileAtomicSync } from '../../core/files/atomicWrite.ts';
import { parseCommandArgs } from '../args.ts';
import type { CliIo, Command } from '../cliTypes.ts';
import { exitCodes, UsageError } from '../cliTypes.ts';
import { withUseCaseDeps } from '../useCaseDeps.ts';

/** What `audit verify` says about an intact log: how much of it is keyed, and what a checkpoint did or could add. */
function reportIntact(result: Extract<AuditVerification, { ok: true }>, io: CliIo): void {
  io.out(`Audit trail intact: ${result.count} entries, head hash ${result.headHash}\n`);
  if (result.unkeyedEntries > 0)
    io.out(
      `Entries 1 to ${result.unkeyedEntries} were written before the chain was keyed and carry an unkeyed SHA-256 seal; ` +
        `from entry ${result.keyedFrom} on, every entry is sealed with this installation's audit key.\n`,
    );
  if (result.checkpoint)
    io.out(
      `Checked against the checkpoint of ${result.checkpoint.at}: its ${result.checkpoint.count} entries are all still there, unchanged.\n`,
    );
  else
    io.out(
      'No checkpoint given: entries cut off the end of the log together with its anchor would not show. ' +
        'Check against the latest one with --checkpoint FILE (written with every export and report).\n',
    );
}

/**
 * `inzage audit verify [--checkpoint FILE]`: checks the keyed chain and the anchor, and that the log still
 * holds what the checkpoint recorded; exit 1 naming the first bad entry (docs/audit-trail.md).
 * `inzage audit checkpoint [--out FILE]`: the trail's authenticated length and head, to keep elsewhere.
 * `inzage audit export --request REF`: the request's history for accountability (Art. 5(2) GDPR):
 * its status changes and every audit entry about it, with the chain's verification result.
 */
export const auditCommand: Command = {
  name: 'audit',
  summary: 'check the audit trail (verify), take its checkpoint (checkpoint) or write one request’s history (export --request REF)',
  usage:
    'inzage audit verify [--checkpoint FILE] [--db FILE] [--json]\n' +
    '       inzage audit checkpoint [--out FILE] [--db FILE]\n' +
    '       inzage audit export --request REF [--out FILE] [--db FILE]',
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === 'verify') {
      const { values, positionals } = parseCommandArgs(rest, {
        db: { type: 'string' },
        json: { type: 'boolean' },
        checkpoint: { type: 'string' },
      });
      if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
      const checkpoint = values.checkpoint === undefined ? undefined : readCheckpointFile(values.checkpoint);
      // Opened for writing: a database of an older version gets the keyed chain's switch-over recorded
      // (migration 004, a schema change only; no entry is touched) instead of being refused as too old.
      return withUseCaseDeps(values, io, { readonly: false, needsClerk: false }, async (deps) => {
        const result = await verifyAudit(deps, checkpoint);
        if (values.json) io.out(`${JSON.stringify(result)}\n`);
        else if (result.ok) reportIntact(result, io);
        else io.err(`Audit trail BROKEN at entry ${result.firstBad}: ${result.problem}\n`);
        return result.ok ? exitCodes.ok : exitCodes.failure;
      });
    }
    if (sub === 'checkpoint') {
      const { values, positionals } = parseCommandArgs(rest, { db: { type: 'string' }, out: { type: 'string' } });
      if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
      return withUseCaseDeps(values, io, { readonly: true, needsClerk: false }, async (deps) => {
        const text = checkpointText(await auditCheckpoint(deps));
        if (values.out) {
          writeFileAtomicSync(values.out, text);
          io.err(`Wrote the audit checkpoint ${values.out}\n`);
        } else io.out(text);
        return exitCodes.ok;
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
    throw new UsageError(sub === undefined ? 'give a subcommand: verify, checkpoint or export' : `unknown subcommand "${sub}"`);
  },
};
