import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/core/db/openDatabase.ts';
import { loadDefaultPolicy } from '../../../electron/core/policy/loadPolicy.ts';
import { loadSubjectProfile } from '../../../electron/core/records/loadSubjectProfile.ts';
import type { RecordRow } from '../../../electron/core/records/loadSubjectRecords.ts';
import { assembleExtract } from '../../../shared/extract/assembleExtract.ts';
import type { ExtractModel, ExtractRequest, Language, RecordEntry } from '../../../shared/extract/extractModel.ts';
import { extractModelSchema } from '../../../shared/extract/extractModel.ts';
import { seedTestDatabase } from '../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../helpers/tempDir.ts';

/**
 * Issue 12.4, Art. 15(4): other people's data are weighed only within the cases two people share; a
 * guarantor gets the data of the debt he is liable for; a lifted withholding is shown as another
 * person's data disclosed for a recorded reason. On the demo database of the audit (seed 42): Anna de
 * Jong (S0000017) shares a case with her co-debtor Pieter (S0000018), who also has an AML check
 * (AML0000002) outside that case; S0000006 stands surety for S0000007's debt, which has payments and an
 * arrangement.
 */
const TODAY = '2026-11-01';
const policy = loadDefaultPolicy();

describe('other people’s data in an extract (Art. 15(4), issue 12.4)', () => {
  const suiteDir = useTempDirs('suite');
  let db: Db;
  const all = (sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as RecordRow[];

  beforeAll(() => {
    db = seedTestDatabase(suiteDir(), 400, '42').db;
  });
  afterAll(() => db.close());

  function extract(subjectId: string, language: Language, extra: Partial<ExtractRequest> = {}): ExtractModel {
    const model = assembleExtract(
      loadSubjectProfile(db, [subjectId]),
      policy,
      {
        reference: 'INZ-2026-0412',
        receivedOn: '2026-10-20',
        kind: 'both',
        language,
        requester: { name: 'Aanvrager' },
        subjectIds: [subjectId],
        clerk: 'C. Lerk',
        ...extra,
      },
      TODAY,
    );
    extractModelSchema.parse(model);
    return model;
  }
  const records = (model: ExtractModel): RecordEntry[] => model.categories.flatMap((c) => c.records);
  const sharedCaseOf = (a: string, b: string) =>
    all(
      'SELECT a.case_id FROM case_parties a JOIN case_parties b ON b.case_id = a.case_id WHERE a.subject_id = ? AND b.subject_id = ?',
      a,
      b,
    ).map((r) => String(r.case_id));

  it.each(['nl', 'en'] as const)(
    'does not disclose, not even as withheld, the co-debtor’s AML check outside the shared case (%s)',
    (language) => {
      expect(all('SELECT id FROM aml_checks WHERE subject_id = ?', 'S0000018').map((r) => r.id)).toEqual(['AML0000002']);
      const model = extract('S0000017', language);
      expect(model.withheld.some((w) => w.recordKind === 'aml_checks')).toBe(false);
      expect(JSON.stringify(model)).not.toContain('AML0000002');
      // What is listed as withheld is other parties' data in the cases she shares with them only.
      const shared = new Set(
        all(
          'SELECT DISTINCT a.case_id FROM case_parties a JOIN case_parties b ' +
            'ON b.case_id = a.case_id AND b.subject_id <> a.subject_id WHERE a.subject_id = ?',
          'S0000017',
        ).map((r) => String(r.case_id)),
      );
      for (const entry of model.withheld.filter((w) => w.automatic && w.field === null)) {
        const record = records(model).find((r) => r.recordKind === entry.recordKind && r.recordId === entry.recordId)!;
        expect(shared.has(String(record.caseId)), `${entry.recordKind} ${entry.recordId}`).toBe(true);
      }
      // Their name and address records are not in the case file: not listed either.
      for (const row of all(
        'SELECT id FROM subject_names WHERE subject_id = ? UNION SELECT id FROM addresses WHERE subject_id = ?',
        'S0000018',
        'S0000018',
      ))
        expect(JSON.stringify(model)).not.toContain(String(row.id));
    },
  );

  it.each(['nl', 'en'] as const)(
    'gives a guarantor the claim, the payments and the arrangement of the debt he is liable for (%s)',
    (language) => {
      const [caseId] = all("SELECT case_id FROM case_parties WHERE subject_id = 'S0000006' AND role = 'guarantor'").map((r) =>
        String(r.case_id),
      );
      const payments = all('SELECT * FROM payments WHERE case_id = ? AND subject_id = ?', caseId, 'S0000007');
      const arrangements = all('SELECT * FROM payment_arrangements WHERE case_id = ? AND subject_id = ?', caseId, 'S0000007');
      expect(payments.length).toBeGreaterThan(0);
      expect(arrangements.length).toBeGreaterThan(0);
      const model = extract('S0000006', language);
      const claim = records(model).find((r) => r.recordKind === 'claims' && r.caseId === caseId)!;
      expect(claim.withheld).toBe(false);
      const note = language === 'nl' ? 'schuld waarvoor u aansprakelijk bent' : 'debt you are liable for';
      for (const row of [
        ...payments.map((p) => ['payments', p] as const),
        ...arrangements.map((a) => ['payment_arrangements', a] as const),
      ]) {
        const [kind, data] = row;
        const record = records(model).find((r) => r.recordKind === kind && r.recordId === data.id)!;
        expect(record, `${kind} ${String(data.id)}`).toMatchObject({ withheld: false, subjectId: null, portability: 'not-applicable' });
        expect(record.otherPerson?.map((o) => o.basis)).toEqual(['liable-debt']);
        expect(record.otherPerson![0]!.text).toContain(note);
        // The debt's data are his; who the principal debtor is, and the debtor's account, are not.
        const value = (name: string) => record.fields.find((f) => f.name === name)!;
        expect(value('subject_id')).toMatchObject({ value: null, redacted: { reason: 'third-party-data' } });
        if (kind === 'payments') {
          expect(value('amount_cents').value).toBe(data.amount_cents);
          expect(value('paid_on').value).toBe(data.paid_on);
          if (data.from_iban !== null)
            expect(value('from_iban')).toMatchObject({ value: null, redacted: { reason: 'third-party-financial' } });
        } else expect(value('instalment_cents').value).toBe(data.instalment_cents);
        expect(model.withheld.some((w) => w.recordId === data.id && w.field === null)).toBe(false);
      }
      expect(JSON.stringify(model)).not.toContain('S0000007');
      // The principal debtor's other data on the case stay withheld.
      const other = all('SELECT id FROM communications WHERE case_id = ? AND subject_id = ?', caseId, 'S0000007');
      for (const row of other) expect(records(model).find((r) => r.recordId === row.id)?.withheld).toBe(true);
    },
  );

  it.each(['nl', 'en'] as const)('shows a lifted record as another person’s data disclosed for the recorded reason (%s)', (language) => {
    const [shared] = sharedCaseOf('S0000017', 'S0000018');
    const [party] = all('SELECT id FROM case_parties WHERE subject_id = ? AND case_id = ?', 'S0000018', shared);
    const key = `case_parties:${String(party!.id)}:*`;
    const reason = language === 'nl' ? 'Betrokkene heeft ingestemd' : 'The co-debtor consented in writing';
    const model = extract('S0000017', language, { liftedRedactions: [{ key, by: 'C. Lerk', on: '2026-10-28', reason }] });
    const record = records(model).find((r) => r.recordId === party!.id)!;
    expect(record).toMatchObject({ withheld: false, subjectId: null, portability: 'not-applicable' });
    expect(record.otherPerson).toEqual([
      {
        basis: 'lifted',
        text:
          language === 'nl'
            ? `Gegevens van een ander, verstrekt om een vastgelegde reden: ${reason}`
            : `Another person’s data, disclosed for a recorded reason: ${reason}`,
      },
    ]);
    expect(model.liftedRedactions).toEqual([
      { recordKind: 'case_parties', recordId: party!.id, field: null, by: 'C. Lerk', on: '2026-10-28', reason },
    ]);
    // Not portable: it is not the requester's data (Art. 20(4)); the portability section says why.
    const others = language === 'nl' ? 'Gegevens van een ander' : 'Another person’s data';
    const line = model.portability.excluded.find((e) => e.recordKind === 'case_parties' && e.reason.startsWith(others));
    expect(line?.recordCount).toBe(1);
    // A lift without a recorded reason is refused when the extract is made.
    expect(() => extract('S0000017', language, { liftedRedactions: [{ key, by: 'C. Lerk', on: '2026-10-28' }] })).toThrow(
      expect.objectContaining({ code: 'redaction.lift-reason-missing' }),
    );
  });
});
