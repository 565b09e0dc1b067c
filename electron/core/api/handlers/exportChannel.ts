import { join } from 'node:path';
import type { ExportTaskInput, ExportTaskOutput } from '../../jobs/exportTask.ts';
import { extractRequestOf } from '../../store/registerAccess.ts';
import { recordedExport, verifyRecordedExport } from '../../output/extractUseCases.ts';
import { chooseSigning } from '../../settings/signingChoice.ts';
import type { Handlers } from '../dispatch.ts';
import type { HandlerContext } from '../handlerContext.ts';

/**
 * export:* — the signed PDF and the archive, made by the export use case in a worker thread
 * (jobs/exportTask.ts) with progress events; verify and open act on the files the register recorded.
 */
export function exportChannel(ctx: HandlerContext): Pick<Handlers, 'export:start' | 'export:verify' | 'export:openFolder'> {
  return {
    async 'export:start'({ requestId, archive, passphrase }) {
      const deps = ctx.useCaseDeps();
      // Refused before any work starts: a request without a linked person, or without a certificate to sign with.
      await extractRequestOf(deps.store, requestId, deps.clerk, deps.register);
      const settings = await deps.store.settings.read();
      const signing = chooseSigning(await deps.store.records.isDemo(), settings, ctx.secrets, passphrase);
      const input: ExportTaskInput = {
        databaseLocation: ctx.databaseLocation,
        policyFile: ctx.policyFile,
        reference: requestId,
        clerk: deps.clerk.name,
        clerkRole: deps.clerk.role ?? null,
        today: deps.clock.today(),
        startedAt: deps.clock.now().toISOString(),
        outDir: join(settings.outputFolder, requestId),
        dataDir: ctx.userDataDir,
        archive,
        signing,
        auditKeys: { audit: ctx.keys.audit.toString('hex'), query: ctx.keys.query.toString('hex') },
      };
      const jobId = ctx.jobs.start('export', async (progress) => {
        const output = await ctx.runTask<ExportTaskOutput>('export:request', input, progress);
        return { folder: output.folder, files: output.files, createdAt: output.createdAt };
      });
      return { jobId };
    },
    async 'export:verify'({ requestId }) {
      return verifyRecordedExport(ctx.useCaseDeps(), { requestRef: requestId });
    },
    async 'export:openFolder'({ requestId }) {
      const { folder } = await recordedExport(ctx.useCaseDeps(), { requestRef: requestId });
      return { opened: await ctx.openFolder(folder) };
    },
  };
}
