import { renameSync, rmSync } from 'node:fs';
import type { Db } from '../db/openDatabase.ts';
import { createJobRunner } from '../jobs/jobRunner.ts';
import type { Handlers } from './dispatch.ts';
import { foundationHandlers } from './foundationHandlers.ts';
import type { HandlerContext, HandlerDeps } from './handlerContext.ts';
import { extractHandlers } from './extractHandlers.ts';
import { auditChannel } from './handlers/auditChannel.ts';
import { redactionChannel } from './handlers/redactionChannel.ts';
import { reportChannel } from './handlers/reportChannel.ts';
import { requestChannel } from './handlers/requestChannel.ts';
import type { Clock } from '../clock/clock.ts';
import { systemClock } from '../clock/clock.ts';
import type { Store } from '../store/store.ts';
import { sqliteStore } from '../store/sqliteStore.ts';
import { createPathGrants } from '../settings/pathChooser.ts';
import { searchHandlers } from './searchHandlers.ts';
import { settingsHandlers } from './settingsHandlers.ts';

/** Every channel's handler over the given deps; returns the handlers and a close() for the database. */
export function createHandlers(deps: HandlerDeps): { handlers: Handlers; close: () => void } {
  let db: Db = deps.openDb(deps.databaseFile);
  const flushers: (() => void)[] = [];
  const flushAll = () => flushers.forEach((flush) => flush());
  const clock: Clock = deps.clock ?? { today: deps.today, now: () => systemClock().now() };
  // One store per open connection: its queue keeps transactions on that connection one after another.
  let store: { db: Db; store: Store } | null = null;
  const storeOf = (current: Db): Store => {
    if (store?.db !== current) store = { db: current, store: sqliteStore(current) };
    return store.store;
  };
  const ctx: HandlerContext = {
    ...deps,
    db: () => db,
    useCaseDeps: () => ({ store: storeOf(db), clock, clerk: { name: deps.settings.read().clerkName }, register: ctx.policy }),
    register: { file: deps.registerFile ?? null, problem: deps.registerProblem ?? null },
    grants: createPathGrants(),
    replaceDatabase(builtFile) {
      // Close, swap under the final name, reopen: the old file is replaced only by a complete new one.
      flushAll();
      db.close();
      for (const suffix of ['-wal', '-shm']) rmSync(deps.databaseFile + suffix, { force: true });
      renameSync(builtFile, deps.databaseFile);
      for (const suffix of ['-wal', '-shm']) rmSync(builtFile + suffix, { force: true });
      db = deps.openDb(deps.databaseFile);
    },
    beforeClose: (flush) => flushers.push(flush),
    jobs: createJobRunner(
      (p) => deps.emit('job:progress', p),
      (d) => deps.emit('job:done', d),
    ),
  };
  const handlers: Handlers = {
    ...foundationHandlers(ctx),
    ...settingsHandlers(ctx),
    ...searchHandlers(ctx),
    ...requestChannel(ctx),
    ...redactionChannel(ctx),
    ...reportChannel(ctx),
    ...auditChannel(ctx),
    ...extractHandlers(ctx),
  };
  return {
    handlers,
    close: () => {
      flushAll();
      db.close();
    },
  };
}
