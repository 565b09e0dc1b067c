import { describe, expect, it, vi } from 'vitest';
import { decideMention, liftDocumentRedaction, redactInDocument } from '../../../../electron/core/documents/documentDecisions.ts';
import * as requestDocumentsModule from '../../../../electron/core/documents/requestDocuments.ts';
import { changeStatus } from '../../../../electron/core/requests/useCases/index.ts';
import { seedTestDatabase } from '../../../helpers/demoDatabase.ts';
import { addFixtureDocument } from '../../../helpers/documentFixtures.ts';
import { sharedCaseLetter, THIRD_PARTY } from '../../../helpers/documentRequest.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import { refusal } from '../../../helpers/useCaseDeps.ts';

// The possible-mention search is branch docs-search's (requestDocuments.possibleMentions); the decision rules
// here are tested on their own by letting requestDocuments offer a chosen document, as that search would.
vi.mock('../../../../electron/core/documents/requestDocuments.ts', async (importOriginal) => {
  const real = await importOriginal<typeof requestDocumentsModule>();
  return { requestDocuments: vi.fn(real.requestDocuments) };
});
const realRequestDocuments = (
  await vi.importActual<typeof requestDocumentsModule>('../../../../electron/core/documents/requestDocuments.ts')
).requestDocuments;

function offerAsPossibleMention(documentId: string): void {
  vi.mocked(requestDocumentsModule.requestDocuments).mockImplementation(async (deps, reference) => {
    const real = await realRequestDocuments(deps, reference);
    const decided = [...real.documents.map((d) => d.document.id), ...real.dismissed.map((d) => d.document.id)];
    if (decided.includes(documentId) || real.possibleMentions.some((m) => m.document.id === documentId)) return real;
    const document = await deps.store.documents.document(documentId);
    const reading = await deps.store.documents.reading(documentId);
    return {
      ...real,
      possibleMentions: [...real.possibleMentions, { document, reading, matches: [{ field: 'name', page: 1, snippet: '…' }] }],
    };
  });
}

describe('redactions inside a document of the copy (issue 16.5, Art. 15(4))', () => {
  const tempDir = useTempDirs();

  it("withholds a stretch of a page's text and an area of a page, audited, and lifts one with its reason kept as a note", async () => {
    const { db } = seedTestDatabase(tempDir(), 400, 'doc-decisions');
    const { deps, store, reference, letter } = await sharedCaseLetter(db, 'coDebtor');
    const [page] = await store.documents.pages(letter.id);
    const start = page!.text.indexOf(THIRD_PARTY);
    const byText = await redactInDocument(deps, {
      reference,
      documentId: letter.id,
      target: { kind: 'text', page: 1, start, end: start + THIRD_PARTY.length },
      reason: 'third-party-data',
    });
    const byArea = await redactInDocument(deps, {
      reference,
      documentId: letter.id,
      target: { kind: 'area', page: 2, x: 70, y: 70, width: 200, height: 20 },
      reason: 'other',
      note: 'A signature',
    });
    expect(await store.documents.redactions(reference, letter.id)).toEqual([byText, byArea]);
    expect(byText).toMatchObject({ by: 'M. de Vries', on: '2026-03-07', note: null });
    const copy = await realRequestDocuments({ store }, reference);
    expect(copy.documents.find((d) => d.document.id === letter.id)).toMatchObject({ link: 'person', redactionCount: 2 });

    await liftDocumentRedaction(deps, { reference, redactionId: byArea.id, reason: 'It is the person’s own signature' });
    expect(await store.documents.redactions(reference, letter.id)).toEqual([byText]);
    const request = await store.requests.find(reference);
    expect(request!.notes.map((n) => n.text).join('\n')).toContain('It is the person’s own signature');
    const trail = (await store.audit.forRequest(reference)).map((e) => [e.action, e.target]);
    expect(trail).toEqual(
      expect.arrayContaining([
        ['document.redact', `document:${letter.id}`],
        ['document.lift-redaction', `document:${letter.id}`],
      ]),
    );
    // Free text stays out of the trail: it may name people.
    expect(JSON.stringify(await store.audit.forRequest(reference))).not.toContain('signature');
    db.close();
  });

  it('refuses a target beside the text or off the page, an unread page, a document outside the copy, a bad reason', async () => {
    const { db } = seedTestDatabase(tempDir(), 400, 'doc-decisions');
    const { deps, store, reference, letter, foreign, sharedCase } = await sharedCaseLetter(db, 'coDebtor');
    const [page] = await store.documents.pages(letter.id);
    const length = page!.text.length;
    const text = (start: number, end: number, p = 1) => ({ kind: 'text' as const, page: p, start, end });
    const attempt = (target: Parameters<typeof redactInDocument>[1]['target'], documentId = letter.id, reason = 'third-party-data') =>
      refusal(redactInDocument(deps, { reference, documentId, target, reason }));
    expect(await attempt(text(0, length + 1))).toEqual({ code: 'document.target-outside', params: { documentId: letter.id, page: 1 } });
    expect(await attempt(text(5, 5))).toMatchObject({ code: 'document.target-outside' });
    expect(await attempt(text(-1, 3))).toMatchObject({ code: 'document.target-outside' });
    expect(await attempt({ kind: 'area', page: 1, x: 500, y: 10, width: 200, height: 10 })).toMatchObject({
      code: 'document.target-outside',
    });
    expect(await attempt(text(0, 3, 3))).toEqual({ code: 'document.page-not-found', params: { documentId: letter.id, page: 3 } });
    expect(await attempt(text(0, 3), foreign.id)).toEqual({
      code: 'document.not-in-request',
      params: { reference, documentId: foreign.id },
    });
    expect(await attempt(text(0, 3), 'DOC-NONE')).toEqual({ code: 'document.not-found', params: { documentId: 'DOC-NONE' } });
    expect(await attempt(text(0, 3), letter.id, 'because')).toMatchObject({ code: 'redaction.unknown-reason' });
    expect(await attempt(text(0, 3), letter.id, 'other')).toEqual({ code: 'redaction.note-required', params: { reference } });

    // A text file has no layout: an area cannot be placed on it.
    const note = await addFixtureDocument(store, {
      id: 'DOC-NOTE-1',
      subjectId: sharedCase.coDebtor,
      kind: 'call-note',
      format: 'text',
      pages: [['Gebeld']],
    });
    expect(await attempt({ kind: 'area', page: 1, x: 0, y: 0, width: 1, height: 1 }, note.id)).toMatchObject({
      code: 'document.target-outside',
    });
    // A document not read yet has no pages to redact on.
    const unread = await addFixtureDocument(
      store,
      { id: 'DOC-UNREAD-1', subjectId: sharedCase.coDebtor, pages: [['Scan']] },
      { read: false },
    );
    expect(await attempt(text(0, 2), unread.id)).toMatchObject({ code: 'document.page-not-found' });

    expect(await store.documents.redactions(reference)).toEqual([]);
    expect((await store.audit.forRequest(reference)).some((e) => e.action.startsWith('document.'))).toBe(false);
    expect(await refusal(liftDocumentRedaction(deps, { reference, redactionId: 99, reason: 'x' }))).toEqual({
      code: 'document.redaction-not-found',
      params: { reference, redactionId: 99 },
    });
    expect(await refusal(liftDocumentRedaction(deps, { reference, redactionId: 99, reason: ' ' }))).toMatchObject({
      code: 'document.lift-reason-required',
    });
    db.close();
  });

  it('refuses any change once the request is closed', async () => {
    const { db } = seedTestDatabase(tempDir(), 400, 'doc-decisions');
    const { deps, reference, letter } = await sharedCaseLetter(db, 'coDebtor');
    await changeStatus(deps, reference, 'withdrawn', 'the person withdrew the request');
    expect(
      await refusal(
        redactInDocument(deps, {
          reference,
          documentId: letter.id,
          target: { kind: 'text', page: 1, start: 0, end: 3 },
          reason: 'third-party-data',
        }),
      ),
    ).toMatchObject({ code: 'request.closed' });
    db.close();
  });
});

