import { userInfo } from 'node:os';
import type { Clock } from '../core/clock/clock.ts';
import { systemClock } from '../core/clock/clock.ts';
import type { Actor } from '../core/requests/requestRepository.ts';
import { isIsoDate, localIsoDate } from '../../shared/dates/isoDate.ts';
import { UsageError } from './cliTypes.ts';

/**
 * Who is acting, for the register and the audit trail: --clerk NAME, else INZAGE_CLERK, else the
 * operating-system user. And which day it is: the local calendar date, or INZAGE_TODAY (YYYY-MM-DD)
 * to replay a day (tests, catching up on paper); the audit entries always carry the real clock time.
 */
export function resolveClerk(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  const clerk = (flag ?? env.INZAGE_CLERK ?? safeUserName()).trim();
  if (!clerk) throw new UsageError('who is acting? give --clerk NAME or set INZAGE_CLERK');
  return clerk;
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
