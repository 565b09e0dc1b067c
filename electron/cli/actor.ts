import { existsSync, readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { userDataDir } from '../core/paths.ts';
import type { ActingClerk } from '../core/store/useCaseDeps.ts';
import type { Clock } from '../core/clock/clock.ts';
import { systemClock } from '../core/clock/clock.ts';
import type { Actor } from '../core/requests/requestRepository.ts';
import { isIsoDate, localIsoDate } from '../../shared/dates/isoDate.ts';
import { UsageError } from './cliTypes.ts';

/**
 * Who is acting, for the register, the letters and the audit trail (docs/settings.md § The clerk):
 * --clerk NAME, else INZAGE_CLERK, else the name and function the clerk gave the app (its settings.json
 * in the user data folder, once the first start asked), else the operating-system user. And which day it
 * is: the local calendar date, or INZAGE_TODAY (YYYY-MM-DD) to replay a day (tests, catching up on paper);
 * the audit entries always carry the real clock time.
 */
export function resolveClerkIdentity(flag: string | undefined, env: NodeJS.ProcessEnv): ActingClerk {
  const explicit = flag ?? env.INZAGE_CLERK;
  const app = explicit === undefined ? appClerk(env) : null;
  const clerk = (explicit ?? app?.name ?? safeUserName()).trim();
  if (!clerk) throw new UsageError('who is acting? give --clerk NAME or set INZAGE_CLERK');
  // A name given on the command line is someone else than the app's clerk, perhaps: their function is not known.
  return { name: clerk, role: app?.role ?? null };
}

export function resolveClerk(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  return resolveClerkIdentity(flag, env).name;
}

/**
 * The app's clerk from its settings file, when the clerk said who they are there (not the default placeholder).
 * Read as plain JSON, not through the settings schema: every command resolves the clerk, and `stats` and
 * `search` must not load a schema library for it (test/electron/build/buildCli.test.ts).
 */
function appClerk(env: NodeJS.ProcessEnv): ActingClerk | null {
  const file = join(userDataDir(env), 'settings.json');
  if (!existsSync(file)) return null;
  try {
    const { clerkName, clerkRole } = JSON.parse(readFileSync(file, 'utf8')) as { clerkName?: unknown; clerkRole?: unknown };
    const known = typeof clerkName === 'string' && clerkName.trim() !== '' && typeof clerkRole === 'string' && clerkRole.trim() !== '';
    return known ? { name: clerkName, role: clerkRole } : null;
  } catch {
    // A damaged file: the app falls back to its defaults too (settingsFile.ts), so nobody is named from it.
    return null;
  }
}

function safeUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}

export function resolveToday(env: NodeJS.ProcessEnv, now: Date = new Date()): string {
  const override = env.INZAGE_TODAY;
  if (override !== undefined) {
    if (!isIsoDate(override)) throw new UsageError(`INZAGE_TODAY must be a date YYYY-MM-DD, got "${override}"`);
    return override;
  }
  return localIsoDate(now);
}

/** The CLI's clock: the system clock, on INZAGE_TODAY's day when that is set (instants stay real). */
export function resolveClock(env: NodeJS.ProcessEnv): Clock {
  return systemClock(env.INZAGE_TODAY === undefined ? undefined : resolveToday(env));
}

export function resolveActor(clerkFlag: string | undefined, env: NodeJS.ProcessEnv): Actor {
  return { clerk: resolveClerk(clerkFlag, env), today: resolveToday(env) };
}

export function dateFlag(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) throw new UsageError(`${flag} must be a date YYYY-MM-DD, got "${value}"`);
  return value;
}
