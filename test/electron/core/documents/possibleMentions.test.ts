import { describe, expect, it } from 'vitest';
import type { Db } from '../../../../electron/core/db/openDatabase.ts';
import { readLandmarks } from '../../../../electron/core/demo/seedDatabase.ts';
import { requestDocuments } from '../../../../electron/core/documents/requestDocuments.ts';
import { linkSubjects } from '../../../../electron/core/requests/useCases/subjectDecisions.ts';
import { registerRequest } from '../../../../electron/core/requests/useCases/registerRequest.ts';
import { formatIban } from '../../../../shared/identifiers/iban.ts';
import { addFixtureDocument } from '../../../helpers/documentFixtures.ts';
import { seedTestDatabase } from '../../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import { testUseCaseDeps } from '../../../helpers/useCaseDeps.ts';

/** What the demo database holds on a subject, read from the rows (no hard-coded answers). */
function person(db: Db, subjectId: string) {
  const name = db
    .prepare("SELECT given_names, particle, surname FROM subject_names WHERE subject_id = ? AND kind = 'legal'")
    .get(subjectId) as {
    given_names: string;
    particle: string | null;
    surname: string;
  };
  const address = db
    .prepare('SELECT street, house_number, postcode, city FROM addresses WHERE subject_id = ? ORDER BY valid_from DESC LIMIT 1')
    .get(subjectId) as { street: string; house_number: number; postcode: string; city: string };
  const iban = db.prepare('SELECT iban FROM bank_accounts WHERE subject_id = ? LIMIT 1').pluck().get(subjectId) as string | undefined;
  const caseId = db
    .prepare('SELECT case_id FROM case_parties WHERE subject_id = ? ORDER BY case_id LIMIT 1')
    .pluck()
    .get(subjectId) as string;
  return { fullName: [name.given_names, name.particle, name.surname].filter(Boolean).join(' '), address, iban, caseId };
}

async function requestFor(db: Db, subjectId: string) {
  const deps = testUseCaseDeps(db).on('2026-03-02');
  const { reference } = await registerRequest(deps, { receivedOn: '2026-03-01', channel: 'letter', requester: { name: 'Aanvrager' } });
  await linkSubjects(deps, reference, [subjectId], { matched: ['name'] });
  return { deps, reference, store: deps.store };
}

