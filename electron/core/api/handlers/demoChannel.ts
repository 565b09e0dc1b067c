import type { Handlers } from '../dispatch.ts';
import type { HandlerContext } from '../handlerContext.ts';

/** demo:* — rebuilds the demo database in the worker (demo/demoUseCases.ts), then swaps it in whole. */
export function demoChannel(ctx: HandlerContext): Pick<Handlers, 'demo:rebuild'> {
  return {
    async 'demo:rebuild'({ subjects }) {
      const built = `${ctx.databaseFile}.rebuilding`;
      const jobId = ctx.jobs.start('demo', async (progress) => {
        await ctx.runTask('demo:build', { file: built, subjects, policyFile: ctx.policyFile }, progress);
        ctx.replaceDatabase(built);
        return null;
      });
      return { jobId };
    },
  };
}
