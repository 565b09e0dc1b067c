import { describe, expect, it } from 'vitest';
import { readLandmarks } from '../../../../../electron/core/demo/seedDatabase.ts';
import { previewExtract, unreviewedCategoriesOf } from '../../../../../electron/core/output/extractUseCases.ts';
import {
  categoryReviews,
  linkSubjects,
  redact,
  registerRequest,
  setCategoryReviewed,
  withholdCase,
} from '../../../../../electron/core/requests/useCases/index.ts';
import { seedTestDatabase } from '../../../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../../../helpers/tempDir.ts';
import { refusal, testUseCaseDeps } from '../../../../helpers/useCaseDeps.ts';

/** Issue 14.3: the review screen's decisions, taken by the core for the window and the command line alike. */
describe('review decisions on the demo database', () => {
  const tempDir = useTempDirs();

  async function sharedCaseRequest() {
    const { db } = seedTestDatabase(tempDir(), 400, 'review-decisions');
    const { on, store } = testUseCaseDeps(db);
    const { debtor, caseId } = readLandmarks(db)!.sharedCase;
    const { reference } = await registerRequest(on('2026-03-05'), {
      receivedOn: '2026-03-05',
      channel: 'letter',
      requester: { name: 'A' },
    });
    await linkSubjects(on('2026-03-06'), reference, [debtor], { matched: ['birth_date'] });
    return { db, on, store, reference, caseId, debtor };
  }

  it('marks a category reviewed and takes the mark back, each audited, and names what is still unreviewed', async () => {
    const { db, on, store, reference } = await sharedCaseRequest();
    const day = on('2026-03-07');
    const before = await unreviewedCategoriesOf(day, { requestRef: reference });
    const model = await previewExtract(day, { requestRef: reference });
    expect(before.map((c) => c.id)).toEqual(model.categories.filter((c) => c.records.length > 0).map((c) => c.id));
    expect(before.length).toBeGreaterThan(2);

    const first = before[0]!;
    expect(await setCategoryReviewed(day, reference, { categoryId: first.id, reviewed: true })).toEqual([
      { categoryId: first.id, by: 'M. de Vries', on: '2026-03-07' },
    ]);
    expect((await unreviewedCategoriesOf(day, { requestRef: reference })).map((c) => c.id)).toEqual(before.slice(1).map((c) => c.id));
    expect(await setCategoryReviewed(day, reference, { categoryId: first.id, reviewed: false })).toEqual([]);
    expect(await categoryReviews(day, reference)).toEqual([]);

    const trail = (await store.audit.forRequest(reference)).filter((e) => e.action.startsWith('review.'));
    expect(trail.map((e) => [e.action, e.target])).toEqual([
      ['review.mark-category', `category:${first.id}`],
      ['review.unmark-category', `category:${first.id}`],
    ]);
    db.close();
  });

  it('refuses a category the register does not have, marking nothing', async () => {
    const { db, on, reference } = await sharedCaseRequest();
    expect(await refusal(setCategoryReviewed(on('2026-03-07'), reference, { categoryId: 'contact-histroy', reviewed: true }))).toEqual({
      code: 'review.category-unknown',
      params: { reference, category: 'contact-histroy' },
    });
    expect(await categoryReviews(on('2026-03-07'), reference)).toEqual([]);
    db.close();
  });

  it('withholds every record of a case with one reason, audited once with the count and no record ids', async () => {
    const { db, on, store, reference, caseId } = await sharedCaseRequest();
    const day = on('2026-03-07');
    const before = await previewExtract(day, { requestRef: reference });
    const inCase = before.categories.flatMap((c) => c.records).filter((r) => r.caseId === caseId);
    const alreadyWithheld = inCase.filter((r) => r.withheld).length;
    expect(inCase.length - alreadyWithheld).toBeGreaterThan(3);

    const result = await withholdCase(day, reference, { caseId, reason: 'legal-privilege' });
    expect(result).toEqual({ caseId, count: inCase.length - alreadyWithheld });

    const after = await previewExtract(day, { requestRef: reference });
    const afterInCase = after.categories.flatMap((c) => c.records).filter((r) => r.caseId === caseId);
    expect(afterInCase.length).toBe(inCase.length);
    expect(afterInCase.every((r) => r.withheld)).toBe(true);
    // Records outside that case (the person's identity, other cases) stay as they were.
    const elsewhere = after.categories.flatMap((c) => c.records).filter((r) => r.caseId !== caseId);
    expect(elsewhere.length).toBeGreaterThan(0);
    expect(elsewhere.some((r) => !r.withheld)).toBe(true);

    const entries = (await store.audit.forRequest(reference)).filter((e) => e.action === 'record.withhold-case');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ target: `case:${caseId}`, details: { reason: 'legal-privilege', count: result.count } });
    expect(JSON.stringify(entries[0])).not.toMatch(/COM\d|PAY\d/);
    db.close();
  });

  it('asks a note for the reason "other", and refuses a case the linked people have no records in', async () => {
    const { db, on, store, reference, caseId } = await sharedCaseRequest();
    const day = on('2026-03-07');
    expect(await refusal(withholdCase(day, reference, { caseId, reason: 'other', note: '  ' }))).toEqual({
      code: 'redaction.note-required',
      params: { reference },
    });
    expect(await refusal(withholdCase(day, reference, { caseId: 'C9999999', reason: 'legal-privilege' }))).toEqual({
      code: 'redaction.case-not-found',
      params: { reference, caseId: 'C9999999' },
    });
    const letter = (await store.records.subjectProfile([(await store.requests.find(reference))!.subjects[0]!.subjectId])).records
      .communications![0]!;
    expect(await refusal(redact(day, reference, { recordKind: 'communications', recordId: String(letter.id), reason: 'other' }))).toEqual({
      code: 'redaction.note-required',
      params: { reference },
    });
    expect((await store.requests.find(reference))!.redactions).toEqual([]);
    await withholdCase(day, reference, { caseId, reason: 'other', note: 'Kept for the court' });
    expect((await store.requests.find(reference))!.redactions.every((r) => r.note === 'Kept for the court')).toBe(true);
    db.close();
  });
});
