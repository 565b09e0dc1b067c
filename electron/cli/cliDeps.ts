import { systemClock } from '../core/clock/clock.ts';
import type { Policy } from '../../shared/policy/policySchema.ts';
import type { Db } from '../core/db/openDatabase.ts';
import { loadDefaultPolicy } from '../core/policy/loadPolicy.ts';
import { sqliteStore } from '../core/store/sqliteStore.ts';
import type { UseCaseDeps } from '../core/store/useCaseDeps.ts';
import { resolveClerk, resolveToday } from './actor.ts';
import type { CliIo } from './cliTypes.ts';

/**
 * What a command passes to the use cases, as the app's handlers do: the store over the opened
 * database, the system clock (INZAGE_TODAY replays another day), the clerk (--clerk, INZAGE_CLERK or
 * the OS user) and the built-in register. `clerk` is resolved only when the use case logs an action.
 */
export function cliDeps(db: Db, io: CliIo, options: { clerk?: string | undefined; needsClerk?: boolean } = {}): UseCaseDeps {
  let register: Policy | null = null;
  return {
    store: sqliteStore(db),
    clock: systemClock(resolveToday(io.env)),
    clerk: { name: options.needsClerk === false ? 'inzage' : resolveClerk(options.clerk, io.env) },
    // Read when first used: validating the register costs tens of ms that `stats` or `search` need not pay.
    get register() {
      return (register ??= loadDefaultPolicy());
    },
  };
}
