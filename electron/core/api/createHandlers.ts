import { renameSync, rmSync } from 'node:fs';
import type { Db } from '../db/openDatabase.ts';
import { createJobRunner } from '../jobs/jobRunner.ts';
import type { Handlers } from './dispatch.ts';
import { foundationHandlers } from './foundationHandlers.ts';
import type { HandlerContext, HandlerDeps } from './handlerContext.ts';
import { extractHandlers } from './extractHandlers.ts';
import { requestHandlers } from './requestHandlers.ts';
import { createPathGrants } from '../settings/pathChooser.ts';
import { searchHandlers } from './searchHandlers.ts';
import { settingsHandlers } from './settingsHandlers.ts';

/** Every channel's handler over the given deps; returns the handlers and a close() for the database. */
export function createHandlers(deps: HandlerDeps): { handlers: Handlers; close: () => void } {
  let db: Db = deps.openDb(deps.databaseFile);
  const flushers: (() => void)[] = [];
  const flushAll = () => flushers.forEach((flush) => flush());
  const ctx: HandlerContext = {
    ...deps,
    db: () => db,
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
    ...requestHandlers(ctx),
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
