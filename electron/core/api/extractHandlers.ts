import { join } from 'node:path';
import { assembleExtract } from '../../../shared/extract/assembleExtract.ts';
import { appendAudit } from '../audit/auditLog.ts';
import type { ExportTaskInput, ExportTaskOutput } from '../jobs/exportTask.ts';
import { verifyFile } from '../output/verify/verifyFile.ts';
import { loadSubjectProfile } from '../records/loadSubjectProfile.ts';
import { addOutput } from '../requests/requestAttachments.ts';
import { buildExtractRequest } from '../requests/buildExtractRequest.ts';
import { chooseSigning } from '../settings/signingChoice.ts';
import type { Handlers } from './dispatch.ts';
import type { HandlerContext } from './handlerContext.ts';
import { HandlerError } from './handlerError.ts';
import { recordedExport, sha256OfFile } from './recordedExport.ts';

/** The extract model for review (extract issue) and the export pipeline with verification (output issue). */
export function extractHandlers(ctx: HandlerContext): Pick<Handlers, 'extract:preview' | 'export:start' | 'export:verify'> {
  const clerk = () => ctx.settings.read().clerkName;
  const linkedRequest = (requestId: string) => {
    const request = buildExtractRequest(ctx.db(), requestId, clerk());
    if (request.subjectIds.length === 0)
      throw new HandlerError('conflict', `${requestId}: no person is linked to this request yet; find the person first.`);
    return request;
  };
  return {
    async 'extract:preview'({ requestId }) {
      const db = ctx.db();
      const request = linkedRequest(requestId);
      const model = assembleExtract(loadSubjectProfile(db, request.subjectIds), ctx.policy, request, ctx.today());
      appendAudit(
        db,
        {
          actor: clerk(),
          action: 'extract.preview',
          requestRef: requestId,
          details: { subjects: request.subjectIds.length },
        },
        ctx.useCaseDeps().clock.now(),
      );
      return model;
    },
    async 'export:start'({ requestId, archive, passphrase }) {
      linkedRequest(requestId); // refuses a request without a linked person before any work starts
      const settings = ctx.settings.read();
      const signing = chooseSigning(ctx.db(), settings, ctx.secrets, passphrase);
      const input: ExportTaskInput = {
        databaseFile: ctx.databaseFile,
        policyFile: ctx.policyFile,
        reference: requestId,
        clerk: settings.clerkName,
        today: ctx.today(),
        outDir: join(settings.outputFolder, requestId),
        dataDir: ctx.userDataDir,
        archive,
        signing,
      };
      const jobId = ctx.jobs.start('export', async (progress) => {
        const output = await ctx.runTask<ExportTaskOutput>('export:request', input, progress);
        // The files handed out are registered with their SHA-256, each with its audit entry.
        // One transaction (one fsync) for both files, so the handler thread is not held up twice.
        const db = ctx.db();
        db.transaction(() => {
          for (const file of output.hashes)
            addOutput(
              db,
              requestId,
              { fileName: file.name, kind: file.kind, sha256: file.sha256 },
              { clerk: input.clerk, today: input.today },
            );
        })();
        return { folder: output.folder, files: output.files, createdAt: output.createdAt };
      });
      return { jobId };
    },
    async 'export:verify'({ requestId }) {
      const { folder, files } = recordedExport(ctx, requestId);
      const checks: { name: string; ok: boolean; detail: string }[] = [];
      for (const file of files) {
        const path = join(folder, file.name);
        let sha256: string;
        try {
          sha256 = await sha256OfFile(path);
        } catch {
          checks.push({ name: `${file.name}: present`, ok: false, detail: 'the file is missing or cannot be read' });
          continue;
        }
        // Beyond its own signature or manifest, the file must be the very one handed out (request register).
        checks.push({
          name: `${file.name}: SHA-256 as recorded at export`,
          ok: sha256 === file.sha256,
          detail: sha256 === file.sha256 ? '' : 'the file changed after it was exported',
        });
        const result = await verifyFile(path);
        for (const check of result.checks) checks.push({ name: `${file.name}: ${check.what}`, ok: check.ok, detail: check.detail ?? '' });
      }
      return { ok: checks.every((c) => c.ok), checks };
    },
  };
}
