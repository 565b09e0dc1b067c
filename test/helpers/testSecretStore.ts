import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { SecretStore } from '../../electron/core/settings/secretStore.ts';

/**
 * A secret store for tests that really encrypts (AES-256-GCM with a key held only in memory), as
 * Electron's safeStorage does with the OS key, so a test can check that only ciphertext is kept.
 */
export function testSecretStore(): SecretStore & { encrypted: number } {
  const key = randomBytes(32);
  const store = {
    encrypted: 0,
    isAvailable: () => true,
    encrypt(plain: string): Uint8Array {
      store.encrypted++;
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decrypt(data: Uint8Array): string {
      const bytes = Buffer.from(data);
      const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
      decipher.setAuthTag(bytes.subarray(12, 28));
      return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
  return store;
}

/** A chooser standing in for the OS dialogs: answers whatever the test put in `answers` (null = cancelled). */
export function scriptedChooser(
  answers: {
    register?: string | null;
    certificate?: string | null;
    checkpoint?: string | null;
    'trust-anchor'?: string | null;
    output?: string | null;
  } = {},
) {
  const asked: string[] = [];
  return {
    answers,
    asked,
    chooseFile: async (purpose: 'register' | 'certificate' | 'checkpoint' | 'trust-anchor') => {
      asked.push(purpose);
      return answers[purpose] ?? null;
    },
    chooseFolder: async (purpose: 'output') => {
      asked.push(purpose);
      return answers[purpose] ?? null;
    },
  };
}
