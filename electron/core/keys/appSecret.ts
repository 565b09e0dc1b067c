import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '../../../shared/errors/domainError.ts';
import type { DatabaseKeyInfo } from '../../../shared/ipc/types.ts';
import { writeFileAtomicSync } from '../files/atomicWrite.ts';
import type { SecretStore } from '../settings/secretStore.ts';
import { decodeSecret, encodeSecret, newInstallationSecret } from './installationKeys.ts';
import { installationKeyFile, readOrCreateSecretFile, readSecretFile } from './secretFile.ts';

/** The secret, and where it is kept (docs/security.md § Keys; Settings says which). */
export interface AppSecret extends DatabaseKeyInfo {
  secret: Buffer;
}

/** The installation secret sealed by the OS keystore (Electron safeStorage), in the user data folder. */
export function sealedSecretFile(dataDir: string): string {
  return join(dataDir, 'installation.key.sealed');
}

/**
 * The app's installation secret. With an OS keystore, the secret is stored sealed by it
 * (installation.key.sealed: only this OS account, on this machine, can unseal it). On first start the
 * secret is taken from the owner-only key file when the command line made one first (its database is
 * encrypted with it), else drawn new. The key file is left where it is: the command line, which cannot
 * reach the keystore, reads it; Settings says it is there. Without a keystore (Linux without a
 * keyring), the key file is the only place, shared with the command line, and Settings says so.
 */
export function loadAppSecret(dataDir: string, secrets: SecretStore): AppSecret {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const keyFile = installationKeyFile(dataDir);
  if (!secrets.isAvailable()) return { secret: readOrCreateSecretFile(keyFile), storage: 'key-file', keyFileExists: true };
  const sealed = sealedSecretFile(dataDir);
  if (existsSync(sealed)) {
    let text: string;
    try {
      text = secrets.decrypt(readFileSync(sealed));
    } catch {
      // Another OS account, a reset keyring: the keystore no longer gives the secret back.
      throw new DomainError('keys.missing', { source: 'keystore' });
    }
    const secret = decodeSecret(text);
    if (!secret) throw new DomainError('keys.invalid', { source: 'keystore' });
    return { secret, storage: 'keystore', keyFileExists: existsSync(keyFile) };
  }
  const fromKeyFile = readSecretFile(keyFile);
  const secret = fromKeyFile ?? newInstallationSecret();
  writeFileAtomicSync(sealed, secrets.encrypt(encodeSecret(secret)));
  return { secret, storage: 'keystore', keyFileExists: fromKeyFile !== null };
}
