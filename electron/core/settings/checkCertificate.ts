import { readFileSync, statSync } from 'node:fs';
import type { CertificateProblem } from '../../../shared/ipc/types.ts';
import { assertValidOn, loadSigningIdentity, SigningIdentityError } from '../output/sign/signingIdentity.ts';

export type CertificateCheck =
  | { ok: true; signerName: string; organisation: string; validUntil: string }
  | { ok: false; reason: CertificateProblem; date: string | null };

/** A PKCS#12 file is a few kB; anything far larger is not one, and is not read into memory. */
const maxP12Bytes = 1 << 20;

/**
 * Opens the PKCS#12 file the clerk chose with the passphrase they typed and checks the certificate is
 * valid today, so a wrong passphrase or an expired certificate is found when choosing, not at the
 * first export. Runs in the task worker: decrypting the key takes 50-90 ms of pure-JS PBKDF2 and RSA.
 */
export function checkCertificate(input: unknown): CertificateCheck {
  const { file, passphrase, today } = input as { file: string; passphrase: string; today: string };
  let p12: Buffer;
  try {
    if (statSync(file).size > maxP12Bytes) return { ok: false, reason: 'not-pkcs12', date: null };
    p12 = readFileSync(file);
  } catch {
    return { ok: false, reason: 'unreadable', date: null };
  }
  try {
    const identity = loadSigningIdentity(p12, passphrase, file);
    const validUntil = identity.validUntil.toISOString().slice(0, 10);
    try {
      assertValidOn(identity, today, file);
    } catch (error) {
      if (!(error instanceof SigningIdentityError)) throw error;
      return {
        ok: false,
        reason: error.problem,
        date: error.problem === 'expired' ? validUntil : identity.validFrom.toISOString().slice(0, 10),
      };
    }
    return { ok: true, signerName: identity.signerName, organisation: identity.organisation, validUntil };
  } catch (error) {
    if (error instanceof SigningIdentityError) return { ok: false, reason: error.problem, date: null };
    throw error;
  }
}
