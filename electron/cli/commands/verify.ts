import { existsSync } from 'node:fs';
import { verifyCheckText } from '../../../shared/output/verifyChecks.ts';
import { verifyExportedFile } from '../../core/output/extractUseCases.ts';
import { describeName } from '../../core/output/verify/signerTrust.ts';
import { userDataDir } from '../../core/paths.ts';
import { fileSettingsStore } from '../../core/settings/settingsFile.ts';
import { readTrustAnchorFile } from '../../core/settings/trustAnchors.ts';
import { parseCommandArgs } from '../args.ts';
import type { CliIo, Command } from '../cliTypes.ts';
import { exitCodes, UsageError } from '../cliTypes.ts';
import { secretFromEnv } from '../signingOptions.ts';

/**
 * The trust anchors: every --trust-anchor FILE (PEM) and those configured in the app's Settings (the
 * settings file in the per-user data folder, when there is one), unless --no-settings-anchors.
 */
function trustAnchors(io: CliIo, files: string[], withSettings: boolean): string[] {
  const fromFlags = files.flatMap((file) => {
    if (!existsSync(file)) throw new UsageError(`--trust-anchor ${file}: no such file`);
    return readTrustAnchorFile(file);
  });
  if (!withSettings) return fromFlags;
  const settings = fileSettingsStore(userDataDir(io.env), { language: 'en', clerkName: 'inzage', outputFolder: '.' }).read();
  return [...settings.trustAnchors, ...fromFlags];
}

export const verifyCommand: Command = {
  name: 'verify',
  summary:
    "check a signed extract PDF's signature, or a portability archive's signed manifest and the PDF inside, and whether the " +
    'signer chains to a trust anchor',
  usage:
    'inzage verify FILE [--pass-env VAR] [--trust-anchor CA.pem …] [--no-settings-anchors]\n' +
    "  (trust anchors: each --trust-anchor PEM file plus those added in the app's Settings)\n" +
    '  (exit codes: 0 valid and signer trusted, 3 signature intact but signer not trusted, 1 not valid, 2 bad arguments)',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      'pass-env': { type: 'string' },
      'trust-anchor': { type: 'string', multiple: true },
      'no-settings-anchors': { type: 'boolean' },
    });
    if (positionals.length !== 1) throw new UsageError('give exactly one FILE');
    const file = positionals[0]!;
    const password = secretFromEnv(io, values['pass-env'], '--pass-env');
    const anchors = trustAnchors(io, values['trust-anchor'] ?? [], values['no-settings-anchors'] !== true);
    const result = await verifyExportedFile({ file, trustAnchors: anchors, ...(password !== undefined ? { password } : {}) });
    for (const check of result.checks) {
      const { what, detail } = verifyCheckText(check, 'en', true);
      (check.ok ? io.out : io.err)(`${check.ok ? 'OK  ' : 'FAIL'} ${what}${detail ? `: ${detail}` : ''}\n`);
    }
    if (result.signer) {
      const { signingTime, issuer } = result.signer;
      io.out(`Signed by: ${describeName(result.signer)}${signingTime ? ` at ${signingTime}` : ''}\n`);
      io.out(`Issued by: ${describeName(issuer)}${result.signer.selfSigned ? ' (self-signed)' : ''}\n`);
    }
    if (result.trust)
      (result.trust.trusted ? io.out : io.err)(`${result.trust.trusted ? 'Trusted: ' : 'NOT trusted: '}${result.trust.detail}\n`);
    const signer = result.signer ? ` (signer: ${describeName(result.signer)})` : '';
    if (result.verdict === 'valid') {
      io.out(`${file}: valid${signer}\n`);
      return exitCodes.ok;
    }
    if (result.verdict === 'untrusted') {
      io.err(`${file}: signature intact, signer not trusted${signer}\n`);
      return exitCodes.untrusted;
    }
    io.err(`${file}: NOT valid\n`);
    return exitCodes.failure;
  },
};
