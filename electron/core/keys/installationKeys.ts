import { hkdfSync, randomBytes } from 'node:crypto';

/**
 * One random secret per installation (docs/security.md § Keys). Every key the store needs is derived
 * from it with HKDF-SHA256 under its own label, so a key used to encrypt the database is never also the
 * key that authenticates the audit chain (key separation, NIST SP 800-108 / RFC 5869 § 3.2).
 *
 * - `database`: the SQLCipher key of the case database (issue 13.7, encryption at rest).
 * - `audit`: the HMAC key of the audit chain and of its checkpoints (13.4).
 * - `query`: the HMAC key under which search texts are logged (13.8): a plain hash of "12-03-1984"
 *   is found again by trying birth dates; a keyed one is not without the key.
 *
 * Where the secret is kept is the host's business: the app holds it in the OS keystore (safeStorage),
 * the CLI reads it from INZAGE_KEY, INZAGE_KEY_FILE or the installation's key file (cliKeys.ts).
 */
export interface InstallationKeys {
  readonly database: Buffer;
  readonly audit: Buffer;
  readonly query: Buffer;
}

export const installationSecretBytes = 32;

export function newInstallationSecret(): Buffer {
  return randomBytes(installationSecretBytes);
}

function derive(secret: Buffer, label: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), `inzage/${label}/v1`, 32));
}

export function deriveInstallationKeys(secret: Buffer): InstallationKeys {
  if (secret.length !== installationSecretBytes) {
    throw new RangeError(`an installation secret is ${installationSecretBytes} bytes, got ${secret.length}`);
  }
  return { database: derive(secret, 'database'), audit: derive(secret, 'audit'), query: derive(secret, 'query') };
}

/** A secret as it is written to a key file or an environment variable: 64 lowercase hex digits. */
export function encodeSecret(secret: Buffer): string {
  return secret.toString('hex');
}

/** Parses a secret written by encodeSecret; null when the text is not exactly 64 hex digits (after trimming). */
export function decodeSecret(text: string): Buffer | null {
  const trimmed = text.trim();
  return /^[0-9a-fA-F]{64}$/.test(trimmed) ? Buffer.from(trimmed, 'hex') : null;
}
