import type { Clock } from '../../electron/core/clock/clock.ts';
import { fixedClock } from '../../electron/core/clock/clock.ts';
import type { Db } from '../../electron/core/db/openDatabase.ts';
import { loadDefaultPolicy } from '../../electron/core/policy/loadPolicy.ts';
import type { Store } from '../../electron/core/store/store.ts';
import { sqliteStore } from '../../electron/core/store/sqliteStore.ts';
import type { UseCaseDeps } from '../../electron/core/store/useCaseDeps.ts';
import { testKeys } from './testKeys.ts';

/**
 * Use-case deps over one open connection for tests: one store (so its transactions queue), the given
 * clerk, the built-in register, and a clock that stands still on the day asked for: `on('2026-03-06')`.
 */
export function testUseCaseDeps(db: Db, clerk = 'M. de Vries'): { store: Store; on: (today: string, clock?: Clock) => UseCaseDeps } {
  const store = sqliteStore(db, { keys: testKeys });
  const register = loadDefaultPolicy();
  return { store, on: (today, clock = fixedClock(today)) => ({ store, clock, clerk: { name: clerk }, register }) };
}

/** What a use case threw, as its code and parameters (the words are the catalogues' business). */
export async function refusal(promise: Promise<unknown>): Promise<{ code: string; params: Record<string, unknown> }> {
  try {
    await promise;
  } catch (error) {
    const { code, params } = error as { code: string; params: Record<string, unknown> };
    return { code, params };
  }
  throw new Error('expected the use case to refuse');
}
