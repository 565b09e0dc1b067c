import { DomainError } from '../../shared/errors/domainError.ts';
import { decodeSecret, deriveInstallationKeys, type InstallationKeys } from '../core/keys/installationKeys.ts';
import { installationKeyFile, readOrCreateSecretFile, readSecretFile } from '../core/keys/secretFile.ts';
import { userDataDir } from '../core/paths.ts';

/** The installation's key file when neither INZAGE_KEY nor INZAGE_KEY_FILE is set (docs/security.md § Keys). */
export function defaultKeyFile(env: NodeJS.ProcessEnv): string {
  return installationKeyFile(userDataDir(env));
}

/**
 * The CLI's installation keys, in this order: INZAGE_KEY (the secret itself, 64 hex digits, for
 * scripts that take it from a vault), INZAGE_KEY_FILE (a file holding it, which must exist), or the
 * installation's own key file in the user data folder, created on first use.
 */
export function resolveCliKeys(env: NodeJS.ProcessEnv): InstallationKeys {
  if (env.INZAGE_KEY !== undefined) {
    const secret = decodeSecret(env.INZAGE_KEY);
    if (!secret) throw new DomainError('keys.invalid', { source: 'INZAGE_KEY' });
    return deriveInstallationKeys(secret);
  }
  if (env.INZAGE_KEY_FILE) {
    const secret = readSecretFile(env.INZAGE_KEY_FILE);
    if (!secret) throw new DomainError('keys.missing', { source: 'INZAGE_KEY_FILE' });
    return deriveInstallationKeys(secret);
  }
  return deriveInstallationKeys(readOrCreateSecretFile(defaultKeyFile(env)));
}
