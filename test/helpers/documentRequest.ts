import { readLandmarks } from '../../electron/core/demo/seedDatabase.ts';
import type { Db } from '../../electron/core/db/openDatabase.ts';
import { linkSubjects, registerRequest } from '../../electron/core/requests/useCases/index.ts';
import type { Store } from '../../electron/core/store/store.ts';
import type { UseCaseDeps } from '../../electron/core/store/useCaseDeps.ts';
import { addFixtureDocument } from './documentFixtures.ts';
import { testUseCaseDeps } from './useCaseDeps.ts';

/** A third party who is not a subject (synthetic, in none of the demo's name lists): the name withheld in issue 16.5's tests. */
export const THIRD_PARTY = 'Tjeerd Wiersma';

/**
 * The shared case of the demo database with a letter in it (issue 16): linked to the co-debtor, naming
 * the debtor by full name with the case number, and a neighbour who is no subject. A request for
 * `whom` ('debtor' or 'coDebtor') is registered and linked, so for the co-debtor the letter is part of
 * the copy ('person') and for the debtor it is at most a possible mention.
 */
export async function sharedCaseLetter(db: Db, whom: 'debtor' | 'coDebtor') {
  const { on, store } = testUseCaseDeps(db);
  const { sharedCase, namesakes } = readLandmarks(db)!;
  const debtorName = await fullName(store, sharedCase.debtor);
  const letter = await addFixtureDocument(store, {
    id: 'DOC-SHARED-1',
    subjectId: sharedCase.coDebtor,
    caseId: sharedCase.caseId,
    kind: 'letter-received',
    sender: 'Co-debtor',
    recipient: 'Agency',
    title: 'Brief medeschuldenaar',
    pages: [
      [
        `Betreft dossier ${sharedCase.caseId}`,
        `Namens ${debtorName} en mijzelf schrijf ik u.`,
        `Mijn buurman ${THIRD_PARTY} kan dit bevestigen.`,
      ],
      ['Met vriendelijke groet'],
    ],
  });
  // A document of somebody else altogether: never part of these requests' copies.
  const foreign = await addFixtureDocument(store, { id: 'DOC-OTHER-1', subjectId: namesakes[0]!, pages: [['Een andere brief']] });
  const subjectId = sharedCase[whom];
  const { reference } = await registerRequest(on('2026-03-05'), {
    receivedOn: '2026-03-05',
    channel: 'letter',
    requester: { name: 'Requester' },
  });
  await linkSubjects(on('2026-03-06'), reference, [subjectId], { matched: ['birth_date'] });
  const deps: UseCaseDeps = on('2026-03-07');
  return { deps, on, store, reference, letter, foreign, sharedCase, debtorName };
}

async function fullName(store: Store, subjectId: string): Promise<string> {
  const profile = await store.records.subjectProfile([subjectId]);
  const name = (profile.records.subject_names ?? []).find((n) => n.subject_id === subjectId && n.kind === 'legal')!;
  return [name.given_names, name.particle, name.surname].filter((part) => typeof part === 'string' && part !== '').join(' ');
}
