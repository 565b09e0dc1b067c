import type { SettingsDefaults, SettingsStore, StoredSettings } from './settingsFile.ts';

/**
 * The clerk's settings (language, name, output folder, register file, certificate) behind the storage
 * port. The desktop app keeps them in a JSON file in the user-data folder (settingsFile.ts); a team
 * backend may keep them per clerk on the server, hence asynchronous.
 */
export interface SettingsRepository {
  read(): Promise<StoredSettings>;
  write(patch: Partial<StoredSettings>): Promise<StoredSettings>;
}

/** The settings file (or any synchronous SettingsStore) as a repository. */
export function settingsRepository(file: SettingsStore): SettingsRepository {
  return {
    async read() {
      return file.read();
    },
    async write(patch) {
      return file.write(patch);
    },
  };
}

/** Settings held in memory only: the command line keeps none (its flags say everything), tests start from defaults. */
export function memorySettings(
  defaults: SettingsDefaults = { language: 'nl', clerkName: 'inzage', outputFolder: '.' },
): SettingsRepository {
  let current: StoredSettings = {
    clerkRole: null,
    ...defaults,
    policyFile: null,
    certificate: null,
    certificatePassphrase: null,
    trustAnchors: [],
    teamDatabase: null,
  };
  return {
    async read() {
      return { ...current };
    },
    async write(patch) {
      current = { ...current, ...patch };
      return { ...current };
    },
  };
}
