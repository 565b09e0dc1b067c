import { describe, expect, it } from 'vitest';
import { readLandmarks } from '../../../../electron/core/demo/seedDatabase.ts';
import { extractDocumentsOf } from '../../../../electron/core/documents/extractDocuments.ts';
import { linkSubjects } from '../../../../electron/core/requests/useCases/subjectDecisions.ts';
import { registerRequest } from '../../../../electron/core/requests/useCases/registerRequest.ts';
import { addFixtureDocument } from '../../../helpers/documentFixtures.ts';
import { seedTestDatabase, withoutDemoDocuments } from '../../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import { testUseCaseDeps } from '../../../helpers/useCaseDeps.ts';

describe('the documents as the extract lists them (issue 16.4)', () => {
  const dir = useTempDirs();

  async function requestFor(subjectId: string) {
    const { db } = seedTestDatabase(dir(), 40);
    withoutDemoDocuments(db);
    const landmarks = readLandmarks(db)!;
    const { store, on } = testUseCaseDeps(db);
    const deps = on('2026-03-02');
    const { reference } = await registerRequest(deps, { receivedOn: '2026-03-01', channel: 'letter', requester: { name: 'Aanvrager' } });
    const id = subjectId === 'invoice' ? landmarks.invoiceRecipient : landmarks.sharedCase.debtor;
    await linkSubjects(deps, reference, [id], { matched: ['name'] });
    return { deps, store, reference, subjectId: id, db };
  }

  it('labels each in the person’s language, numbers the appendices by date and gives each a safe archive name', async () => {
    const { deps, store, reference, subjectId } = await requestFor('debtor');
    await addFixtureDocument(store, { id: 'D-B', subjectId, date: '2026-02-01', pages: [['Tweede brief']] });
    await addFixtureDocument(store, {
      id: 'D-A',
      subjectId,
      kind: 'letter-sent',
      direction: 'outgoing',
      date: '2026-01-05',
      format: 'text',
      pages: [['Eerste brief']],
    });
    const en = await extractDocumentsOf(deps, reference, 'en');
    expect(en.map((d) => [d.documentId, d.appendix, d.kindLabel, d.directionLabel, d.archivePath, d.heldForController])).toEqual([
      ['D-A', 1, 'Letter sent', 'Outgoing', 'documents/001-D-A.txt', null],
      ['D-B', 2, 'Letter received', 'Incoming', 'documents/002-D-B.pdf', null],
    ]);
    expect((await extractDocumentsOf(deps, reference, 'nl'))[0]!.kindLabel).toBe('Verzonden brief');
  });

  it('follows the processor path: an invoice recipient’s documents name the client they are held for', async () => {
    const { deps, store, reference, subjectId, db } = await requestFor('invoice');
    await addFixtureDocument(store, { id: 'D-INV', subjectId, pages: [['Factuur ontvangen']] });
    const clientName = db
      .prepare('SELECT o.name FROM invoice_service_records r JOIN organisations o ON o.id = r.client_id WHERE r.subject_id = ? LIMIT 1')
      .pluck()
      .get(subjectId) as string;
    const [entry] = await extractDocumentsOf(deps, reference, 'nl');
    expect(entry!.heldForController).toContain(clientName);
  });
});
