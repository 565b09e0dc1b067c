import type { Policy } from '../../shared/policy/policySchema.ts';
import { loadDefaultPolicy } from '../core/policy/loadPolicy.ts';
import { sqliteStore } from '../core/store/sqliteStore.ts';
import type { UseCaseDeps } from '../core/store/useCaseDeps.ts';
import { resolveClerk, resolveClock } from './actor.ts';
import type { CliIo } from './cliTypes.ts';
import { openCommandDatabase } from './database.ts';

/**
 * What a command gives the use cases, as the app's handlers do: the store over --db (or the app's
 * own database), the clock (INZAGE_TODAY replays a day), the clerk (--clerk, INZAGE_CLERK, the OS
 * user) and the register (read only when a use case asks for it: letters). `run` closes the database.
 */
export async function withUseCaseDeps<T>(
  values: { db?: string | undefined; clerk?: string | undefined },
  io: CliIo,
  options: { readonly?: boolean; needsClerk?: boolean },
  run: (deps: UseCaseDeps) => Promise<T>,
): Promise<T> {
  // A reading command needs no clerk: nothing it does is written to the trail under a name.
  const clerk = options.needsClerk === false ? '' : resolveClerk(values.clerk, io.env);
  const clock = resolveClock(io.env);
  const store = sqliteStore(openCommandDatabase(values.db, io, { readonly: options.readonly ?? false }));
  let register: Policy | undefined;
  const deps: UseCaseDeps = {
    store,
    clock,
    clerk: { name: clerk },
    get register() {
      register ??= loadDefaultPolicy();
      return register;
    },
  };
  try {
    return await run(deps);
  } finally {
    await store.close();
  }
}
