import { safeStorage } from 'electron';
import type { SecretStore } from '../core/settings/secretStore.ts';

/**
 * The certificate's passphrase, encrypted by the OS through Electron's safeStorage (DPAPI, Keychain,
 * libsecret/KWallet). On Linux without a keyring Chromium falls back to a key hard-coded in the browser
 * ('basic_text'): that hides the text but protects nothing, so it counts as unavailable and the
 * passphrase is asked at each export rather than stored weakly. Call only after app 'ready'.
 */
export const safeSecretStore: SecretStore = {
  isAvailable() {
    if (!safeStorage.isEncryptionAvailable()) return false;
    if (process.platform !== 'linux') return true;
    const backend = safeStorage.getSelectedStorageBackend();
    return backend !== 'basic_text' && backend !== 'unknown';
  },
  encrypt: (plain) => safeStorage.encryptString(plain),
  decrypt: (cipher) => safeStorage.decryptString(Buffer.from(cipher)),
};
