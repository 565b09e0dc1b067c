import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveCliKeys } from '../../../../electron/cli/cliKeys.ts';
import { loadAppSecret, sealedSecretFile } from '../../../../electron/core/keys/appSecret.ts';
import { encodeSecret } from '../../../../electron/core/keys/installationKeys.ts';
import { installationKeyFile } from '../../../../electron/core/keys/secretFile.ts';
import { noSecretStore } from '../../../../electron/core/settings/secretStore.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import { testSecretStore } from '../../../helpers/testSecretStore.ts';

const tempDir = useTempDirs();

describe("the app's installation secret (issue 13.7)", () => {
  it('with a keystore: kept sealed by it, never as plain text, and the same at the next start', () => {
    const dir = tempDir();
    const keystore = testSecretStore();
    const first = loadAppSecret(dir, keystore);
    expect(first).toMatchObject({ storage: 'keystore', keyFileExists: false });
    expect(existsSync(installationKeyFile(dir))).toBe(false);
    const sealed = readFileSync(sealedSecretFile(dir));
    expect(sealed.toString('latin1')).not.toContain(encodeSecret(first.secret));
    expect(statSync(sealedSecretFile(dir)).mode & 0o777).toBe(0o600);
    expect(loadAppSecret(dir, keystore).secret.equals(first.secret)).toBe(true);
    // Another account or a reset keyring cannot unseal it: a clear refusal, not a new key over the old database.
    expect(() => loadAppSecret(dir, testSecretStore())).toThrow(expect.objectContaining({ code: 'keys.missing' }));
  });

  it('with a keystore, takes over the key file the command line made first, and leaves it for the command line', () => {
    const dir = tempDir();
    const cliKeys = resolveCliKeys({ INZAGE_USER_DATA: dir });
    const app = loadAppSecret(dir, testSecretStore());
    expect(app).toMatchObject({ storage: 'keystore', keyFileExists: true });
    expect(resolveCliKeys({ INZAGE_USER_DATA: dir }).database.equals(cliKeys.database)).toBe(true);
  });

  it('without a keystore: the owner-only key file, the one the command line reads too', () => {
    const dir = tempDir();
    const app = loadAppSecret(dir, noSecretStore);
    expect(app).toMatchObject({ storage: 'key-file', keyFileExists: true });
    expect(statSync(installationKeyFile(dir)).mode & 0o777).toBe(0o600);
    expect(readFileSync(installationKeyFile(dir), 'utf8').trim()).toBe(encodeSecret(app.secret));
    expect(existsSync(sealedSecretFile(dir))).toBe(false);
  });

  it('refuses a sealed file that does not hold a secret', () => {
    const dir = tempDir();
    const keystore = testSecretStore();
    writeFileSync(sealedSecretFile(dir), keystore.encrypt('not a secret'));
    expect(() => loadAppSecret(dir, keystore)).toThrow(expect.objectContaining({ code: 'keys.invalid' }));
  });
});
