import { databaseStats } from '../../records/recordUseCases.ts';
import type { Handlers } from '../dispatch.ts';
import type { HandlerContext } from '../handlerContext.ts';

/** stats:* — records per table, schema version and size (the same use case as `inzage stats`). */
export function statsChannel(ctx: HandlerContext): Pick<Handlers, 'stats:get'> {
  return {
    async 'stats:get'() {
      const stats = await databaseStats(ctx.useCaseDeps());
      return { schemaVersion: stats.schemaVersion, bytes: stats.bytes, tables: stats.tables };
    },
  };
}
