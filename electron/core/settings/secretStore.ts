/**
 * Where the app keeps the certificate's passphrase: encrypted by the operating system (Electron's
 * safeStorage: DPAPI on Windows, the Keychain on macOS, libsecret/KWallet on Linux), never in plain text.
 * The Electron implementation lives in electron/main; the core sees this interface only, so the
 * handlers run in plain Node with a test implementation.
 */
export interface SecretStore {
  /** False when the OS offers no real encryption (Linux without a keyring): then nothing is stored. */
  isAvailable(): boolean;
  encrypt(plain: string): Uint8Array;
  /** Throws when the ciphertext cannot be decrypted (another user, a reset keyring). */
  decrypt(cipher: Uint8Array): string;
}

/** For hosts without any secret store: the passphrase is asked at each export instead. */
export const noSecretStore: SecretStore = {
  isAvailable: () => false,
  encrypt: () => {
    throw new Error('no secret store on this system');
  },
  decrypt: () => {
    throw new Error('no secret store on this system');
  },
};
