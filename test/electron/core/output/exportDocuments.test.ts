import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readLandmarks } from '../../../../electron/core/demo/seedDatabase.ts';
import { readZip } from '../../../../electron/core/output/archive/readZip.ts';
import type { ExportedRequest } from '../../../../electron/core/output/extractUseCases.ts';
import { exportRequest, previewExtract } from '../../../../electron/core/output/extractUseCases.ts';
import { createDemoP12, demoP12Passphrase, loadSigningIdentity } from '../../../../electron/core/output/sign/signingIdentity.ts';
import { linkSubjects } from '../../../../electron/core/requests/useCases/subjectDecisions.ts';
import { registerRequest } from '../../../../electron/core/requests/useCases/registerRequest.ts';
import type { ExtractModel } from '../../../../shared/extract/extractModel.ts';
import { addFixtureDocument } from '../../../helpers/documentFixtures.ts';
import { seedTestDatabase, withoutDemoDocuments } from '../../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import { testUseCaseDeps } from '../../../helpers/useCaseDeps.ts';

const thirdParty = 'Gerrit Hoekstra';

/** Each page's text as poppler's pdftotext reads it (an independent reader). */
function pdfPages(file: string): string[] {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
}

/**
 * Issue 16.4 and 16.5 through the export use case (the one the worker and `inzage extract --request`
 * run): the request's documents are listed in the signed PDF and reproduced as appendices, the archive
 * carries their files under documents/, and a third party's name the clerk redacted is in neither.
 */
describe('documents in the signed extract and the archive', () => {
  const tempDir = useTempDirs('suite');
  let exported: ExportedRequest;
  let model: ExtractModel;
  let pdfText: string[];

  beforeAll(async () => {
    const dir = tempDir();
    const { db } = seedTestDatabase(dir, 40);
    withoutDemoDocuments(db);
    const { caseId, debtor } = readLandmarks(db)!.sharedCase;
    const { store, on } = testUseCaseDeps(db);
    const deps = on('2026-03-02');
    const { reference } = await registerRequest(deps, { receivedOn: '2026-03-01', channel: 'letter', requester: { name: 'Aanvrager' } });
    await linkSubjects(deps, reference, [debtor], { matched: ['name'] });
    const letter = ['Geachte heer of mevrouw,', `Mijn buurman ${thirdParty} kan bevestigen dat ik betaald heb.`, 'Met vriendelijke groet'];
    await addFixtureDocument(store, {
      id: 'D-LETTER',
      subjectId: debtor,
      title: 'Brief debiteur',
      sender: 'Debiteur',
      pages: [letter, ['Bijlage: kwitantie 112']],
    });
    await addFixtureDocument(store, {
      id: 'D-NOTE',
      caseId,
      kind: 'call-note',
      direction: 'internal',
      format: 'text',
      pages: [['Belnotitie: debiteur belde over de regeling.', `Noemde ${thirdParty} als getuige.`]],
    });
    for (const id of ['D-LETTER', 'D-NOTE']) {
      const [page] = await store.documents.pages(id);
      const start = page!.text.indexOf(thirdParty);
      await store.documents.addRedaction({
        reference,
        documentId: id,
        target: { kind: 'text', page: 1, start, end: start + thirdParty.length },
        reason: 'third-party-data',
        note: null,
        by: 'E. Klerk',
        on: '2026-03-02',
      });
    }
    model = await previewExtract(deps, { requestRef: reference });
    exported = await exportRequest(deps, {
      requestRef: reference,
      outDir: join(dir, 'out'),
      archive: true,
      identity: async () => loadSigningIdentity(createDemoP12('Test'), demoP12Passphrase),
    });
    pdfText = pdfPages(exported.files.find((f) => f.kind === 'pdf')!.path);
  }, 120_000);

  it('lists each document in the model with its kind, date, direction and what was withheld', () => {
    expect(model.documents?.map((d) => [d.documentId, d.kindLabel, d.directionLabel, d.appendix])).toEqual([
      ['D-LETTER', 'Ontvangen brief', 'Ontvangen', 1],
      ['D-NOTE', 'Gespreksnotitie', 'Intern', 2],
    ]);
    expect(model.documents?.[0]?.withheld).toEqual([{ page: 1, reason: 'third-party-data', reasonText: expect.any(String), note: null }]);
  });

  it('reproduces the documents in the signed PDF without the redacted name, with the rest of their words', () => {
    const all = pdfText.join('\n');
    expect(all).toContain('Documenten uit uw dossier');
    expect(all).toContain('Weggelaten uit documenten');
    expect(all).not.toContain('Hoekstra');
    expect(all).not.toContain('Gerrit');
    const appendix = pdfText.find((page) => page.includes('Bijlage 1: Ontvangen brief'))!;
    for (const word of ['Geachte', 'buurman', 'bevestigen', 'betaald', 'vriendelijke']) expect(appendix).toContain(word);
    expect(all).toContain('kwitantie');
    expect(all).toContain('Noemde [weggelaten] als getuige.');
  });

  it('puts the redacted files under documents/ in the archive and lists them in the manifest and README', () => {
    const archive = new Map(readZip(readFileSync(exported.files.find((f) => f.kind === 'archive')!.path)).map((e) => [e.name, e.data]));
    const names = [...archive.keys()].filter((name) => name.startsWith('documents/')).sort();
    expect(names).toEqual(['documents/001-D-LETTER.pdf', 'documents/002-D-NOTE.txt']);
    const manifest = JSON.parse(archive.get('manifest.json')!.toString('utf8')) as { documents: unknown[] };
    expect(manifest.documents).toEqual([
      { path: 'documents/001-D-LETTER.pdf', documentId: 'D-LETTER', redacted: true },
      { path: 'documents/002-D-NOTE.txt', documentId: 'D-NOTE', redacted: true },
    ]);
    expect(archive.get('README.txt')!.toString('utf8')).toContain('documents/001-D-LETTER.pdf');
    const letter = join(tempDir(), 'letter.pdf');
    writeFileSync(letter, archive.get('documents/001-D-LETTER.pdf')!);
    const text = pdfPages(letter).join('\n');
    expect(text).not.toMatch(/Gerrit|Hoekstra/);
    expect(text).toContain('bevestigen');
    expect(archive.get('documents/002-D-NOTE.txt')!.toString('utf8')).not.toContain('Hoekstra');
  });
});
