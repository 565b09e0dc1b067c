import type { Policy } from '../../../shared/policy/policySchema.ts';
import type { Clock } from '../clock/clock.ts';
import type { Store } from './store.ts';

/** Who is acting: the clerk's name as it goes into the audit trail and onto letters. */
export interface ActingClerk {
  readonly name: string;
  /** Their function, under the name on letters (Settings; absent where no one said, e.g. a CLI --clerk). */
  readonly role?: string | null;
}

/**
 * What every use case is given (docs/architecture.md § Use cases): the store, the clock, the acting
 * clerk and the register in force. The IPC handlers and the CLI commands each build this and call the
 * same use case, so the window and the command line cannot behave differently.
 */
export interface UseCaseDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly clerk: ActingClerk;
  readonly register: Policy;
}
