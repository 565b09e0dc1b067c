import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../../electron/core/api/dispatch.ts';
import { openStoreNow } from '../../../../../electron/core/store/openStore.ts';
import type { DocumentsReadSummary, JobProgress } from '../../../../../shared/ipc/types.ts';
import { createTestHandlers, waitForJob } from '../../../../helpers/handlerHarness.ts';
import { testKeys } from '../../../../helpers/testKeys.ts';
import { useTempDirs } from '../../../../helpers/tempDir.ts';

const tempDir = useTempDirs('test');

/**
 * docs-readjob (issue 16.2): the window starts the reading of the documents' text as a job over the real
 * handlers; the worker reads the seeded demo's pending documents (PDFs, an e-mail, scans by tesseract).
 */
describe('document:read', () => {
  it("reads the demo's pending documents in a worker, with progress in stages, and reports the counts", async () => {
    const h = createTestHandlers(tempDir(), { subjects: 120 });
    try {
      const before = openStoreNow(h.databaseFile, { keys: testKeys });
      const pending = await before.documents.unreadDocumentIds();
      await before.close();
      expect(pending.length).toBeGreaterThan(0);

      const result = await dispatch(h.handlers, 'document:read', {});
      if (!result.ok) throw new Error(result.error.message);
      const done = await waitForJob<DocumentsReadSummary>(h, (result.value as { jobId: string }).jobId);
      expect(done.ok).toBe(true);
      expect(done.kind).toBe('documents');
      const summary = done.result!;
      expect(summary.documents).toBe(pending.length);
      expect(summary.read + summary.unreadable + summary.ocrUnavailable).toBe(pending.length);
      // tesseract with nld+eng is on this machine (and on CI): nothing waits for OCR.
      expect(summary.ocrUnavailable).toBe(0);
      expect(summary.ocrNotice).toBeNull();
      expect(summary.notRead.map((d) => d.status)).toEqual(summary.notRead.map(() => 'unreadable'));
      // No text and no names travel in the done event: ids, kinds and codes only.
      for (const d of summary.notRead) expect(Object.keys(d).sort()).toEqual(['documentId', 'kind', 'notice', 'status']);

      const stages = h.events
        .filter((e) => e.event === 'job:progress')
        .map((e) => e.payload as JobProgress)
        .filter((p) => p.jobId === done.jobId)
        .map((p) => p.stage);
      expect(stages[0]).toBe('documents-ocr-check');
      expect(stages).toContain('documents-read');
      expect(stages.at(-1)).toBe('documents-done');

      const after = openStoreNow(h.databaseFile, { keys: testKeys });
      try {
        const statuses = await Promise.all(pending.map(async (id) => (await after.documents.reading(id))?.status));
        expect(statuses.filter((s) => s === 'read')).toHaveLength(summary.read);
        expect(statuses).not.toContain('pending');
        expect(await after.documents.unreadDocumentIds()).toEqual([]);
      } finally {
        await after.close();
      }
    } finally {
      h.close();
    }
  }, 120_000);
});
