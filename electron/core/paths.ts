import { homedir } from 'node:os';
import { join } from 'node:path';

export const appName = 'Inzage';

/**
 * The per-user data folder, the same one Electron's app.getPath('userData') gives for this app name,
 * so the CLI and the app share one database. INZAGE_USER_DATA overrides it (tests, portable installs).
 */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = homedir()): string {
  if (env.INZAGE_USER_DATA) return env.INZAGE_USER_DATA;
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), appName);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', appName);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), appName);
}

export function defaultDatabaseFile(env: NodeJS.ProcessEnv = process.env): string {
  return join(userDataDir(env), 'inzage.db');
}
