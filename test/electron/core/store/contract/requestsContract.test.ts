import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../../../electron/core/clock/clock.ts';
import type { Db } from '../../../../../electron/core/db/openDatabase.ts';
import type { DemoLandmarks } from '../../../../../electron/core/demo/landmarks.ts';
import { readLandmarks } from '../../../../../electron/core/demo/seedDatabase.ts';
import { loadDefaultPolicy } from '../../../../../electron/core/policy/loadPolicy.ts';
import { sqliteCaseRecords } from '../../../../../electron/core/records/sqliteCaseRecords.ts';
import {
  addNote,
  changeStatus,
  closeWithOutcome,
  extendDeadline,
  liftRedaction,
  linkSubjects,
  pauseForIdentity,
  recordControllerInstruction,
  recordIdentity,
  recordOutput,
  recordRepresentative,
  redact,
  referToController,
  registerRequest,
  rejectSubject,
  setCategoryReviewed,
  unlinkSubject,
  withholdCase,
  writeLetter,
} from '../../../../../electron/core/requests/useCases/index.ts';
import type { Store } from '../../../../../electron/core/store/store.ts';
import type { UseCaseDeps } from '../../../../../electron/core/store/useCaseDeps.ts';
import { seedTestDatabase } from '../../../../helpers/demoDatabase.ts';
import type { StoreBackend } from '../../../../helpers/storeBackends.ts';
import { useStoreBackends } from '../../../../helpers/storeBackends.ts';
import { useTempDirs } from '../../../../helpers/tempDir.ts';
import { refusal } from '../../../../helpers/useCaseDeps.ts';
import { withCaseRecords } from '../../../../helpers/withCaseRecords.ts';

/**
 * The storage contract of the request register (issue 15.5): the REAL use cases run the same whole
 * procedure on a store of each backend, and the register and the audit trail they leave are the same,
 * down to every seal of the keyed chain (same keys, same clock, same inputs). The demo people come
 * from one seeded SQLite file on both (helpers/withCaseRecords.ts): only the register and the trail
 * differ, and they are what this contract is about.
 */
const register = loadDefaultPolicy();

