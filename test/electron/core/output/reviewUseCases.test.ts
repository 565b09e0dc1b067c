import { describe, expect, it } from 'vitest';
import { readLandmarks } from '../../../../electron/core/demo/seedDatabase.ts';
import { previewExtract } from '../../../../electron/core/output/extractUseCases.ts';
import type { ReviewSource } from '../../../../electron/core/output/reviewUseCases.ts';
import { openReview, reviewPage } from '../../../../electron/core/output/reviewUseCases.ts';
import { linkSubjects, redact, registerRequest } from '../../../../electron/core/requests/useCases/index.ts';
import type { UseCaseDeps } from '../../../../electron/core/store/useCaseDeps.ts';
import type { RecordEntry } from '../../../../shared/extract/extractModel.ts';
import { recipientLines } from '../../../../shared/extract/recipients.ts';
import { seedTestDatabase } from '../../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import { refusal, testUseCaseDeps } from '../../../helpers/useCaseDeps.ts';

const key = (r: Pick<RecordEntry, 'recordKind' | 'recordId'>) => `${r.recordKind}:${r.recordId}`;

/** Every page of a category, walked as the window walks them. */
async function allPages(deps: UseCaseDeps, source: ReviewSource, categoryId: string, limit: number, filter?: string) {
  const pages = [];
  for (let offset = 0; ; offset += limit) {
    const page = await reviewPage(deps, { source, categoryId, offset, limit, ...(filter !== undefined ? { filter } : {}) });
    pages.push(page);
    if (offset + limit >= page.total) return pages;
  }
}

