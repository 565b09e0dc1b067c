import { statSync } from 'node:fs';
import { schemaVersion } from '../db/migrate.ts';
import { recordTableNames } from '../db/recordTables.ts';
import type { Handlers } from './dispatch.ts';
import { features } from './features.ts';
import { recordedExport } from './recordedExport.ts';
import type { HandlerContext } from './handlerContext.ts';
import { subjectViewLoader } from './subjectView.ts';

type FoundationChannels = 'app:info' | 'stats:get' | 'subject:records' | 'export:openFolder' | 'demo:rebuild';

function meta(ctx: HandlerContext, key: string): string | null {
  const row = ctx.db().prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

/** Channels that need only the foundation: app info, statistics, a subject's stored records, the demo database. */
export function foundationHandlers(ctx: HandlerContext): Pick<Handlers, FoundationChannels> {
  let viewLoader: { db: unknown; load: ReturnType<typeof subjectViewLoader> } | null = null;
  return {
    async 'app:info'() {
      const subjects = (ctx.db().prepare('SELECT count(*) AS n FROM subjects').get() as { n: number }).n;
      return {
        version: ctx.version,
        databaseFile: ctx.databaseFile,
        userDataDir: ctx.userDataDir,
        policy: { id: ctx.policy.id, version: ctx.policy.version, organisation: ctx.policy.organisation.name },
        features: { ...features },
        demo: { seed: meta(ctx, 'demo.seed'), referenceDate: meta(ctx, 'demo.referenceDate'), subjects },
        today: ctx.today(),
      };
    },
    async 'stats:get'() {
      const db = ctx.db();
      const tables = Object.fromEntries(
        recordTableNames.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]),
      );
      return { schemaVersion: schemaVersion(db), bytes: statSync(ctx.databaseFile).size, tables };
    },
    async 'subject:records'({ subjectId }) {
      const db = ctx.db();
      if (viewLoader?.db !== db) viewLoader = { db, load: subjectViewLoader(db) };
      return viewLoader.load(subjectId);
    },
    async 'export:openFolder'({ requestId }) {
      return { opened: await ctx.openFolder(recordedExport(ctx, requestId).folder) };
    },
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