describe('the request register on both backends', () => {
  const backends = useStoreBackends();
  const suiteDir = useTempDirs('suite');
  let demo: Db;
  let landmarks: DemoLandmarks;
  beforeAll(() => {
    demo = seedTestDatabase(suiteDir(), 150, 'register-contract').db;
    landmarks = readLandmarks(demo)!;
    return () => demo.close();
  });

  async function open(backend: StoreBackend): Promise<Store> {
    const store = withCaseRecords(await backend.open(), sqliteCaseRecords(demo));
    // The register is compared here; the team's rules are teamContract.test.ts's. Their defaults differ by
    // backend (roles and four eyes are on by default on a team server), so both start as one clerk's store.
    await store.team.setSetting('roleChecks', false);
    await store.team.setSetting('fourEyes', false);
    return store;
  }

  function clerk(store: Store, name = 'M. de Vries'): (today: string) => UseCaseDeps {
    return (today) => ({ store, clock: fixedClock(today), clerk: { name }, register });
  }

  /** One whole procedure through the use cases: every table of the register gets rows. */
  async function procedure(store: Store) {
    const on = clerk(store);
    const other = clerk(store, 'J. Bakker');
    const { debtor } = landmarks.sharedCase;
    const a = await registerRequest(on('2026-03-05'), { receivedOn: '2026-03-05', channel: 'letter', requester: { name: 'Anna de Jong' } });
    const b = await registerRequest(other('2026-03-05'), {
      receivedOn: '2025-12-30',
      channel: 'email',
      kind: 'both',
      language: 'en',
      requester: { name: 'Fatma Doğan', email: 'f.dogan@example.nl', address: 'Lindelaan 4, 7411 AB Deventer' },
    });
    const c = await registerRequest(on('2026-03-06'), { receivedOn: '2026-03-06', channel: 'portal', requester: { name: 'Piet Jansen' } });

    await pauseForIdentity(on('2026-03-06'), a.reference);
    await recordIdentity(on('2026-03-09'), a.reference, { method: 'ID card shown at the desk, no copy kept' });
    await linkSubjects(on('2026-03-09'), a.reference, [debtor, landmarks.namesakes[0]], { matched: ['birth_date', 'postcode'] });
    await unlinkSubject(other('2026-03-09'), a.reference, landmarks.namesakes[0], 'other birth date on the letter');
    await rejectSubject(on('2026-03-09'), a.reference, landmarks.namesakes[1], { matched: ['name'] }, 'a namesake');
    const profile = await store.records.subjectProfile([debtor]);
    const letterId = String(profile.records.communications![0]!.id);
    await redact(on('2026-03-10'), a.reference, { recordKind: 'communications', recordId: letterId, reason: 'third-party-data' });
    await redact(on('2026-03-10'), a.reference, {
      recordKind: 'communications',
      recordId: letterId,
      field: 'summary',
      reason: 'other',
      note: 'names the co-debtor',
    });
    await liftRedaction(other('2026-03-11'), a.reference, { recordKind: 'communications', recordId: letterId });
    await withholdCase(on('2026-03-11'), a.reference, { caseId: landmarks.sharedCase.caseId, reason: 'legal-privilege' });
    await setCategoryReviewed(on('2026-03-11'), a.reference, { categoryId: register.dataCategories[1]!.id, reviewed: true });
    await setCategoryReviewed(on('2026-03-11'), a.reference, { categoryId: register.dataCategories[0]!.id, reviewed: true });
    await setCategoryReviewed(other('2026-03-12'), a.reference, { categoryId: register.dataCategories[1]!.id, reviewed: false });
    await addNote(on('2026-03-12'), a.reference, 'called back, asked for the portability copy too');
    await extendDeadline(on('2026-03-12'), a.reference, 'many case files across three clients');
    await recordRepresentative(on('2026-03-12'), a.reference, {
      name: 'Mr. K. Visser',
      capacity: 'bewindvoerder',
      proof: 'court order of 2 Feb 2026 seen, no copy kept',
    });
    await writeLetter(on('2026-03-12'), a.reference, { kind: 'extension', freeParagraph: 'We bellen u nog.' }, async (text) => ({
      fileName: 'INZ-extension.txt',
      sha256: createHash('sha256').update(text).digest('hex'),
    }));
    await recordOutput(on('2026-03-13'), a.reference, { fileName: 'INZ-extract.pdf', kind: 'extract', sha256: 'ab'.repeat(32) });
    await changeStatus(on('2026-03-13'), a.reference, 'ready');
    await changeStatus(other('2026-03-13'), a.reference, 'sent');

    await linkSubjects(other('2026-03-05'), b.reference, [landmarks.invoiceRecipient], { matched: ['name', 'address'] });
    await recordIdentity(other('2026-03-05'), b.reference, { method: 'date of birth and address match' });
    const referred = await referToController(other('2026-03-06'), b.reference);
    for (const controller of referred.controllers) {
      await recordControllerInstruction(other('2026-03-09'), b.reference, {
        controllerId: controller.controllerId,
        instruction: 'controller-answers',
        receivedOn: '2026-03-09',
      });
    }
    await closeWithOutcome(other('2026-03-10'), b.reference, 'referred-to-controller');
    await closeWithOutcome(on('2026-03-10'), c.reference, 'no-data');
    return [a.reference, b.reference, c.reference] as const;
  }

  /** Everything the register and the trail hold afterwards, through the ports. */
  async function contents(store: Store, references: readonly string[]) {
    return {
      requests: await store.requests.list(),
      reviews: await Promise.all(references.map((r) => store.requests.categoryReviews(r))),
      letters: await Promise.all(references.map((r) => store.requests.fixedLetters(r))),
      trail: await store.audit.page({ limit: 1_000, offset: 0 }),
      verification: await store.audit.verify(),
    };
  }

  it('stores the same register and the same sealed trail after one whole procedure', async () => {
    const results = [];
    for (const backend of backends) {
      const store = await open(backend);
      const references = await procedure(store);
      const found = await contents(store, references);
      // What the procedure must have left, on each backend by itself.
      expect(references, backend.name).toEqual(['INZ-2026-0001', 'INZ-2025-0001', 'INZ-2026-0002']);
      expect(
        found.requests.map((r) => [r.reference, r.status, r.outcome]),
        backend.name,
      ).toEqual([
        ['INZ-2025-0001', 'sent', 'referred-to-controller'],
        ['INZ-2026-0001', 'sent', null],
        ['INZ-2026-0002', 'sent', 'no-data'],
      ]);
      const a = found.requests.find((r) => r.reference === 'INZ-2026-0001')!;
      expect(a.subjects.map((s) => s.subjectId)).toEqual([landmarks.sharedCase.debtor]);
      expect(a.rejectedCandidates.map((s) => s.subjectId).sort()).toEqual([...landmarks.namesakes].sort());
      expect(a.redactions.filter((r) => r.lifted).map((r) => [r.field, r.liftedBy])).toEqual([[null, 'J. Bakker']]);
      expect(a.redactions.length).toBeGreaterThan(3);
      expect(a.representative).toMatchObject({ capacity: 'bewindvoerder', checkedOn: '2026-03-12' });
      expect(a.pauses).toEqual([{ from: '2026-03-06', until: '2026-03-09', by: 'M. de Vries' }]);
      expect(found.reviews[0]).toEqual([{ categoryId: register.dataCategories[0]!.id, by: 'M. de Vries', on: '2026-03-11' }]);
      expect(found.letters[0]!.map((l) => [l.letterId, l.letter.freeParagraph])).toEqual([['extension', 'We bellen u nog.']]);
      expect(found.requests.find((r) => r.reference === 'INZ-2025-0001')!.controllers.length).toBeGreaterThan(0);
      expect(found.verification).toMatchObject({ ok: true, count: found.trail.total, keyedFrom: 1, unkeyedEntries: 0 });
      results.push(found);
    }
    // And the same on both, field for field: ids, dates, instants, JSON, every seal of the chain.
    expect(results[1]).toEqual(results[0]);
  });

  it.each(['sqlite', 'postgres'] as const)('refuses the same way and leaves nothing of a refused use case (%s)', async (name) => {
    const store = await open(backends.find((b) => b.name === name)!);
    const on = clerk(store);
    const { reference } = await registerRequest(on('2026-03-05'), {
      receivedOn: '2026-03-05',
      channel: 'letter',
      requester: { name: 'Anna' },
    });
    expect(await refusal(addNote(on('2026-03-05'), 'INZ-2026-0099', 'x'))).toEqual({
      code: 'request.not-found',
      params: { reference: 'INZ-2026-0099' },
    });
    expect(await refusal(changeStatus(on('2026-03-05'), reference, 'sent'))).toMatchObject({ code: 'status.not-allowed' });
    await changeStatus(on('2026-03-05'), reference, 'withdrawn', 'asked to stop');
    expect(await refusal(addNote(on('2026-03-05'), reference, ' '))).toMatchObject({ code: 'note.empty' });
    expect(await refusal(linkSubjects(on('2026-03-06'), reference, [landmarks.heavyDebtor], {}))).toMatchObject({ code: 'request.closed' });
    // A use case that throws after its writes leaves neither the write nor its audit entry (one transaction).
    await expect(
      store.transaction(async (tx) => {
        await tx.requests.addNote(reference, { text: 'half-done', by: 'M. de Vries', at: '2026-03-06T09:00:00.000Z' });
        await tx.audit.append({ actor: 'M. de Vries', action: 'request.note', requestRef: reference }, new Date('2026-03-06T09:00:00Z'));
        throw new Error('the clerk’s window closed');
      }),
    ).rejects.toThrow('window closed');
    const request = (await store.requests.find(reference))!;
    expect(request.notes).toEqual([]);
    expect(request.statusHistory.map((h) => h.to)).toEqual(['received', 'withdrawn']);
    expect((await store.audit.forRequest(reference)).map((e) => e.action)).toEqual(['request.create', 'request.status']);
    expect(await store.audit.verify()).toMatchObject({ ok: true, count: 2 });
  });
});
