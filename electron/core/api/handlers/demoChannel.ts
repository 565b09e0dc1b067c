import { backupFileFor, checkDemoRebuild, recordRebuildDone, recordRebuildStart } from '../../demo/demoRebuild.ts';
import type { Handlers } from '../dispatch.ts';
import type { HandlerContext } from '../handlerContext.ts';

/**
 * demo:* — rebuilds the demo database in the worker (demo/demoUseCases.ts), then swaps it in whole.
 * Deliberate and recorded (issue 13.3, demo/demoRebuild.ts): refused unless the clerk typed the word
 * and the open database is the demo's; the rebuild is in the old trail before any work starts, the old
 * file is kept as a backup, and the new trail starts by naming it.
 */
export function demoChannel(ctx: HandlerContext): Pick<Handlers, 'demo:rebuild'> {
  return {
    async 'demo:rebuild'({ subjects, confirm }) {
      const deps = ctx.useCaseDeps();
      checkDemoRebuild(ctx.db(), confirm);
      const backupFile = backupFileFor(ctx.databaseLocation, deps.clock.now());
      await recordRebuildStart(deps, { subjects, backupFile });
      const built = `${ctx.databaseLocation}.rebuilding`;
      const jobId = ctx.jobs.start('demo', async (progress) => {
        await ctx.runTask('demo:build', { file: built, subjects, policyFile: ctx.policyFile }, progress);
        const previous = await ctx.useCaseDeps().store.audit.checkpoint(deps.clock.now());
        ctx.replaceDatabase(built, { file: backupFile, previous });
        await recordRebuildDone(ctx.useCaseDeps(), { backupFile, previous });
        return null;
      });
      return { jobId };
    },
  };
}
