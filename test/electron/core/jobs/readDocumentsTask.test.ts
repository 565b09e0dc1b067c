import { describe, expect, it } from 'vitest';
import { readLandmarks } from '../../../../electron/core/demo/seedDatabase.ts';
import type { ReadDocumentsResult } from '../../../../electron/core/documents/readDocuments.ts';
import type { ReadDocumentsTaskInput } from '../../../../electron/core/jobs/readDocumentsTask.ts';
import { runInWorker } from '../../../../electron/core/jobs/runInWorker.ts';
import { defaultPolicyFile } from '../../../../electron/core/policy/loadPolicy.ts';
import { sqliteStore } from '../../../../electron/core/store/sqliteStore.ts';
import { fixturePdf } from '../../../helpers/documentFixtures.ts';
import { seedTestDatabase, withoutDemoDocuments } from '../../../helpers/demoDatabase.ts';
import { taskWorkerFile } from '../../../helpers/handlerHarness.ts';
import { addUnreadDocument } from '../../../helpers/scanFixtures.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import { testKeys } from '../../../helpers/testKeys.ts';

describe("the task 'documents:read' (issue 16.2)", () => {
  const dir = useTempDirs();

  it('reads the pending documents in a worker thread over its own connection, with progress in stages', async () => {
    const { db, file } = seedTestDatabase(dir(), 40);
    withoutDemoDocuments(db);
    const store = sqliteStore(db, { keys: testKeys });
    const { debtor } = readLandmarks(db)!.sharedCase;
    const { bytes } = await fixturePdf([['Aanmaning dossier 2024-00017'], ['Tweede pagina'], ['Derde pagina']]);
    await addUnreadDocument(store, { id: 'D-1', subjectId: debtor, mediaType: 'application/pdf', bytes });

    const input: ReadDocumentsTaskInput = {
      databaseLocation: file,
      policyFile: defaultPolicyFile(),
      clerk: 'M. de Vries',
      clerkRole: null,
      today: '2026-03-02',
      startedAt: '2026-03-02T09:30:00.000Z',
      auditKeys: { audit: testKeys.audit.toString('hex'), query: testKeys.query.toString('hex') },
      ocr: { command: '/nonexistent/bin/tesseract', languages: ['nld', 'eng'] },
    };
    const stages: string[] = [];
    const pages: number[] = [];
    const result = await runInWorker<ReadDocumentsResult>(
      taskWorkerFile,
      { name: 'documents:read', input, databaseKey: testKeys.database },
      (stage, _done, _total, at) => {
        stages.push(stage);
        if (at?.page !== undefined) pages.push(at.page);
      },
    );
    expect(result).toMatchObject({ documents: 1, read: 1, unreadable: 0, ocrUnavailable: 0 });
    expect([...new Set(stages)]).toEqual(['documents-ocr-check', 'documents-read', 'documents-done']);
    expect(pages).toEqual([1, 2, 3]);
    // Saved through the worker's connection, seen through this one.
    expect(await store.documents.reading('D-1')).toMatchObject({ status: 'read', pageCount: 3, readAt: '2026-03-02T09:30:00.000Z' });
    const { entries } = await store.audit.page({ limit: 3, offset: 0 });
    expect(entries.find((entry) => entry.action === 'documents.read')).toMatchObject({ actor: 'M. de Vries' });
  });
});
