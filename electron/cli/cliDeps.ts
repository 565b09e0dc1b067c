import { DomainError } from '../../shared/errors/domainError.ts';
import type { Policy } from '../../shared/policy/policySchema.ts';
import type { Store } from '../core/store/store.ts';
import type { UseCaseDeps } from '../core/store/useCaseDeps.ts';
import { resolveClerkIdentity, resolveClock } from './actor.ts';
import type { CliIo } from './cliTypes.ts';

/**
 * What a command passes to the use cases, as the app's handlers do: the store the command opened
 * (openCommandStore: a SQLite file or the team's server), the clock (resolveClock: INZAGE_TODAY
 * replays another day), the clerk (--clerk, INZAGE_CLERK or the OS user) and the register.
 * `clerk` is resolved only when the use case logs an action. A command whose use case reads the
 * register passes `register` (loadDefaultPolicy): the register's schema library stays out of
 * `stats` and `search`, which must load nothing but the store.
 */
/**
 * The register of a command whose use cases never read it. Use cases copy their deps (`{ ...deps, store }`),
 * which reads the property, so only reading a field of it fails, and then as a plain internal error.
 */
const noRegister = new Proxy({} as Policy, {
  get() {
    throw new DomainError('internal', { detail: 'this command reads no register' });
  },
});

export function cliDeps(
  store: Store,
  io: CliIo,
  options: { clerk?: string | undefined; needsClerk?: boolean; register?: () => Policy } = {},
): UseCaseDeps {
  let register: Policy | null = null;
  return {
    store,
    clock: resolveClock(io.env),
    clerk: options.needsClerk === false ? { name: 'inzage' } : resolveClerkIdentity(options.clerk, io.env),
    // Read when first used: validating the register costs tens of ms that `stats` or `search` need not pay.
    get register() {
      if (!options.register) return noRegister;
      return (register ??= options.register());
    },
  };
}
