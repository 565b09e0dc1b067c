import { closeSync, linkSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DomainError } from '../../../shared/errors/domainError.ts';
import { decodeSecret, encodeSecret, newInstallationSecret } from './installationKeys.ts';

/** The installation's owner-only key file in the user data folder, shared by the app (without a keystore) and the CLI. */
export function installationKeyFile(dataDir: string): string {
  return join(dataDir, 'installation.key');
}

/**
 * Reads the installation secret from a key file, creating it (owner-only: 0600 in a 0700 folder) when
 * it does not exist yet. Creation writes a temporary file and hard-links it into place, which fails if
 * another process created the file first; then that process's secret is read, so two first runs at once
 * still end with one secret.
 */
export function readOrCreateSecretFile(file: string): Buffer {
  const existing = readSecretFile(file);
  if (existing) return existing;
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.partial`;
  const fd = openSync(temporary, 'wx', 0o600);
  try {
    writeSync(fd, `${encodeSecret(newInstallationSecret())}\n`);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(temporary);
  }
  const created = readSecretFile(file);
  if (!created) throw new DomainError('keys.invalid', { source: 'file' });
  return created;
}

/** The secret in `file`, null when there is no such file; a file that holds no valid secret is refused. */
export function readSecretFile(file: string): Buffer | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const secret = decodeSecret(text);
  if (!secret) throw new DomainError('keys.invalid', { source: 'file' });
  return secret;
}
