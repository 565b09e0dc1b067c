import { verifyExportedFile } from '../../core/output/extractUseCases.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../cliTypes.ts';
import { UsageError } from '../cliTypes.ts';
import { secretFromEnv } from '../signingOptions.ts';

export const verifyCommand: Command = {
  name: 'verify',
  summary: "check a signed extract PDF's signature, or a portability archive's manifest and the PDF inside",
  usage: 'inzage verify FILE [--pass-env VAR]   (exit 0 only when every check holds)',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { 'pass-env': { type: 'string' } });
    if (positionals.length !== 1) throw new UsageError('give exactly one FILE');
    const file = positionals[0]!;
    const password = secretFromEnv(io, values['pass-env'], '--pass-env');
    const result = await verifyExportedFile({ file, ...(password !== undefined ? { password } : {}) });
    for (const check of result.checks) {
      (check.ok ? io.out : io.err)(`${check.ok ? 'OK  ' : 'FAIL'} ${check.what}${check.detail ? `: ${check.detail}` : ''}\n`);
    }
    if (result.signer) {
      const { commonName, organisation, signingTime, selfSigned } = result.signer;
      io.out(`Signed by: ${commonName}${organisation ? `, ${organisation}` : ''}${signingTime ? ` at ${signingTime}` : ''}\n`);
      if (selfSigned) io.out('Note: the certificate is self-signed; whether to trust the signer is not checked here.\n');
    }
    io[result.ok ? 'out' : 'err'](result.ok ? `${file}: valid\n` : `${file}: NOT valid\n`);
    return result.ok ? 0 : 1;
  },
};
