import { DomainError } from '../../../shared/errors/domainError.ts';
import type { TeamDatabaseSettings } from '../../../shared/ipc/types.ts';
import { isPostgresUrl } from '../db/postgres/postgresUrl.ts';
import { withPassword } from '../store/teamConnection.ts';
import type { SecretStore } from './secretStore.ts';
import type { SettingsStore, StoredSettings } from './settingsFile.ts';

/** The URL without its password (what settings.json keeps and the window shows). */
export function withoutPassword(url: string): string {
  const parsed = new URL(withPassword(url, null));
  parsed.password = '';
  return parsed.toString();
}

/** The password a URL carries, if the clerk typed it in there (it is moved to the secret store). */
function passwordIn(url: string): string | null {
  const parsed = new URL(withPassword(url, null));
  return parsed.password ? decodeURIComponent(parsed.password) : null;
}

/**
 * Where the app opens its data at start (issue 15.1): the team server's URL with the password put
 * back from the OS secret store, or null for the laptop's own database file. A password the secret
 * store no longer gives back (another OS account, a reset keyring) is left out: the server then
 * refuses the login, and Settings says so.
 */
export function teamDatabaseLocation(stored: StoredSettings, secrets: SecretStore): string | null {
  if (!stored.teamDatabase) return null;
  let password: string | null = null;
  if (stored.teamDatabase.passwordCipher && secrets.isAvailable()) {
    try {
      password = secrets.decrypt(Buffer.from(stored.teamDatabase.passwordCipher, 'base64'));
    } catch {
      password = null;
    }
  }
  return withPassword(stored.teamDatabase.url, password);
}

/**
 * The password to test or keep: the one typed now, else one typed into the URL, else (the same server
 * as kept) the kept one. Never returned to the window.
 */
export function passwordFor(stored: StoredSettings, url: string, typed: string | undefined, secrets: SecretStore): string | null {
  if (typed) return typed;
  const inUrl = passwordIn(url);
  if (inUrl) return inUrl;
  if (stored.teamDatabase && stored.teamDatabase.url === withoutPassword(url)) {
    const location = teamDatabaseLocation(stored, secrets);
    return location ? passwordIn(location) : null;
  }
  return null;
}

/**
 * Keeps the team database for the next start: the URL without its password, the password only as the
 * secret store's ciphertext. Without a secret store a password is refused (team.password-not-kept):
 * it would have to lie in plain text in settings.json. null goes back to the laptop's own file.
 */
export function keepTeamDatabase(
  settings: SettingsStore,
  secrets: SecretStore,
  input: { url: string | null; password?: string | undefined },
): StoredSettings {
  if (input.url === null) return settings.write({ teamDatabase: null });
  if (!isPostgresUrl(input.url)) throw new DomainError('team.url-invalid');
  const url = withoutPassword(input.url);
  const password = passwordFor(settings.read(), input.url, input.password, secrets);
  if (password && !secrets.isAvailable()) throw new DomainError('team.password-not-kept');
  const passwordCipher = password ? Buffer.from(secrets.encrypt(password)).toString('base64') : null;
  return settings.write({ teamDatabase: { url, passwordCipher } });
}

/** What the window sees: the URL without password, whether a password is kept, and what this run uses. */
export function teamDatabaseView(stored: StoredSettings, inUseLocation: string, problem: string | null): TeamDatabaseSettings {
  const inUse = isPostgresUrl(inUseLocation) ? withoutPassword(inUseLocation) : null;
  const configured = stored.teamDatabase?.url ?? null;
  return {
    url: configured,
    passwordKept: stored.teamDatabase?.passwordCipher != null,
    inUse,
    restartNeeded: configured !== inUse,
    problem,
  };
}
