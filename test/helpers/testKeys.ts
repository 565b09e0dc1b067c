import { deriveInstallationKeys, encodeSecret, type InstallationKeys } from '../../electron/core/keys/installationKeys.ts';

/**
 * A fixed installation secret for tests (synthetic: 32 bytes counting up), so a test's database, its
 * audit chain and its checkpoints are sealed under a key the test knows, and no test touches the real
 * user-data folder's key file. Pass `testKeyEnv` to the CLI, `testKeys` to a store or the handlers.
 */
export const testSecret = Buffer.from(Array.from({ length: 32 }, (_, i) => i + 1));
export const testKeys: InstallationKeys = deriveInstallationKeys(testSecret);
export const testKeyEnv = { INZAGE_KEY: encodeSecret(testSecret) } as const;

/** Another installation's keys: what someone holding the file but not this installation's key would have. */
export const otherKeys: InstallationKeys = deriveInstallationKeys(Buffer.alloc(32, 0xee));