describe('possible mentions added or dismissed (issue 16.3)', () => {
  const tempDir = useTempDirs();

  it('adds an offered document to the copy, dismisses it again with a reason, and re-adds it; each audited', async () => {
    const { db } = seedTestDatabase(tempDir(), 400, 'doc-decisions');
    const { deps, store, reference, letter } = await sharedCaseLetter(db, 'debtor');
    offerAsPossibleMention(letter.id);
    expect(await refusal(decideMention(deps, { reference, documentId: letter.id, decision: 'dismissed', reason: ' ' }))).toEqual({
      code: 'document.dismiss-reason-required',
      params: { reference, documentId: letter.id },
    });
    const added = await decideMention(deps, { reference, documentId: letter.id, decision: 'added' });
    expect(added.documents.find((d) => d.document.id === letter.id)?.link).toBe('mention-added');
    // Once in the copy, the document can be redacted in this request.
    const [page] = await store.documents.pages(letter.id);
    const start = page!.text.indexOf(THIRD_PARTY);
    await redactInDocument(deps, {
      reference,
      documentId: letter.id,
      target: { kind: 'text', page: 1, start, end: start + 6 },
      reason: 'third-party-data',
    });

    const dismissed = await decideMention(deps, {
      reference,
      documentId: letter.id,
      decision: 'dismissed',
      reason: 'About the co-debtor only',
    });
    expect(dismissed.documents.some((d) => d.document.id === letter.id)).toBe(false);
    expect(dismissed.dismissed.map((d) => [d.document.id, d.decision.reason, d.decision.decidedBy])).toEqual([
      [letter.id, 'About the co-debtor only', 'M. de Vries'],
    ]);
    const readded = await decideMention(deps, { reference, documentId: letter.id, decision: 'added' });
    expect(readded.documents.find((d) => d.document.id === letter.id)?.link).toBe('mention-added');
    expect((await store.audit.forRequest(reference)).filter((e) => e.action.endsWith('-mention')).map((e) => e.action)).toEqual([
      'document.add-mention',
      'document.dismiss-mention',
      'document.add-mention',
    ]);
    vi.mocked(requestDocumentsModule.requestDocuments).mockImplementation(realRequestDocuments);
    db.close();
  });

  it('refuses a document the search did not offer, whoever it belongs to', async () => {
    const { db } = seedTestDatabase(tempDir(), 400, 'doc-decisions');
    const { deps, store, reference, foreign } = await sharedCaseLetter(db, 'debtor');
    vi.mocked(requestDocumentsModule.requestDocuments).mockImplementation(realRequestDocuments);
    // DOC-OTHER-1 names nobody of this request: no search offers it.
    expect(await refusal(decideMention(deps, { reference, documentId: foreign.id, decision: 'added' }))).toEqual({
      code: 'document.not-a-mention',
      params: { reference, documentId: foreign.id },
    });
    expect(await refusal(decideMention(deps, { reference, documentId: 'DOC-NONE', decision: 'added' }))).toMatchObject({
      code: 'document.not-found',
    });
    expect(await store.documents.mentionDecisions(reference)).toEqual([]);
    db.close();
  });
});
