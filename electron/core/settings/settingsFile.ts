import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { languageSchema } from '../../../shared/extract/extractModel.ts';
import { writeFileAtomicSync } from '../files/atomicWrite.ts';

const storedSettingsSchema = z.object({
  language: languageSchema,
  clerkName: z.string().min(1),
  /** The clerk's function as it goes under the name on letters; null until the clerk said who they are (first start, issue 14.5). */
  clerkRole: z.string().min(1).nullable().default(null),
  outputFolder: z.string().min(1),
  policyFile: z.string().nullable(),
  certificate: z.object({ file: z.string().min(1), signerName: z.string(), organisation: z.string(), validUntil: z.string() }).nullable(),
  /** The certificate's passphrase as ciphertext of the OS secret store (base64); never the passphrase itself. */
  certificatePassphrase: z.string().nullable(),
  /** The organisation's trust anchors for `verify` (issue 13.5): CA certificates, one PEM each. */
  trustAnchors: z.array(z.string()).default([]),
  /**
   * The team's PostgreSQL server (issue 15.1; Settings → Team database): its URL WITHOUT the password,
   * and the password as ciphertext of the OS secret store (base64), never in plain text. null: this
   * laptop's own database file.
   */
  teamDatabase: z
    .object({ url: z.string().min(1), passwordCipher: z.string().nullable() })
    .nullable()
    .default(null),
});

/** The settings as kept on disk; the window sees `Settings` (shared/ipc/types.ts), without the ciphertext. */
export type StoredSettings = z.infer<typeof storedSettingsSchema>;
export type SettingsDefaults = Pick<StoredSettings, 'language' | 'clerkName' | 'outputFolder'> & Partial<Pick<StoredSettings, 'clerkRole'>>;

export interface SettingsStore {
  read(): StoredSettings;
  write(patch: Partial<StoredSettings>): StoredSettings;
}

/**
 * The clerk's settings as a JSON file in the user-data folder. A damaged file falls back to the
 * defaults instead of keeping the app from starting; writes are atomic. The store is the file's only
 * writer, so it is read once and then kept in memory (handlers read settings on every keystroke).
 */
export function fileSettingsStore(dir: string, defaults: SettingsDefaults): SettingsStore {
  const file = join(dir, 'settings.json');
  const base: StoredSettings = {
    clerkRole: null,
    ...defaults,
    policyFile: null,
    certificate: null,
    certificatePassphrase: null,
    trustAnchors: [],
    teamDatabase: null,
  };
  const load = (): StoredSettings => {
    if (!existsSync(file)) return { ...base };
    try {
      return storedSettingsSchema.parse({ ...base, ...JSON.parse(readFileSync(file, 'utf8')) });
    } catch {
      return { ...base };
    }
  };
  let current = load();
  return {
    read: () => ({ ...current }),
    write(patch) {
      const next = storedSettingsSchema.parse({ ...current, ...patch });
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      // Owner-only: the file holds the passphrase's ciphertext and the clerk's paths.
      writeFileAtomicSync(file, `${JSON.stringify(next, null, 2)}\n`);
      current = next;
      return { ...next };
    },
  };
}
