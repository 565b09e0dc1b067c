import { systemClock } from '../clock/clock.ts';
import { DomainError } from '../../../shared/errors/domainError.ts';
import type { Db } from '../db/openDatabase.ts';
import { removeLeftoverPartials } from '../files/leftoverPartials.ts';
import { swapInRebuiltDatabase } from '../demo/demoRebuild.ts';
import { createJobRunner } from '../jobs/jobRunner.ts';
import type { Clock } from '../clock/clock.ts';
import { settingsRepository } from '../settings/settingsRepository.ts';
import { createPathGrants } from '../settings/pathChooser.ts';
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
import { documentChannel } from './handlers/documentChannel.ts';

/**
 * Every channel's handler over the given deps; returns the handlers and a close() for the store. The
 * handlers work on one Store (issue 15.1): the SQLite file or the team's server, whichever the
 * location names; only the demo rebuild needs the file itself (ctx.db()).
 */
export function createHandlers(deps: HandlerDeps): { handlers: Handlers; close: () => void } {
  // Issue 13.9: an export killed before it renamed its files left `.partial`s (part of a person's data) in
  // the output folder's request folders; the app's start clears those whose writer is gone.
  removeLeftoverPartials(deps.settings.read().outputFolder, { depth: 1 });
  const flushers: (() => void)[] = [];
  const flushAll = () => flushers.forEach((flush) => flush());
  const settings = settingsRepository(deps.settings);
  const clock: Clock = deps.clock ?? { today: deps.today, now: () => systemClock().now() };
  // One store per open database (a demo rebuild swaps the file, and with it the store): on SQLite its
  // queue keeps transactions on that connection one after another.
  let store: Store & { db?: Db } = deps.openStore(deps.databaseLocation, settings);
  const closeStore = () => {
    // SQLite closes at once, as before (the file may be swapped right after); a pool ends in the background.
    if (store.db) store.db.close();
    else void store.close().catch(() => undefined);
  };
  const ctx: HandlerContext = {
    ...deps,
    db() {
      if (!store.db) throw new DomainError('team.needs-file', { command: 'demo rebuild' });
      return store.db;
    },
    register: { file: deps.registerFile ?? null, problem: deps.registerProblem ?? null },
    grants: createPathGrants(),
    replaceDatabase(builtFile, backup) {
      // Close, keep the old file as the backup, swap the complete new one in under the final name, reopen.
      flushAll();
      closeStore();
      swapInRebuiltDatabase({ databaseFile: deps.databaseLocation, builtFile, backupFile: backup.file, previous: backup.previous });
      store = deps.openStore(deps.databaseLocation, settings);
    },
    beforeClose: (flush) => flushers.push(flush),
    jobs: createJobRunner(
      (p) => deps.emit('job:progress', p),
      (d) => deps.emit('job:done', d),
    ),
    useCaseDeps() {
      return { store, clock, clerk: clerkFromSettings(deps.settings.read()), register: ctx.policy };
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
    ...documentChannel(ctx),
  };
  return {
    handlers,
    close: () => {
      flushAll();
      closeStore();
    },
  };
}
