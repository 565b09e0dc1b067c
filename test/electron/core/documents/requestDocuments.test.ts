import { describe, expect, it } from 'vitest';
import { readLandmarks } from '../../../../electron/core/demo/seedDatabase.ts';
import { requestDocuments } from '../../../../electron/core/documents/requestDocuments.ts';
import { linkSubjects } from '../../../../electron/core/requests/useCases/subjectDecisions.ts';
import { registerRequest } from '../../../../electron/core/requests/useCases/registerRequest.ts';
import { addFixtureDocument } from '../../../helpers/documentFixtures.ts';
import { seedTestDatabase } from '../../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import { testUseCaseDeps } from '../../../helpers/useCaseDeps.ts';

describe('the documents of a request (issue 16.3)', () => {
  const dir = useTempDirs();

  it("takes the person's documents and their cases' case-level ones, not another party's in a shared case", async () => {
    const { db } = seedTestDatabase(dir(), 40);
    const landmarks = readLandmarks(db)!;
    const { caseId, debtor, coDebtor } = landmarks.sharedCase;
    const { store, on } = testUseCaseDeps(db);
    const deps = on('2026-03-02');
    const { reference } = await registerRequest(deps, { receivedOn: '2026-03-01', channel: 'letter', requester: { name: 'Aanvrager' } });
    await linkSubjects(deps, reference, [debtor], { matched: ['name'] });

    await addFixtureDocument(store, { id: 'D-OWN', subjectId: debtor, pages: [['Brief van de debiteur']], date: '2026-01-05' });
    await addFixtureDocument(store, { id: 'D-CASE', caseId, kind: 'call-note', direction: 'internal', pages: [['Belnotitie']] });
    await addFixtureDocument(store, { id: 'D-OTHER', caseId, subjectId: coDebtor, pages: [['Brief van de medeschuldenaar']] });

    const found = await requestDocuments(deps, reference);
    // The demo's own documents of this debtor are there too (demoDocuments.ts); the co-debtor's scan that names her is not.
    const fixtures = (documents: typeof found.documents) => documents.filter((d) => d.document.id.startsWith('D-'));
    expect(fixtures(found.documents).map((d) => [d.document.id, d.link])).toEqual([
      ['D-OWN', 'person'],
      ['D-CASE', 'case'],
    ]);
    expect(fixtures(found.documents)[0]!.reading).toMatchObject({ status: 'read', pageCount: 1 });
    const demo = found.documents.filter((d) => !d.document.id.startsWith('D-'));
    expect(demo.map((d) => d.document.id).sort()).toEqual(
      [
        ...landmarks.documents.letters,
        landmarks.documents.scannedLetter,
        ...landmarks.documents.emailThread,
        landmarks.documents.callNote,
      ].sort(),
    );
    expect(demo.every((d) => d.link === 'person' && d.reading.status === 'pending')).toBe(true);

    await store.documents.decideMention({
      reference,
      documentId: 'D-OTHER',
      decision: 'added',
      reason: null,
      decidedBy: 'E',
      decidedOn: '2026-03-02',
    });
    const withAdded = await requestDocuments(deps, reference);
    expect(fixtures(withAdded.documents).map((d) => d.link)).toEqual(['person', 'case', 'mention-added']);
  });
});
