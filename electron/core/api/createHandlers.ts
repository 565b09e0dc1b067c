import { systemClock } from '../clock/clock.ts';
import type { Db } from '../db/openDatabase.ts';
import { removeLeftoverPartials } from '../files/leftoverPartials.ts';
import { swapInRebuiltDatabase } from '../demo/demoRebuild.ts';
import { createJobRunner } from '../jobs/jobRunner.ts';
import type { Clock } from '../clock/clock.ts';
import { settingsRepository } from '../settings/settingsRepository.ts';
import { createPathGrants } from '../settings/pathChooser.ts';
import { sqliteStore } from '../store/sqliteStore.ts';
import type { Store } from '../store/store.ts';
import type { Handlers } from './dispatch.ts';
import type { HandlerContext, HandlerDeps } from './handlerContext.ts';
import { appChannel } from './handlers/appChannel.ts';
import { auditChannel } from './handlers/auditChannel.ts';
import { demoChannel } from './handlers/demoChannel.ts';
import { dialogChannel } from './handlers/dialogChannel.ts';
import { exportChannel } from './handlers/exportChannel.ts';
import { extractChannel } from './handlers/extractChannel.ts';
import { searchChannel } from './handlers/searchChannel.ts';
import { settingsChannel } from './handlers/settingsChannel.ts';
import { statsChannel } from './handlers/statsChannel.ts';
import { redactionChannel } from './handlers/redactionChannel.ts';
import { reviewChannel } from './handlers/reviewChannel.ts';
import { reportChannel } from './handlers/reportChannel.ts';
import { requestChannel } from './handlers/requestChannel.ts';
import { clerkFromSettings } from '../settings/clerkIdentity.ts';
import { letterChannel } from './handlers/letterChannel.ts';
import { teamChannel } from './handlers/teamChannel.ts';

/** Every channel's handler over the given deps; returns the handlers and a close() for the database. */
export function createHandlers(deps: HandlerDeps): { handlers: Handlers; close: () => void } {
  // Issue 13.9: an export killed before it renamed its files left `.partial`s (part of a person's data) in
  // the output folder's request folders; the app's start clears those whose writer is gone.
  removeLeftoverPartials(deps.settings.read().outputFolder, { depth: 1 });
  let db: Db = deps.openDb(deps.databaseFile);
  const flushers: (() => void)[] = [];
  const flushAll = () => flushers.forEach((flush) => flush());
  const settings = settingsRepository(deps.settings);
  const clock: Clock = deps.clock ?? { today: deps.today, now: () => systemClock().now() };
  // One store per open connection (a demo rebuild swaps the database, and with it the store): its queue keeps
  // transactions on that connection one after another.
  let store: { db: Db; store: Store } | null = null;
  const ctx: HandlerContext = {
    ...deps,
    db: () => db,
    register: { file: deps.registerFile ?? null, problem: deps.registerProblem ?? null },
    grants: createPathGrants(),
    replaceDatabase(builtFile, backup) {
      // Close, keep the old file as the backup, swap the complete new one in under the final name, reopen.
      flushAll();
      db.close();
      swapInRebuiltDatabase({ databaseFile: deps.databaseFile, builtFile, backupFile: backup.file, previous: backup.previous });
      db = deps.openDb(deps.databaseFile);
    },
    beforeClose: (flush) => flushers.push(flush),
    jobs: createJobRunner(
      (p) => deps.emit('job:progress', p),
      (d) => deps.emit('job:done', d),
    ),
    useCaseDeps() {
      if (store?.db !== db) store = { db, store: sqliteStore(db, { keys: deps.keys, settings }) };
      return { store: store.store, clock, clerk: clerkFromSettings(deps.settings.read()), register: ctx.policy };
    },
  };
  const handlers: Handlers = {
    ...appChannel(ctx),
    ...settingsChannel(ctx),
    ...dialogChannel(ctx),
    ...statsChannel(ctx),
    ...searchChannel(ctx),
    ...extractChannel(ctx),
    ...exportChannel(ctx),
    ...demoChannel(ctx),
    ...requestChannel(ctx),
    ...redactionChannel(ctx),
    ...reviewChannel(ctx),
    ...reportChannel(ctx),
    ...auditChannel(ctx),
    ...letterChannel(ctx),
    ...teamChannel(ctx),
  };
  return {
    handlers,
    close: () => {
      flushAll();
      db.close();
    },
  };
}
