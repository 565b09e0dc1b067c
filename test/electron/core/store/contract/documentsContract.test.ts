import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../../../electron/core/clock/clock.ts';
import { loadDefaultPolicy } from '../../../../../electron/core/policy/loadPolicy.ts';
import { registerRequest } from '../../../../../electron/core/requests/useCases/index.ts';
import type { Store } from '../../../../../electron/core/store/store.ts';
import type { CaseDocument } from '../../../../../shared/documents/documentModel.ts';
import { fixturePdf } from '../../../../helpers/documentFixtures.ts';
import { ImportError } from '../../../../../electron/core/importer/importFormat.ts';
import {
  baseRecords,
  documentRecord,
  importPeople,
  sampleEmail,
  writeDocumentFolder,
  writeDocumentZip,
  writeImportFile,
} from '../../../../helpers/documentImportFiles.ts';
import type { StoreBackend } from '../../../../helpers/storeBackends.ts';
import { useStoreBackends } from '../../../../helpers/storeBackends.ts';
import { useTempDirs } from '../../../../helpers/tempDir.ts';

const register = loadDefaultPolicy();

/** The same calls on a store of each backend give this; compared across the two below. */
type Outcome = Record<string, unknown>;

/**
 * The case file's documents on both backends of the storage port (issue 16.1): the same files (kept
 * once per content), documents, readings with their pages and word boxes, mention decisions and
 * redactions inside documents, the same refusals; and the same import of documents and the same
 * import refusals (file, line, field, reason).
 */
