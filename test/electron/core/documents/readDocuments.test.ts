import { describe, expect, it } from 'vitest';
import { readLandmarks } from '../../../../electron/core/demo/seedDatabase.ts';
import type { ReadProgress } from '../../../../electron/core/documents/readDocuments.ts';
import { readPendingDocuments } from '../../../../electron/core/documents/readDocuments.ts';
import { fixturePdf } from '../../../helpers/documentFixtures.ts';
import { seedTestDatabase, withoutDemoDocuments } from '../../../helpers/demoDatabase.ts';
import { addUnreadDocument, encryptedPdf, scanPng, tesseractMissingReason } from '../../../helpers/scanFixtures.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import { testUseCaseDeps } from '../../../helpers/useCaseDeps.ts';

const noOcr = { command: '/nonexistent/bin/tesseract', languages: ['nld', 'eng'] };
const ocrMissing = tesseractMissingReason();

describe('reading the pending documents (issue 16.2)', () => {
  const dir = useTempDirs();

  async function demoWithDocuments() {
    const { db } = seedTestDatabase(dir(), 40);
    withoutDemoDocuments(db);
    const { debtor } = readLandmarks(db)!.sharedCase;
    const { store, on } = testUseCaseDeps(db);
    const { bytes: letter } = await fixturePdf([['Geachte heer,', 'Aanmaning dossier 2024-00017'], ['Pagina twee']]);
    await addUnreadDocument(store, { id: 'D-LETTER', subjectId: debtor, mediaType: 'application/pdf', bytes: letter });
    await addUnreadDocument(store, { id: 'D-BROKEN', subjectId: debtor, mediaType: 'application/pdf', bytes: letter.slice(0, 400) });
    await addUnreadDocument(store, {
      id: 'D-LOCKED',
      subjectId: debtor,
      mediaType: 'application/pdf',
      bytes: await encryptedPdf('Geheim'),
    });
    const { png } = await scanPng(['Geachte heer Jansen,', 'Mijn buurman Gerrit Hoekstra']);
    await addUnreadDocument(store, { id: 'D-SCAN', subjectId: debtor, mediaType: 'image/png', bytes: png });
    return { store, deps: on('2026-03-02') };
  }

  it('reads each unread document, saves its reading, lists those it could not read with why, and logs one entry', async () => {
    const { store, deps } = await demoWithDocuments();
    const progress: ReadProgress[] = [];
    const result = await readPendingDocuments(deps, { ocr: noOcr, onProgress: (p) => progress.push(p) });

    expect(result).toMatchObject({ documents: 4, read: 1, unreadable: 2, ocrUnavailable: 1 });
    expect(result.notRead).toEqual([
      {
        documentId: 'D-BROKEN',
        kind: 'letter-received',
        status: 'unreadable',
        notice: { code: 'document.damaged', params: { documentId: 'D-BROKEN' } },
      },
      {
        documentId: 'D-LOCKED',
        kind: 'letter-received',
        status: 'unreadable',
        notice: { code: 'document.encrypted', params: { documentId: 'D-LOCKED' } },
      },
      { documentId: 'D-SCAN', kind: 'letter-received', status: 'ocr-unavailable', notice: null },
    ]);
    expect(result.ocrNotice).toEqual({ code: 'document.ocr-missing', params: { command: noOcr.command, count: 1 } });

    expect(await store.documents.reading('D-LETTER')).toMatchObject({
      status: 'read',
      method: 'pdf-text',
      pageCount: 2,
      readAt: deps.clock.now().toISOString(),
    });
    expect((await store.documents.pages('D-LETTER')).map((page) => page.text)).toEqual([
      'Geachte heer,\nAanmaning dossier 2024-00017',
      'Pagina twee',
    ]);
    expect(await store.documents.reading('D-LOCKED')).toMatchObject({ status: 'unreadable', problem: 'encrypted' });
    // Waiting for OCR keeps the document in the reader's queue; the unreadable ones leave it (their files will not change).
    expect(await store.documents.unreadDocumentIds()).toEqual(['D-SCAN']);

    // Progress per document and per page, documents done never going back.
    expect(progress[0]).toEqual({ documentsDone: 0, documents: 4 });
    expect(progress.at(-1)).toEqual({ documentsDone: 4, documents: 4 });
    // D-LETTER is second in id order: its two pages while one document is done.
    expect(progress).toContainEqual({ documentsDone: 1, documents: 4, page: 2, pages: 2 });
    const done = progress.map((p) => p.documentsDone);
    expect(done).toEqual([...done].sort((a, b) => a - b));

    const { entries } = await store.audit.page({ limit: 5, offset: 0 });
    const logged = entries.filter((entry) => entry.action === 'documents.read');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ actor: 'M. de Vries', details: { documents: 4, read: 1, unreadable: 2, ocrUnavailable: 1 } });
  });

  it('does nothing and logs nothing when every document has been read', async () => {
    const { store, deps } = await demoWithDocuments();
    await readPendingDocuments(deps, { ocr: noOcr });
    const before = (await store.audit.page({ limit: 1, offset: 0 })).total;
    await store.documents.saveReading({ ...(await store.documents.reading('D-SCAN')), status: 'unreadable', problem: 'ocr-failed' }, []);
    expect(await readPendingDocuments(deps, { ocr: noOcr })).toMatchObject({ documents: 0, read: 0 });
    expect((await store.audit.page({ limit: 1, offset: 0 })).total).toBe(before);
  });

  it.skipIf(ocrMissing !== null)(`reads the waiting scan once OCR is there${ocrMissing ? ` — skipped: ${ocrMissing}` : ''}`, async () => {
    const { store, deps } = await demoWithDocuments();
    await readPendingDocuments(deps, { ocr: noOcr });
    const second = await readPendingDocuments(deps);
    expect(second).toMatchObject({ documents: 1, read: 1, unreadable: 0, ocrUnavailable: 0, notRead: [], ocrNotice: null });
    expect(await store.documents.reading('D-SCAN')).toMatchObject({ status: 'read', method: 'ocr', pageCount: 1 });
    expect((await store.documents.pages('D-SCAN'))[0]!.text).toContain('Hoekstra');
  });
});
