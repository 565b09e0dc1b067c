import { describe, expect, it } from 'vitest';
import { readLandmarks } from '../../../../../electron/core/demo/seedDatabase.ts';
import { previewExtract } from '../../../../../electron/core/output/extractUseCases.ts';
import {
  linkSubjects,
  liftRedaction,
  redact,
  registerRequest,
  unlinkSubject,
} from '../../../../../electron/core/requests/useCases/index.ts';
import { seedTestDatabase } from '../../../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../../../helpers/tempDir.ts';
import { refusal, testUseCaseDeps } from '../../../../helpers/useCaseDeps.ts';

/** Issue 13 item 2: a redaction that names nothing would be listed as active and hide nothing (Art. 15(4)). */
describe('a redaction names a real record of the request', () => {
  const tempDir = useTempDirs();

  async function sharedCaseRequest() {
    const { db } = seedTestDatabase(tempDir(), 400, 'redactions');
    const { on, store } = testUseCaseDeps(db);
    const landmarks = readLandmarks(db)!;
    const { debtor } = landmarks.sharedCase;
    const { reference } = await registerRequest(on('2026-03-05'), {
      receivedOn: '2026-03-05',
      channel: 'letter',
      requester: { name: 'Anna de Jong' },
    });
    await linkSubjects(on('2026-03-06'), reference, [debtor], { matched: ['birth_date'] });
    const profile = await store.records.subjectProfile([debtor]);
    const letter = profile.records.communications![0]!;
    const coDebtorRole = profile.thirdParties.flatMap((p) => p.records.case_parties ?? [])[0]!;
    const elsewhere = await store.records.subjectProfile([landmarks.namesakes[0]]);
    const foreign = elsewhere.records.communications![0]!;
    return {
      db,
      on,
      reference,
      debtor,
      other: landmarks.namesakes[0],
      letter: String(letter.id),
      coDebtorRole: String(coDebtorRole.id),
      foreign,
    };
  }

  it('refuses a misspelt table, an unknown id, a record of someone not linked and an unknown field, storing nothing', async () => {
    const { db, on, reference, letter, foreign } = await sharedCaseRequest();
    const today = on('2026-03-07');
    expect(await refusal(redact(today, reference, { recordKind: 'comunications', recordId: letter, reason: 'third-party-data' }))).toEqual({
      code: 'redaction.record-not-found',
      params: { reference, record: `comunications:${letter}` },
    });
    expect(
      await refusal(redact(today, reference, { recordKind: 'communications', recordId: 'COM9999999', reason: 'other' })),
    ).toMatchObject({
      code: 'redaction.record-not-found',
    });
    expect(
      await refusal(redact(today, reference, { recordKind: 'communications', recordId: String(foreign.id), reason: 'other' })),
    ).toMatchObject({ code: 'redaction.record-not-found' });
    expect(
      await refusal(redact(today, reference, { recordKind: 'communications', recordId: letter, field: 'sumary', reason: 'other' })),
    ).toEqual({ code: 'redaction.field-unknown', params: { reference, recordKind: 'communications', field: 'sumary' } });
    const stored = await testUseCaseDeps(db).store.requests.find(reference);
    expect(stored!.redactions).toEqual([]);
    db.close();
  });

  it("accepts the person's own record, a field of it, and a third party's record in their case file, and withholds them", async () => {
    const { db, on, reference, letter, coDebtorRole } = await sharedCaseRequest();
    await redact(on('2026-03-07'), reference, {
      recordKind: 'communications',
      recordId: letter,
      field: 'summary',
      reason: 'other',
      note: 'Names the bailiff',
    });
    await redact(on('2026-03-07'), reference, { recordKind: 'case_parties', recordId: coDebtorRole, reason: 'third-party-data' });
    const model = await previewExtract(on('2026-03-08'), { requestRef: reference });
    expect(model.withheld).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ recordKind: 'communications', recordId: letter, field: 'summary', automatic: false }),
        expect.objectContaining({ recordKind: 'case_parties', recordId: coDebtorRole, field: null, automatic: false }),
      ]),
    );
    db.close();
  });

  it('makes no extract while a redaction does not resolve, until it is lifted', async () => {
    const { db, on, reference, debtor, other, letter } = await sharedCaseRequest();
    // A redaction stored before this check existed (or made before its entry was unlinked) names nothing now.
    await testUseCaseDeps(db).store.requests.addRedaction(reference, {
      recordKind: 'comunications',
      recordId: letter,
      field: null,
      reason: 'third-party-data',
      note: null,
      by: 'M. de Vries',
      on: '2026-03-07',
      lifted: null,
    });
    expect(await refusal(previewExtract(on('2026-03-08'), { requestRef: reference }))).toEqual({
      code: 'redaction.unresolved',
      params: { reference, target: `comunications:${letter}:*` },
    });
    await liftRedaction(on('2026-03-08'), reference, { recordKind: 'comunications', recordId: letter });
    expect((await previewExtract(on('2026-03-08'), { requestRef: reference })).subjects.length).toBe(1);

    // Redacted while the debtor was linked; then the link was undone in favour of someone unrelated.
    await redact(on('2026-03-09'), reference, {
      recordKind: 'communications',
      recordId: letter,
      field: 'summary',
      reason: 'other',
      note: 'Names the bailiff',
    });
    await unlinkSubject(on('2026-03-10'), reference, debtor, 'wrong person');
    await linkSubjects(on('2026-03-10'), reference, [other], { matched: ['birth_date'] });
    expect(await refusal(previewExtract(on('2026-03-10'), { requestRef: reference }))).toEqual({
      code: 'redaction.unresolved',
      params: { reference, target: `communications:${letter}:summary` },
    });
    db.close();
  });

  it.each(['nl', 'en'] as const)(
    'lifts an automatic withholding only with a reason and a confirmation, and shows it as another person’s data (%s)',
    async (language) => {
      const { db, on, reference, coDebtorRole } = await sharedCaseRequest();
      const key = { recordKind: 'case_parties', recordId: coDebtorRole };
      const target = `case_parties:${coDebtorRole}:*`;
      const day = on('2026-03-07');
      expect(await refusal(liftRedaction(day, reference, key))).toEqual({
        code: 'redaction.lift-reason-required',
        params: { reference, target },
      });
      expect(await refusal(liftRedaction(day, reference, { ...key, reason: '  ', confirmed: true }))).toMatchObject({
        code: 'redaction.lift-reason-required',
      });
      expect(await refusal(liftRedaction(day, reference, { ...key, reason: 'Schriftelijke toestemming' }))).toEqual({
        code: 'redaction.lift-unconfirmed',
        params: { reference, target },
      });
      // Nothing withheld under that key: nothing to lift (a lift of nothing would still be listed).
      expect(await refusal(liftRedaction(day, reference, { recordKind: 'cases', recordId: 'C9', reason: 'x', confirmed: true }))).toEqual({
        code: 'redaction.lift-nothing',
        params: { reference, target: 'cases:C9:*' },
      });
      expect((await testUseCaseDeps(db).store.requests.find(reference))!.redactions).toEqual([]);

      await liftRedaction(day, reference, { ...key, reason: ' Schriftelijke toestemming van de medeschuldenaar ', confirmed: true });
      const model = await previewExtract(on('2026-03-08'), { requestRef: reference, language });
      const record = model.categories.flatMap((c) => c.records).find((r) => r.recordId === coDebtorRole)!;
      expect(record.withheld).toBe(false);
      expect(record.otherPerson).toEqual([
        {
          basis: 'lifted',
          text:
            language === 'nl'
              ? 'Gegevens van een ander, verstrekt om een vastgelegde reden: Schriftelijke toestemming van de medeschuldenaar'
              : 'Another person’s data, disclosed for a recorded reason: Schriftelijke toestemming van de medeschuldenaar',
        },
      ]);
      expect(model.liftedRedactions).toEqual([
        expect.objectContaining({ recordId: coDebtorRole, reason: 'Schriftelijke toestemming van de medeschuldenaar' }),
      ]);
      // The reason stays in the request register; the audit trail records only that an automatic one was lifted.
      const audit = db.prepare("SELECT details FROM audit_log WHERE action = 'record.lift-redaction'").all() as { details: string }[];
      expect(audit.map((a) => JSON.parse(a.details) as unknown)).toEqual([{ automatic: true }]);
      db.close();
    },
  );

  it('refuses to make an extract with an automatic withholding lifted without a reason (stored before the rule)', async () => {
    const { db, on, reference, coDebtorRole } = await sharedCaseRequest();
    await testUseCaseDeps(db).store.requests.addRedaction(reference, {
      recordKind: 'case_parties',
      recordId: coDebtorRole,
      field: null,
      reason: null,
      note: null,
      by: 'M. de Vries',
      on: '2026-03-07',
      lifted: { by: 'M. de Vries', on: '2026-03-07' },
    });
    expect(await refusal(previewExtract(on('2026-03-08'), { requestRef: reference }))).toEqual({
      code: 'redaction.lift-reason-missing',
      params: { reference, target: `case_parties:${coDebtorRole}:*` },
    });
    await liftRedaction(on('2026-03-08'), reference, {
      recordKind: 'case_parties',
      recordId: coDebtorRole,
      reason: 'Consent',
      confirmed: true,
    });
    expect((await previewExtract(on('2026-03-08'), { requestRef: reference })).liftedRedactions).toMatchObject([{ reason: 'Consent' }]);
    db.close();
  });
});
