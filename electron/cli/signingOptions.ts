import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { ensureDemoIdentity, loadSigningIdentity } from '../core/output/sign/signingIdentity.ts';
import type { SigningIdentity } from '../core/output/sign/signingIdentity.ts';
import { userDataDir } from '../core/paths.ts';
import { asCertificateError } from '../core/settings/certificateErrors.ts';
import type { CliIo } from './cliTypes.ts';
import { UsageError } from './cliTypes.ts';

/** A secret named by an environment variable, so it never appears in the command line or shell history. */
export function secretFromEnv(io: CliIo, variable: string | undefined, flag: string): string | undefined {
  if (variable === undefined) return undefined;
  const value = io.env[variable];
  if (value === undefined || value === '') throw new UsageError(`${flag} ${variable}: the environment variable ${variable} is not set`);
  return value;
}

/**
 * The certificate to sign with: --p12 FILE with its passphrase from --p12-pass-env VAR, or else the
 * demo certificate in the per-user data folder (created on first use; its name says it is a demo).
 */
export async function resolveSigningIdentity(
  io: CliIo,
  values: { p12?: string; 'p12-pass-env'?: string },
  organisation: string,
): Promise<SigningIdentity> {
  if (values.p12 !== undefined) {
    if (!existsSync(values.p12)) throw new UsageError(`--p12 ${values.p12}: no such file`);
    const passphrase = secretFromEnv(io, values['p12-pass-env'], '--p12-pass-env');
    if (passphrase === undefined) throw new UsageError('--p12 needs --p12-pass-env VAR naming the variable that holds its passphrase');
    const p12 = readFileSync(values.p12);
    // A wrong passphrase, a file that is no PKCS#12, an incomplete one: the 'certificate.*' codes (cliErrorMessages.ts).
    return asCertificateError(() => loadSigningIdentity(p12, passphrase, values.p12));
  }
  if (values['p12-pass-env'] !== undefined) throw new UsageError('--p12-pass-env without --p12');
  const dir = userDataDir(io.env);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const identity = await ensureDemoIdentity(dir, organisation);
  io.err('Signing with the DEMO certificate (not for real use); give --p12 FILE --p12-pass-env VAR for a real one.\n');
  return identity;
}