describe('possible mentions: documents not linked to the person that name them (issue 16.3)', () => {
  const dir = useTempDirs();

  it('finds each field, ranks several fields first, lists dismissed apart and never repeats a linked or added one', async () => {
    const { db } = seedTestDatabase(dir(), 40);
    const landmarks = readLandmarks(db)!;
    const { debtor, coDebtor } = landmarks.sharedCase;
    const other = landmarks.heavyDebtor;
    const me = person(db, landmarks.namesakes[0]);
    const subject = landmarks.namesakes[0];
    const { deps, reference, store } = await requestFor(db, subject);
    const upper = me.fullName.toUpperCase().split(' ');

    await addFixtureDocument(store, { id: 'D-OWN', subjectId: subject, pages: [[`Brief van ${me.fullName}`]] });
    await addFixtureDocument(store, {
      id: 'D-NAME',
      subjectId: coDebtor,
      date: '2026-01-10',
      pages: [['Geachte heer,'], [`Mijn buurman ${upper.slice(0, 2).join(' ')}`, `${upper.slice(2).join(' ')} heeft ook schulden.`]],
    });
    await addFixtureDocument(store, {
      id: 'D-IBAN',
      subjectId: other,
      pages: [[`Betaling ontvangen van rekening ${formatIban(me.iban!)} op 3 maart.`]],
    });
    await addFixtureDocument(store, {
      id: 'D-ADDRESS',
      caseId: landmarks.sharedCase.caseId,
      kind: 'call-note',
      direction: 'internal',
      pages: [[`Bezoek aan ${me.address.street} ${me.address.house_number} te ${me.address.city}, niemand thuis.`]],
    });
    await addFixtureDocument(store, { id: 'D-CASE', subjectId: debtor, pages: [[`Inzake dossier ${me.caseId} het volgende.`]] });
    await addFixtureDocument(store, {
      id: 'D-MANY',
      subjectId: other,
      date: '2025-05-01',
      format: 'text',
      pages: [[`${me.fullName}`, `${me.address.street} ${me.address.house_number}`, `${me.address.postcode} ${me.address.city}`]],
    });
    await addFixtureDocument(store, { id: 'D-NONE', subjectId: other, pages: [['Niets over wie dan ook.']] });

    const found = await requestDocuments(deps, reference);
    expect(found.documents.map((d) => d.document.id)).toEqual(['D-OWN']);
    const byId = Object.fromEntries(found.possibleMentions.map((m) => [m.document.id, m.matches.map((x) => [x.field, x.page])]));
    expect(byId).toEqual({
      'D-MANY': [
        ['name', 1],
        ['address', 1],
      ],
      'D-NAME': [['name', 2]],
      'D-IBAN': [['iban', 1]],
      'D-ADDRESS': [['address', 1]],
      'D-CASE': [['case-number', 1]],
    });
    // Two fields first; then an IBAN (4) over a case number and an address (3, newest first) over a name (2).
    expect(found.possibleMentions.map((m) => m.document.id)).toEqual(['D-MANY', 'D-IBAN', 'D-ADDRESS', 'D-CASE', 'D-NAME']);
    const nameMatch = found.possibleMentions.find((m) => m.document.id === 'D-NAME')!.matches[0]!;
    expect(nameMatch.snippet).toBe(`Mijn buurman ${upper.join(' ')} heeft ook schulden.`);
    expect(found.possibleMentions[0]!.reading).toMatchObject({ status: 'read' });

    const decide = (documentId: string, decision: 'added' | 'dismissed') =>
      store.documents.decideMention({ reference, documentId, decision, reason: 'test', decidedBy: 'E', decidedOn: '2026-03-02' });
    await decide('D-CASE', 'dismissed');
    await decide('D-IBAN', 'added');
    const decided = await requestDocuments(deps, reference);
    expect(decided.possibleMentions.map((m) => m.document.id)).toEqual(['D-MANY', 'D-ADDRESS', 'D-NAME']);
    expect(decided.dismissed.map((d) => d.document.id)).toEqual(['D-CASE']);
    expect(decided.documents.map((d) => [d.document.id, d.link])).toEqual([
      ['D-IBAN', 'mention-added'],
      ['D-OWN', 'person'],
    ]);
  });

  it("leaves out a namesake's document that matches on the name only, and what the document's own person shares", async () => {
    const { db } = seedTestDatabase(dir(), 40);
    const landmarks = readLandmarks(db)!;
    const [subject, namesake] = landmarks.namesakes;
    const me = person(db, subject);
    const them = person(db, namesake);
    expect(them.fullName).toBe(me.fullName);
    const namesakeCase = db.prepare('SELECT case_id FROM case_parties WHERE subject_id = ?').pluck().get(namesake) as string;
    const { deps, reference, store } = await requestFor(db, subject);

    await addFixtureDocument(store, {
      id: 'N-THEIRS',
      subjectId: namesake,
      pages: [[`Brief van ${them.fullName}, ${them.address.street}`]],
    });
    await addFixtureDocument(store, { id: 'N-THEIR-CASE', caseId: namesakeCase, pages: [[`Belnotitie: ${them.fullName} belde.`]] });
    await addFixtureDocument(store, {
      id: 'N-MINE-IN-THEIRS',
      subjectId: namesake,
      pages: [[`${them.fullName} betaalde met rekening ${me.iban} van zijn naamgenoot.`]],
    });
    await addFixtureDocument(store, { id: 'N-ELSEWHERE', subjectId: landmarks.heavyDebtor, pages: [[`Getuige: ${me.fullName}.`]] });

    const found = await requestDocuments(deps, reference);
    expect(found.possibleMentions.map((m) => [m.document.id, m.matches.map((x) => x.field)])).toEqual([
      ['N-MINE-IN-THEIRS', ['iban']],
      ['N-ELSEWHERE', ['name']],
    ]);
  });

  it("does not count the co-debtor's shared home and joint case against the person, only what is theirs alone", async () => {
    const { db } = seedTestDatabase(dir(), 40);
    const { caseId, debtor, coDebtor } = readLandmarks(db)!.sharedCase;
    const me = person(db, debtor);
    const partner = person(db, coDebtor);
    const { deps, reference, store } = await requestFor(db, debtor);
    const home = `${me.address.street} ${me.address.house_number}, ${me.address.city}`;
    const shared = db.prepare('SELECT count(*) FROM addresses WHERE subject_id = ? AND street = ? AND house_number = ?').pluck();
    expect(shared.get(coDebtor, me.address.street, me.address.house_number)).toBe(1);

    await addFixtureDocument(store, { id: 'C-PARTNER', subjectId: coDebtor, pages: [[partner.fullName, home, `Dossier ${caseId}`]] });
    await addFixtureDocument(store, {
      id: 'C-NAMES-ME',
      subjectId: coDebtor,
      pages: [[partner.fullName, home, `Dossier ${caseId}`, `Mede namens ${me.fullName}`]],
    });
    const found = await requestDocuments(deps, reference);
    expect(found.possibleMentions.map((m) => [m.document.id, m.matches.map((x) => x.field)])).toEqual([['C-NAMES-ME', ['name']]]);
  });
});
