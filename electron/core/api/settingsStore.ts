import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Settings } from '../../../shared/ipc/types.ts';

const settingsSchema = z.object({
  language: z.enum(['nl', 'en']),
  clerkName: z.string().min(1),
  outputFolder: z.string().min(1),
  policyFile: z.string().nullable(),
  certificateFile: z.string().nullable(),
});

export interface SettingsStore {
  read(): Settings;
  write(patch: Partial<Settings>): Settings;
}

/**
 * The clerk's settings as a JSON file in the user-data folder. A damaged file falls back to the
 * defaults instead of keeping the app from starting; writes go to a temporary name and are renamed.
 */
export function fileSettingsStore(dir: string, defaults: Settings): SettingsStore {
  const file = join(dir, 'settings.json');
  const read = (): Settings => {
    if (!existsSync(file)) return { ...defaults };
    try {
      return settingsSchema.parse({ ...defaults, ...JSON.parse(readFileSync(file, 'utf8')) });
    } catch {
      return { ...defaults };
    }
  };
  return {
    read,
    write(patch) {
      const next = settingsSchema.parse({ ...read(), ...patch });
      mkdirSync(dir, { recursive: true });
      writeFileSync(`${file}.tmp`, `${JSON.stringify(next, null, 2)}\n`);
      renameSync(`${file}.tmp`, file);
      return next;
    },
  };
}