describe('documents contract (SQLite and PostgreSQL)', () => {
  const backends = useStoreBackends();
  const tempDir = useTempDirs();

  /** A store of `backend` holding the two people and the case of documentImportFiles.ts, and one request. */
  async function open(backend: StoreBackend): Promise<{ store: Store; reference: string }> {
    const store = await backend.open();
    await store.team.setSetting('roleChecks', false);
    await store.team.setSetting('fourEyes', false);
    await store.records.importFile(writeImportFile(join(tempDir(), 'people.jsonl'), baseRecords(), {}));
    const { reference } = await registerRequest(
      { store, clock: fixedClock('2026-03-01'), clerk: { name: 'M. de Vries' }, register },
      { receivedOn: '2026-03-01', channel: 'letter', requester: { name: 'Aanvrager' } },
    );
    return { store, reference };
  }

  const base = (id: string, sha256: string, bytes: number, fields: Partial<CaseDocument>): CaseDocument => ({
    id,
    caseId: null,
    subjectId: null,
    kind: 'letter-sent',
    date: '2026-03-02',
    direction: 'outgoing',
    sender: 'Incassobureau',
    recipient: null,
    title: 'Aanmaning',
    fileName: `${id}.pdf`,
    mediaType: 'application/pdf',
    sha256,
    bytes,
    parentId: null,
    ...fields,
  });

  // One PDF for both backends (pdfkit stamps the time it was made into it).
  const letter = fixturePdf([['Geachte heer De Vries,', 'U bent 120 euro verschuldigd.'], ['Met vriendelijke groet']]);

  /** Every call of the port, with what it gave or how it refused. */
  async function exercise(backend: StoreBackend): Promise<Outcome> {
    const { store, reference } = await open(backend);
    const docs = store.documents;
    const { subjectId, otherSubjectId, caseId } = importPeople;
    const { bytes: pdf, layout } = await letter;
    const text = new TextEncoder().encode('Belnotitie: debiteur belde over de regeling.');
    const out: Outcome = {};
    const sha = await docs.putFile(pdf);
    out.putTwice = (await docs.putFile(pdf)) === sha;
    out.fileBack = Buffer.from(await docs.file(sha)).equals(Buffer.from(pdf));
    const textSha = await docs.putFile(text);
    const missing = '0'.repeat(64);
    out.fileMissing = await docs.file(missing).then(
      () => 'found',
      (error: { code?: string; params?: unknown }) => [error.code, error.params],
    );
    await docs.addDocuments([
      base('D-2', sha, pdf.byteLength, { subjectId, date: '2026-01-05' }),
      base('D-1', sha, pdf.byteLength, { caseId, date: '2026-01-05', kind: 'letter-received', direction: 'incoming' }),
      base('D-3', textSha, text.byteLength, {
        caseId,
        subjectId: otherSubjectId,
        kind: 'call-note',
        direction: 'internal',
        mediaType: 'text/plain',
        fileName: 'note.txt',
        sender: null,
        title: null,
      }),
    ]);
    out.duplicateId = await docs.addDocuments([base('D-1', sha, pdf.byteLength, { caseId })]).then(
      () => 'accepted',
      () => 'refused',
    );
    out.neitherLink = await docs.addDocuments([base('D-9', sha, pdf.byteLength, {})]).then(
      () => 'accepted',
      () => 'refused',
    );
    out.unknownFile = await docs.addDocuments([base('D-8', missing, 1, { caseId })]).then(
      () => 'accepted',
      () => 'refused',
    );
    out.count = await docs.countDocuments();
    out.ids = await docs.documentIds();
    out.document = await docs.document('D-3');
    out.notFound = await docs.document('D-404').then(
      () => 'found',
      (error: { code?: string; params?: unknown }) => [error.code, error.params],
    );
    out.ofPerson = (await docs.documentsOf({ subjectIds: [subjectId], caseIds: [] })).map((d) => d.id);
    out.ofCase = await docs.documentsOf({ subjectIds: [], caseIds: [caseId] });
    out.ofNothing = await docs.documentsOf({ subjectIds: [], caseIds: [] });
    out.unreadBefore = await docs.unreadDocumentIds();
    out.pendingReading = await docs.reading('D-1');

    const pages = layout.map((page) => ({ ...page, documentId: 'D-1' }));
    await docs.saveReading(
      { documentId: 'D-1', status: 'read', method: 'pdf-text', problem: null, readAt: '2026-03-01T09:00:00.000Z', pageCount: 2 },
      pages,
    );
    out.pages = await docs.pages('D-1');
    // Read again with one page fewer: the page it no longer has is gone.
    await docs.saveReading(
      { documentId: 'D-1', status: 'read', method: 'ocr', problem: null, readAt: '2026-03-02T09:00:00.000Z', pageCount: 1 },
      [{ ...pages[0]!, text: 'Geachte heer' }],
    );
    out.pagesAgain = await docs.pages('D-1');
    out.readingAgain = await docs.reading('D-1');
    await docs.saveReading(
      { documentId: 'D-2', status: 'unreadable', method: null, problem: 'encrypted', readAt: '2026-03-02T09:00:00.000Z', pageCount: 0 },
      [],
    );
    await docs.saveReading({ documentId: 'D-3', status: 'ocr-unavailable', method: null, problem: null, readAt: null, pageCount: 0 }, []);
    out.unreadAfter = await docs.unreadDocumentIds();
    out.unreadable = await docs.reading('D-2');

    await docs.decideMention({
      reference,
      documentId: 'D-3',
      decision: 'dismissed',
      reason: 'namesake',
      decidedBy: 'E',
      decidedOn: '2026-03-02',
    });
    await docs.decideMention({ reference, documentId: 'D-3', decision: 'added', reason: null, decidedBy: 'F', decidedOn: '2026-03-03' });
    await docs.decideMention({
      reference,
      documentId: 'D-1',
      decision: 'dismissed',
      reason: 'not the person',
      decidedBy: 'E',
      decidedOn: '2026-03-03',
    });
    out.mentions = (await docs.mentionDecisions(reference)).map((m) => ({ ...m, reference: m.reference === reference }));
    out.mentionsOfOther = await docs.mentionDecisions('2026-999');
    out.mentionUnknownRequest = await docs
      .decideMention({ reference: '2026-999', documentId: 'D-1', decision: 'added', reason: null, decidedBy: 'E', decidedOn: '2026-03-03' })
      .then(
        () => 'accepted',
        () => 'refused',
      );

    const area = { kind: 'area', page: 1, x: 10, y: 20.5, width: 100, height: 12.25 } as const;
    const stretch = { kind: 'text', page: 1, start: 8, end: 17 } as const;
    const first = await docs.addRedaction({
      reference,
      documentId: 'D-1',
      target: stretch,
      reason: 'third-party',
      note: null,
      by: 'E',
      on: '2026-03-03',
    });
    const second = await docs.addRedaction({
      reference,
      documentId: 'D-1',
      target: area,
      reason: 'other',
      note: 'handtekening',
      by: 'E',
      on: '2026-03-03',
    });
    await docs.addRedaction({
      reference,
      documentId: 'D-3',
      target: { kind: 'text', page: 1, start: 0, end: 3 },
      reason: 'third-party',
      note: null,
      by: 'F',
      on: '2026-03-04',
    });
    out.otherWithoutNote = await docs
      .addRedaction({ reference, documentId: 'D-1', target: stretch, reason: 'other', note: '  ', by: 'E', on: '2026-03-03' })
      .then(
        () => 'accepted',
        () => 'refused',
      );
    const strip = (list: Awaited<ReturnType<typeof docs.redactions>>) =>
      list.map((r) => ({
        ...r,
        id: r.id === first ? 'first' : r.id === second ? 'second' : 'third',
        reference: r.reference === reference,
      }));
    out.redactionsOfDocument = strip(await docs.redactions(reference, 'D-1'));
    out.redactionsAll = strip(await docs.redactions(reference));
    out.removed = await docs.removeRedaction(reference, first);
    out.removedAgain = await docs.removeRedaction(reference, first);
    out.removedOtherRequest = await docs.removeRedaction('2026-999', second);
    out.redactionsAfter = strip(await docs.redactions(reference));
    return out;
  }

  it('keeps the same files, documents, readings, decisions and redactions, and refuses the same things, on both', async () => {
    const [sqlite, postgres] = [await exercise(backends[0]!), await exercise(backends[1]!)];
    // What the port promises, checked on one backend; the other must give exactly the same.
    expect(sqlite).toMatchObject({
      putTwice: true,
      fileBack: true,
      fileMissing: ['document.file-missing', { sha256: '0'.repeat(64) }],
      duplicateId: 'refused',
      neitherLink: 'refused',
      unknownFile: 'refused',
      count: 3,
      ids: ['D-1', 'D-2', 'D-3'],
      notFound: ['document.not-found', { documentId: 'D-404' }],
      ofPerson: ['D-2'],
      ofNothing: [],
      unreadBefore: ['D-1', 'D-2', 'D-3'],
      pendingReading: { documentId: 'D-1', status: 'pending', method: null, problem: null, readAt: null, pageCount: 0 },
      readingAgain: { status: 'read', method: 'ocr', pageCount: 1 },
      unreadAfter: ['D-3'],
      unreadable: { status: 'unreadable', problem: 'encrypted' },
      mentionsOfOther: [],
      mentionUnknownRequest: 'refused',
      otherWithoutNote: 'refused',
      removed: true,
      removedAgain: false,
      removedOtherRequest: false,
    });
    expect((sqlite.ofCase as CaseDocument[]).map((d) => d.id)).toEqual(['D-1', 'D-3']);
    expect((sqlite.pages as unknown[]).length).toBe(2);
    expect((sqlite.pagesAgain as { page: number; text: string }[]).map((p) => [p.page, p.text])).toEqual([[1, 'Geachte heer']]);
    expect(sqlite.mentions).toEqual([
      { reference: true, documentId: 'D-1', decision: 'dismissed', reason: 'not the person', decidedBy: 'E', decidedOn: '2026-03-03' },
      { reference: true, documentId: 'D-3', decision: 'added', reason: null, decidedBy: 'F', decidedOn: '2026-03-03' },
    ]);
    expect((sqlite.redactionsAfter as { id: string }[]).map((r) => r.id)).toEqual(['second', 'third']);
    expect(postgres).toEqual(sqlite);
  });

  /** Imports the same files into a store of `backend`: what was stored, and how each bad file was refused. */
  async function importAll(backend: StoreBackend, dir: string, pdf: Uint8Array): Promise<Outcome> {
    const { store } = await open(backend);
    const out: Outcome = {};
    const refused = (promise: Promise<unknown>) =>
      promise.then(
        () => 'imported',
        (error: unknown) => {
          expect(error).toBeInstanceOf(ImportError);
          const { file, line, field, reason } = error as ImportError;
          // A rule the database enforces is worded by each in its own terms.
          return { file, line, field, reason: reason.startsWith('breaks a rule') ? 'breaks a rule' : reason };
        },
      );
    const snapshot = async () => ({
      ids: await store.documents.documentIds(),
      documents: await store.documents.documentsOf({
        subjectIds: [importPeople.subjectId, importPeople.otherSubjectId],
        caseIds: [importPeople.caseId],
      }),
      unread: await store.documents.unreadDocumentIds(),
    });
    out.folder = (await store.records.importFile(join(dir, 'folder.jsonl'))).byTable;
    out.zip = (await store.records.importFile(join(dir, 'zip.jsonl'))).byTable;
    out.stored = await snapshot();
    out.letterBack = Buffer.from(await store.documents.file((await store.documents.document('D-LETTER')).sha256)).equals(Buffer.from(pdf));
    for (const bad of ['missing', 'escape', 'sha', 'media', 'parent', 'case', 'changed', 'records'])
      out[bad] = await refused(store.records.importFile(join(dir, `${bad}.jsonl`)));
    out.afterRefusals = await snapshot();
    out.newPerson = await store.records.subjectProfile(['S-NEW']).then(
      (profile) => Object.keys(profile.records).length,
      () => 'none',
    );
    return out;
  }

  it('imports the same documents from a folder and a zip, and refuses the same bad files with the same file, line and field', async () => {
    const dir = tempDir();
    const { bytes: pdf } = await letter;
    const { bytes: other } = await fixturePdf([['Dagvaarding']]);
    const files = { 'aanmaning.pdf': pdf, 'regeling.eml': sampleEmail, 'bijlage.pdf': other, 'bel.txt': 'Belnotitie' };
    writeDocumentFolder(dir, 'files', files);
    await writeDocumentZip(dir, 'mail.zip', files);
    const pdfLine = (fields: Record<string, unknown>) =>
      documentRecord({ file: 'aanmaning.pdf', media_type: 'application/pdf', ...fields });
    writeImportFile(join(dir, 'folder.jsonl'), [
      pdfLine({ id: 'D-LETTER' }),
      documentRecord({ id: 'D-NOTE', kind: 'call-note', direction: 'internal', subject_id: undefined, file: 'bel.txt' }),
    ]);
    writeImportFile(
      join(dir, 'zip.jsonl'),
      [
        documentRecord({ id: 'D-MAIL', kind: 'email', file: 'regeling.eml', media_type: 'message/rfc822' }),
        documentRecord({ id: 'D-ATT', kind: 'email', file: 'bijlage.pdf', media_type: 'application/pdf', parent_id: 'D-MAIL' }),
      ],
      { documentFiles: 'mail.zip' },
    );
    writeImportFile(join(dir, 'missing.jsonl'), [documentRecord({ id: 'D-X', file: 'weg.txt' })]);
    writeImportFile(join(dir, 'escape.jsonl'), [documentRecord({ id: 'D-X', file: '../folder.jsonl' })]);
    writeImportFile(join(dir, 'sha.jsonl'), [documentRecord({ id: 'D-X', file: 'bel.txt', sha256: 'a'.repeat(64) })]);
    writeImportFile(join(dir, 'media.jsonl'), [documentRecord({ id: 'D-X', file: 'regeling.eml', media_type: 'application/pdf' })]);
    // An attachment of the call note (stored by the first import): not an e-mail.
    writeImportFile(join(dir, 'parent.jsonl'), [documentRecord({ id: 'D-X', file: 'bel.txt', parent_id: 'D-NOTE' })]);
    writeImportFile(join(dir, 'case.jsonl'), [documentRecord({ id: 'D-X', file: 'bel.txt', case_id: 'C-404' })]);
    writeImportFile(join(dir, 'changed.jsonl'), [documentRecord({ id: 'D-LETTER', file: 'bijlage.pdf', media_type: 'application/pdf' })]);
    // Good records and a good document, then a bad one: nothing of it stays.
    writeImportFile(join(dir, 'records.jsonl'), [
      { table: 'subjects', record: { id: 'S-NEW', created_on: '2026-01-01', source: baseRecords()[0]!.record.source } },
      documentRecord({ id: 'D-Y', file: 'bel.txt', subject_id: 'S-NEW' }),
      documentRecord({ id: 'D-X', file: 'bel.txt', date: '2026-13-01' }),
    ]);
    const sqlite = await importAll(backends[0]!, dir, pdf);
    const postgres = await importAll(backends[1]!, dir, pdf);
    expect(sqlite).toMatchObject({
      folder: { documents: 2 },
      zip: { documents: 2 },
      letterBack: true,
      missing: { file: 'missing.jsonl', line: 2, field: 'documents.file' },
      escape: { line: 2, field: 'documents.file' },
      sha: { line: 2, field: 'documents.sha256' },
      media: { line: 2, field: 'documents.media_type' },
      parent: { line: 2, field: 'documents.parent_id' },
      case: { line: 2, field: 'documents.case_id' },
      changed: { line: 2, field: 'documents.file' },
      records: { line: 4, field: 'documents.date' },
    });
    expect((sqlite.stored as { ids: string[] }).ids).toEqual(['D-ATT', 'D-LETTER', 'D-MAIL', 'D-NOTE']);
    expect(sqlite.afterRefusals).toEqual(sqlite.stored);
    expect(postgres).toEqual(sqlite);
  });
});
