import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/**
 * The folder holding the processing register and the fonts. From a checkout it is `resources/` at the
 * root: this file and the bundled `dist/electron/*.js` both sit two levels below it. A packaged app
 * keeps it in the installer's resources folder; its main process sets INZAGE_RESOURCES (inherited by
 * the worker threads) before any core code asks.
 */
export function resourcesDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.INZAGE_RESOURCES ?? fileURLToPath(new URL('../../resources/', import.meta.url));
}
