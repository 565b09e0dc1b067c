import { describePostgresUrl, isPostgresUrl } from '../../db/postgres/postgresUrl.ts';
import { databaseSummary } from '../../records/recordUseCases.ts';
import type { Handlers } from '../dispatch.ts';
import { features } from '../features.ts';
import type { HandlerContext } from '../handlerContext.ts';

/** app:* — what the About panel shows: version, where the data lives, the register and the demo database. */
export function appChannel(ctx: HandlerContext): Pick<Handlers, 'app:info'> {
  return {
    async 'app:info'() {
      const summary = await databaseSummary(ctx.useCaseDeps());
      return {
        version: ctx.version,
        // A team server's URL without its password (the About panel shows it; issue 15.1).
        databaseFile: isPostgresUrl(ctx.databaseLocation) ? describePostgresUrl(ctx.databaseLocation) : ctx.databaseLocation,
        userDataDir: ctx.userDataDir,
        policy: summary.register,
        features: { ...features },
        demo: summary.demo,
        today: summary.today,
        databaseKey: ctx.secretStorage ?? null,
      };
    },
  };
}