/** Issue 14.9: the review loads per category and per page, never the whole extract at once. */
describe('the review in parts', () => {
  const tempDir = useTempDirs('suite');

  async function heavyRequest() {
    const { db } = seedTestDatabase(tempDir(), 400, 'review-pages');
    const { on, store } = testUseCaseDeps(db);
    const landmarks = readLandmarks(db)!;
    const { reference } = await registerRequest(on('2026-11-20'), {
      receivedOn: '2026-11-20',
      channel: 'letter',
      requester: { name: 'De zware debiteur' },
    });
    await linkSubjects(on('2026-11-20'), reference, [landmarks.heavyDebtor], { matched: ['birth_date'] });
    return { db, deps: on('2026-11-23'), store, reference, landmarks };
  }

  it('lists the categories with the counts of the whole extract, and pages give every record exactly once, in order', async () => {
    const { deps, reference } = await heavyRequest();
    const model = await previewExtract(deps, { requestRef: reference });
    const total = model.categories.reduce((sum, c) => sum + c.records.length, 0);
    expect(total).toBeGreaterThan(2000);
    const overview = await openReview(deps, { source: { requestRef: reference }, firstPageLimit: 25 });
    expect(overview.recordCount).toBe(total);
    // The first page comes with the opening when asked for, the same as asked for on its own.
    expect(overview.firstPage).toEqual(
      await reviewPage(deps, { source: { requestRef: reference }, categoryId: model.categories[0]!.id, offset: 0, limit: 25 }),
    );
    expect(overview.categories.map((c) => [c.id, c.label, c.recordCount])).toEqual(
      model.categories.map((c) => [c.id, c.label, c.records.length]),
    );
    expect(overview.automatedDecisions).toEqual(model.automatedDecisions);
    // No records travel with the overview, and a page carries its records' recipients as the printed lines, not as the
    // hundreds of disclosure records behind them: small answers however heavy the person.
    const size = (value: unknown) => JSON.stringify(value).length;
    expect(size({ ...overview, firstPage: undefined })).toBeLessThan(size(model) / 50);
    for (const category of model.categories) {
      const page = await reviewPage(deps, { source: { requestRef: reference }, categoryId: category.id, offset: 0, limit: 50 });
      expect(size(page), category.id).toBeLessThan(size(model) / 20);
    }

    // 199: a page size that divides no category evenly, so every last page is a partial one.
    for (const category of model.categories) {
      const pages = await allPages(deps, { requestRef: reference }, category.id, 199);
      const seen = pages.flatMap((p) => p.records);
      expect(seen.map(key), category.id).toEqual(category.records.map(key));
      expect(new Set(seen.map(key)).size).toBe(category.records.length);
      // The records as the extract has them, their recipients as the lines the extract prints.
      expect(seen).toEqual(
        category.records.map(({ recipients, ...r }) => ({ ...r, recipientLines: recipientLines(recipients, model.language) })),
      );
      for (const page of pages) {
        expect(page.total).toBe(category.records.length);
        expect(page.categoryCount).toBe(category.records.length);
        expect(page.records.length).toBeLessThanOrEqual(199);
      }
    }
  });

  it('carries the redaction state of the records on the page: the field redacted, the withholding with its reason', async () => {
    const { deps, reference } = await heavyRequest();
    const model = await previewExtract(deps, { requestRef: reference });
    const category = model.categories.find((c) => c.records.length > 150)!;
    const record = category.records[120]!;
    const field = record.fields.find((f) => f.redacted === null)!;
    // Opened and paged before the redaction: the page after it is cut from the extract with the redaction, not the one opened.
    await openReview(deps, { source: { requestRef: reference } });
    const [, unredacted] = await allPages(deps, { requestRef: reference }, category.id, 100);
    expect(unredacted!.records.find((r) => key(r) === key(record))!.fields.find((f) => f.name === field.name)!.redacted).toBeNull();
    await redact(deps, reference, {
      recordKind: record.recordKind,
      recordId: record.recordId,
      field: field.name,
      reason: 'other',
      note: 'Another debtor on this case',
    });
    const [, second] = await allPages(deps, { requestRef: reference }, category.id, 100);
    const shown = second!.records.find((r) => key(r) === key(record))!;
    expect(shown.fields.find((f) => f.name === field.name)!.redacted).toMatchObject({ reason: 'other' });
    expect(second!.withheld).toContainEqual(
      expect.objectContaining({ recordKind: record.recordKind, recordId: record.recordId, field: field.name, automatic: false }),
    );
    const onPage = new Set(second!.records.map(key));
    expect(second!.withheld.every((w) => onPage.has(`${w.recordKind}:${w.recordId}`))).toBe(true);
  });

  it('filters within a category on any field value, ignoring case, and pages over the matches only', async () => {
    const { deps, reference } = await heavyRequest();
    const model = await previewExtract(deps, { requestRef: reference });
    const category = model.categories.find((c) => c.records.length > 150)!;
    const wanted = category.records[42]!;
    const matchesIn = (r: Pick<RecordEntry, 'fields'>, text: string) =>
      r.fields.some((f) => [f.display, String(f.value ?? '')].some((t) => t.toLowerCase().includes(text.toLowerCase())));
    // The rarest value of the record, typed in the other case than stored.
    const value = wanted.fields
      .map((f) => f.display)
      .filter((d) => d.length >= 4 && d.toUpperCase() !== d.toLowerCase())
      .sort((a, b) => category.records.filter((r) => matchesIn(r, a)).length - category.records.filter((r) => matchesIn(r, b)).length)[0]!;
    const needle = value === value.toUpperCase() ? value.toLowerCase() : value.toUpperCase();
    const expected = category.records.filter((r) => matchesIn(r, needle));
    const pages = await allPages(deps, { requestRef: reference }, category.id, 7, needle);
    const seen = pages.flatMap((p) => p.records);
    expect(seen.map(key)).toContain(key(wanted));
    // The record's id and case count too, so a filter may find more than field values alone.
    expect(seen.length).toBeGreaterThanOrEqual(expected.length);
    expect(seen.length).toBeLessThan(category.records.length);
    expect(pages[0]!.total).toBe(seen.length);
    expect(pages[0]!.categoryCount).toBe(category.records.length);
    expect(new Set(seen.map(key)).size).toBe(seen.length);
    const none = await reviewPage(deps, {
      source: { requestRef: reference },
      categoryId: category.id,
      offset: 0,
      limit: 50,
      filter: 'zzqqxx',
    });
    expect(none).toMatchObject({ total: 0, records: [], categoryCount: category.records.length });
  });

  it('logs the opening of the review once, not each page (Art. 5(2))', async () => {
    const { deps, store, reference } = await heavyRequest();
    const before = (await store.audit.forRequest(reference)).length;
    const overview = await openReview(deps, { source: { requestRef: reference } });
    await reviewPage(deps, { source: { requestRef: reference }, categoryId: overview.categories[0]!.id, offset: 0, limit: 10 });
    const entries = (await store.audit.forRequest(reference)).slice(before);
    expect(entries.map((e) => e.action)).toEqual(['extract.preview']);
  });

  it('opens one subject entry on its own in the language asked for, and refuses an unknown category or subject', async () => {
    const { deps, landmarks, reference } = await heavyRequest();
    const source = { subjectId: landmarks.heavyDebtor };
    const [en, nl] = [await openReview(deps, { source, language: 'en' }), await openReview(deps, { source, language: 'nl' })];
    expect(en.language).toBe('en');
    expect(nl.language).toBe('nl');
    expect(en.categories.map((c) => c.id)).toEqual(nl.categories.map((c) => c.id));
    expect(en.categories.map((c) => c.label)).not.toEqual(nl.categories.map((c) => c.label));
    // Category names in words, never the stored table names.
    for (const category of en.categories) expect(category.label).not.toMatch(/_/);
    const viaRequest = await openReview(deps, { source: { requestRef: reference }, language: 'en' });
    expect(en.categories.map((c) => c.recordCount)).toEqual(viaRequest.categories.map((c) => c.recordCount));
    expect(await refusal(reviewPage(deps, { source, categoryId: 'no-such-category', offset: 0, limit: 10 }))).toEqual({
      code: 'review.category-not-in-review',
      params: { category: 'no-such-category' },
    });
    expect(await refusal(openReview(deps, { source: { subjectId: 'S9999999' }, language: 'en' }))).toEqual({
      code: 'subject.not-found',
      params: { subjectId: 'S9999999' },
    });
  });
});
