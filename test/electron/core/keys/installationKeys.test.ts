import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decodeSecret,
  deriveInstallationKeys,
  encodeSecret,
  newInstallationSecret,
} from '../../../../electron/core/keys/installationKeys.ts';
import { readOrCreateSecretFile } from '../../../../electron/core/keys/secretFile.ts';
import { resolveCliKeys } from '../../../../electron/cli/cliKeys.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

const tempDir = useTempDirs();

describe('installation keys', () => {
  it('derives three distinct keys, the same ones from the same secret', () => {
    const secret = newInstallationSecret();
    const keys = deriveInstallationKeys(secret);
    expect(new Set([keys.database, keys.audit, keys.query].map((key) => key.toString('hex'))).size).toBe(3);
    expect(deriveInstallationKeys(Buffer.from(secret)).audit.equals(keys.audit)).toBe(true);
    expect(deriveInstallationKeys(newInstallationSecret()).audit.equals(keys.audit)).toBe(false);
  });

  it('round-trips a secret through its text form and refuses anything else', () => {
    const secret = newInstallationSecret();
    expect(decodeSecret(`${encodeSecret(secret)}\n`)?.equals(secret)).toBe(true);
    expect(decodeSecret('abc')).toBeNull();
    expect(() => deriveInstallationKeys(Buffer.alloc(16))).toThrow(RangeError);
  });

  it('creates the key file owner-only on first use and reads the same secret afterwards', () => {
    const dir = tempDir();
    const file = join(dir, 'sub', 'installation.key');
    const first = readOrCreateSecretFile(file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'sub')).mode & 0o777).toBe(0o700);
    expect(readOrCreateSecretFile(file).equals(first)).toBe(true);
  });

  it('resolves the CLI keys from INZAGE_KEY, INZAGE_KEY_FILE, or the user data folder, refusing bad values by code', () => {
    const dir = tempDir();
    const secret = newInstallationSecret();
    expect(resolveCliKeys({ INZAGE_KEY: encodeSecret(secret) }).audit.equals(deriveInstallationKeys(secret).audit)).toBe(true);
    expect(() => resolveCliKeys({ INZAGE_KEY: 'nope' })).toThrow(expect.objectContaining({ code: 'keys.invalid' }));
    expect(() => resolveCliKeys({ INZAGE_KEY_FILE: join(dir, 'absent.key') })).toThrow(expect.objectContaining({ code: 'keys.missing' }));
    writeFileSync(join(dir, 'bad.key'), 'not a key');
    expect(() => resolveCliKeys({ INZAGE_KEY_FILE: join(dir, 'bad.key') })).toThrow(expect.objectContaining({ code: 'keys.invalid' }));
    const fromFolder = resolveCliKeys({ INZAGE_USER_DATA: dir });
    expect(resolveCliKeys({ INZAGE_USER_DATA: dir }).database.equals(fromFolder.database)).toBe(true);
  });
});
