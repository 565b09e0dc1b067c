import { describe, expect, it } from 'vitest';
import type { CaseDocument } from '../../../../shared/documents/documentModel.ts';
import { sha256Hex } from '../../../../electron/core/documents/sqliteDocumentRepository.ts';
import { sqliteStore } from '../../../../electron/core/store/sqliteStore.ts';
import { seedTestDatabase } from '../../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import { testKeys } from '../../../helpers/testKeys.ts';

describe('documents in the SQLite store (migration 011)', () => {
  const dir = useTempDirs();

  function open() {
    const { db } = seedTestDatabase(dir(), 40);
    const store = sqliteStore(db, { keys: testKeys });
    const subjectId = db.prepare('SELECT id FROM subjects ORDER BY id LIMIT 1').pluck().get() as string;
    const caseId = db.prepare('SELECT case_id FROM case_parties WHERE subject_id = ? LIMIT 1').pluck().get(subjectId) as string;
    return { db, store, subjectId, caseId };
  }

  function letter(id: string, sha256: string, bytes: number, link: Partial<CaseDocument>): CaseDocument {
    const base: CaseDocument = {
      id,
      caseId: null,
      subjectId: null,
      kind: 'letter-sent',
      date: '2026-03-02',
      direction: 'outgoing',
      sender: 'Incassobureau',
      recipient: null,
      title: 'Aanmaning',
      fileName: `${id}.txt`,
      mediaType: 'text/plain',
      sha256,
      bytes,
      parentId: null,
    };
    return { ...base, ...link };
  }

  it('keeps one file per content, addressed by its SHA-256, and finds documents by person or case', async () => {
    const { store, subjectId, caseId } = open();
    const demoDocuments = await store.documents.countDocuments();
    const content = new TextEncoder().encode('Geachte heer, u bent ons een bedrag verschuldigd.');
    const sha = await store.documents.putFile(content);
    expect(sha).toBe(sha256Hex(content));
    expect(await store.documents.putFile(content)).toBe(sha);
    await store.documents.addDocuments([
      letter('DOC-1', sha, content.byteLength, { subjectId }),
      letter('DOC-2', sha, content.byteLength, { caseId, date: '2026-01-15' }),
    ]);
    expect(Buffer.from(await store.documents.file(sha)).toString('utf8')).toContain('verschuldigd');
    const found = await store.documents.documentsOf({ subjectIds: [subjectId], caseIds: [caseId] });
    expect(found.map((d) => d.id)).toEqual(['DOC-2', 'DOC-1']);
    expect(found[1]).toMatchObject({ subjectId, bytes: content.byteLength, mediaType: 'text/plain' });
    expect(await store.documents.documentsOf({ subjectIds: ['nobody'], caseIds: [] })).toEqual([]);
    expect(await store.documents.countDocuments()).toBe(demoDocuments + 2);
  });

  it('refuses a document that names no case and no person, or a file it does not hold', async () => {
    const { store } = open();
    const sha = await store.documents.putFile(new Uint8Array([1, 2, 3]));
    await expect(store.documents.addDocuments([letter('DOC-X', sha, 3, {})])).rejects.toThrow(/CHECK constraint/);
    await expect(store.documents.addDocuments([letter('DOC-Y', 'f'.repeat(64), 3, { subjectId: null, caseId: null })])).rejects.toThrow();
    await expect(store.documents.document('DOC-X')).rejects.toMatchObject({ code: 'document.not-found' });
    await expect(store.documents.file('0'.repeat(64))).rejects.toMatchObject({ code: 'document.file-missing' });
  });

  it('keeps what was read per page and lists documents still to read', async () => {
    const { store, subjectId } = open();
    // The demo's own documents are not read yet either (the seeder leaves them to the reader).
    const demoUnread = await store.documents.unreadDocumentIds();
    const sha = await store.documents.putFile(new TextEncoder().encode('x'));
    await store.documents.addDocuments([letter('DOC-1', sha, 1, { subjectId }), letter('DOC-2', sha, 1, { subjectId })]);
    expect(await store.documents.reading('DOC-1')).toMatchObject({ status: 'pending', pageCount: 0 });
    const words = [{ text: 'Aanmaning', x: 10, y: 20, width: 60, height: 12 }];
    await store.documents.saveReading(
      { documentId: 'DOC-1', status: 'read', method: 'pdf-text', problem: null, readAt: '2026-03-02T10:00:00Z', pageCount: 1 },
      [{ documentId: 'DOC-1', page: 1, text: 'Aanmaning', width: 595, height: 842, words }],
    );
    await store.documents.saveReading(
      { documentId: 'DOC-2', status: 'ocr-unavailable', method: null, problem: null, readAt: null, pageCount: 0 },
      [],
    );
    expect(await store.documents.pages('DOC-1')).toEqual([
      { documentId: 'DOC-1', page: 1, text: 'Aanmaning', width: 595, height: 842, words },
    ]);
    expect(await store.documents.unreadDocumentIds()).toEqual([...demoUnread, 'DOC-2'].sort());
  });

  it('keeps per request the mention decisions and the redactions inside documents', async () => {
    const { db, store, subjectId } = open();
    db.prepare(
      'INSERT INTO requests (id, reference, ref_year, ref_number, received_on, channel, kind, requester_name, status, ' +
        'created_by, created_at) ' +
        "VALUES (1, 'R-1', 2026, 1, '2026-03-01', 'email', 'access', 'X', 'received', 'E', '2026-03-01T09:00:00Z')",
    ).run();
    const sha = await store.documents.putFile(new TextEncoder().encode('x'));
    await store.documents.addDocuments([letter('DOC-1', sha, 1, { subjectId })]);
    await store.documents.decideMention({
      reference: 'R-1',
      documentId: 'DOC-1',
      decision: 'dismissed',
      reason: 'namesake',
      decidedBy: 'E',
      decidedOn: '2026-03-02',
    });
    await store.documents.decideMention({
      reference: 'R-1',
      documentId: 'DOC-1',
      decision: 'added',
      reason: null,
      decidedBy: 'E',
      decidedOn: '2026-03-03',
    });
    expect(await store.documents.mentionDecisions('R-1')).toEqual([
      { reference: 'R-1', documentId: 'DOC-1', decision: 'added', reason: null, decidedBy: 'E', decidedOn: '2026-03-03' },
    ]);
    const target = { kind: 'text', page: 1, start: 0, end: 1 } as const;
    const id = await store.documents.addRedaction({
      reference: 'R-1',
      documentId: 'DOC-1',
      target,
      reason: 'third-party',
      note: null,
      by: 'E',
      on: '2026-03-03',
    });
    await expect(
      store.documents.addRedaction({
        reference: 'R-1',
        documentId: 'DOC-1',
        target,
        reason: 'other',
        note: ' ',
        by: 'E',
        on: '2026-03-03',
      }),
    ).rejects.toThrow(/CHECK constraint/);
    expect(await store.documents.redactions('R-1', 'DOC-1')).toMatchObject([{ id, target, reason: 'third-party' }]);
    expect(await store.documents.removeRedaction('R-1', id)).toBe(true);
    expect(await store.documents.redactions('R-1')).toEqual([]);
  });
});
