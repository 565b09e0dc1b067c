import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../../electron/core/api/dispatch.ts';
import { fixedClock } from '../../../../../electron/core/clock/clock.ts';
import { openDatabase } from '../../../../../electron/core/db/openDatabase.ts';
import { readLandmarks } from '../../../../../electron/core/demo/seedDatabase.ts';
import type { ExportResult, JobProgress, PreviewPdf } from '../../../../../shared/ipc/types.ts';
import type { HandlerHarness } from '../../../../helpers/handlerHarness.ts';
import { createTestHandlers, waitForJob } from '../../../../helpers/handlerHarness.ts';
import { useTempDirs } from '../../../../helpers/tempDir.ts';
import { testKeys } from '../../../../helpers/testKeys.ts';

/** Each page's text as poppler's pdftotext reads it (an independent reader). */
function pagesText(file: string): string[] {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
}

/**
 * Issue 14.4 and 14.6: the preview is the extract as it will be signed — the PDF from the export's
 * renderer over the same model — and the export reports its progress page by page.
 */
describe('extract:previewPdf and the export’s progress', () => {
  const tempDir = useTempDirs('suite');
  let h: HandlerHarness;
  let dir: string;
  let requestId: string;
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = await dispatch(h.handlers, channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  };

  beforeAll(async () => {
    dir = tempDir();
    // One instant for the preview and the export, so the signature block's date is the same in both.
    h = createTestHandlers(dir, { subjects: 120, clock: fixedClock('2026-11-23', new Date('2026-11-23T10:00:00Z')) });
    const db = openDatabase(h.databaseFile, testKeys.database, { readonly: true });
    const subject = readLandmarks(db)!.foreignTransfer;
    db.close();
    const request = await call<{ id: string }>('request:create', {
      requesterName: 'Test Person',
      kind: 'access',
      language: 'nl',
      receivedOn: '2026-11-10',
      channel: 'email',
    });
    requestId = request.id;
    await call('request:checkIdentity', { requestId, method: 'known e-mail address' });
    await call('request:linkSubjects', { requestId, subjectIds: [subject], reason: 'name and birth date' });
  });
  afterAll(() => h.close());

  it('renders the PDF the export signs: the same pages with the same text, read back by poppler', async () => {
    const preview = await call<PreviewPdf>('extract:previewPdf', { requestId });
    const previewFile = join(dir, 'preview.pdf');
    writeFileSync(previewFile, Buffer.from(preview.pdf, 'base64'));
    expect(readFileSync(previewFile).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(preview.language).toBe('nl');
    const info = execFileSync('pdfinfo', [previewFile], { encoding: 'utf8' });
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBe(preview.pageCount);
    expect(preview.pageCount).toBeGreaterThan(3);

    const progress: JobProgress[] = [];
    h.listeners.add((event, payload) => event === 'job:progress' && progress.push(payload as JobProgress));
    const { jobId } = await call<{ jobId: string }>('export:start', { requestId, archive: false });
    const done = await waitForJob(h, jobId);
    expect(done.ok, JSON.stringify(done.error)).toBe(true);
    const result = done.result as ExportResult;
    const signedFile = join(result.folder, result.files[0]!.name);
    const previewPages = pagesText(previewFile);
    expect(previewPages).toHaveLength(preview.pageCount);
    // Every word on every page, the signature block's signer and date included; only the signature itself (not text) is added at export.
    expect(previewPages).toEqual(pagesText(signedFile));
    expect(previewPages.at(-1)).toContain('Inzage DEMO');

    // Progress: the steps in their order (the runner drops events closer than 50 ms, so a quick step may not show), the
    // layout page by page, the numbering against the page count, and a bar that never goes back.
    const order = ['assemble', 'certificate', 'layout', 'paginate', 'encode', 'sign', 'write-pdf', 'archive', 'done'];
    const stages = [...new Set(progress.map((p) => p.stage))];
    expect(
      stages.every((stage) => order.includes(stage)),
      stages.join(),
    ).toBe(true);
    expect(stages).toEqual([...stages].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(stages).toEqual(expect.arrayContaining(['assemble', 'layout', 'sign', 'write-pdf']));
    const layoutPages = progress.filter((p) => p.stage === 'layout').map((p) => p.page!);
    expect(layoutPages.length).toBeGreaterThan(3);
    expect(layoutPages).toEqual([...layoutPages].sort((a, b) => a - b));
    expect(layoutPages.at(-1)).toBeLessThanOrEqual(preview.pageCount);
    for (const p of progress.filter((p) => p.stage === 'paginate')) expect(p.pages).toBe(preview.pageCount);
    expect(progress.find((p) => p.stage === 'sign')?.pages).toBe(preview.pageCount);
    const fractions = progress.map((p) => p.done / p.total);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(new Set(progress.filter((p) => p.stage === 'layout').map((p) => p.done)).size).toBeGreaterThan(3);
  }, 240_000);

  it('logs the preview in the audit trail, as opening the extract is logged', async () => {
    const { entries } = await call<{ entries: { action: string; requestRef: string | null }[] }>('audit:list', {
      limit: 50,
      offset: 0,
      requestId,
    });
    expect(entries.filter((entry) => entry.action === 'extract.preview').length).toBeGreaterThan(0);
  });
});
