import { loadDefaultPolicy } from '../core/policy/loadPolicy.ts';
import type { UseCaseDeps } from '../core/store/useCaseDeps.ts';
import { cliDeps } from './cliDeps.ts';
import type { CliIo } from './cliTypes.ts';
import { openCommandStore } from './database.ts';

/**
 * Opens --db (a file or the team's postgres:// server; else INZAGE_DB, else the app's own database), builds the use cases' deps as every command does (cliDeps:
 * store, clock, clerk, the register read only when a use case asks for it: letters), runs `run` and
 * closes the database. For the request, audit and report commands, which all read the register.
 */
export async function withUseCaseDeps<T>(
  values: { db?: string | undefined; clerk?: string | undefined },
  io: CliIo,
  options: { readonly?: boolean; needsClerk?: boolean },
  run: (deps: UseCaseDeps) => Promise<T>,
): Promise<T> {
  const store = await openCommandStore(values.db, io, { readonly: options.readonly ?? false });
  const deps = cliDeps(store, io, {
    clerk: values.clerk,
    ...(options.needsClerk !== undefined ? { needsClerk: options.needsClerk } : {}),
    register: loadDefaultPolicy,
  });
  try {
    return await run(deps);
  } finally {
    await deps.store.close();
  }
}
