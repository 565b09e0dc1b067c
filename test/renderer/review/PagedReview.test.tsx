import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExtractModel } from '../../../shared/extract/extractModel.ts';
import type { RequestDetail } from '../../../shared/ipc/types.ts';
import { ExtractReview } from '../../../renderer/screens/ExtractReview.tsx';
import { ReviewScreen } from '../../../renderer/screens/ReviewScreen.tsx';
import { reviewPageSize } from '../../../renderer/screens/review/useReviewData.ts';
import { sampleExtractModel } from '../../helpers/sampleExtractModel.ts';
import { installFakeBridge, resetApp } from '../fakeBridge.ts';
import { reviewChannels } from '../reviewBridge.ts';

// Plain selectors, not role queries: computing the accessible name of every button on a page of cards is slow in jsdom.
const cardNames = () => [...document.querySelectorAll('article.record-card')].map((card) => card.getAttribute('aria-label'));
const pagerButton = (words: RegExp) => screen.getAllByText(words)[0]!.closest('button')!;

/** Issue 14.9: the review asks for the categories, then one page of one category; issue 14.3: it is the one review. */
describe('the paged review', () => {
  beforeEach(() => resetApp('en'));
  afterEach(cleanup);

  /** The calls for the records themselves; the reviewed marks (review:*) load beside them. */
  const dataCalls = (bridge: { calls: { channel: string; input: unknown }[] }) =>
    bridge.calls.filter((c) => !c.channel.startsWith('review:'));

  it('opens with the categories and their counts and one page of the first category, and pages through it one page at a time', async () => {
    // 80 payments and a score: four pages, the last one partial.
    const model: ExtractModel = sampleExtractModel({ language: 'en', payments: 80 });
    const payments = model.categories.find((c) => c.records.some((r) => r.recordKind === 'payments'))!;
    const n = payments.records.length;
    expect(n % reviewPageSize).not.toBe(0);
    expect(Math.ceil(n / reviewPageSize)).toBeGreaterThan(2);
    const bridge = installFakeBridge(reviewChannels(model));
    render(<ExtractReview requestId="INZ-2026-0001" />);
    const nav = await screen.findByRole('navigation', { name: 'Categories' });
    for (const category of model.categories)
      expect(within(nav).getByRole('button', { name: `${category.label} ${category.records.length}` })).toBeTruthy();
    await screen.findAllByRole('article');
    // The whole extract is never asked for: the categories, with the first category's first page.
    expect(dataCalls(bridge).map((c) => c.channel)).toEqual(['extract:review']);
    expect(dataCalls(bridge)[0]!.input).toEqual({ requestId: 'INZ-2026-0001', language: 'en', firstPageLimit: reviewPageSize });
    expect(cardNames()).toEqual(model.categories[0]!.records.slice(0, reviewPageSize).map((r) => `${r.recordKindLabel} ${r.recordId}`));

    await userEvent.click(within(nav).getByRole('button', { name: new RegExp(`^${payments.label}`) }));
    await screen.findAllByText(`Records 1–${reviewPageSize} of ${n}`);
    const seen: (string | null)[] = [];
    for (let page = 0; ; page++) {
      const names = cardNames();
      expect(names.length).toBe(Math.min(reviewPageSize, n - page * reviewPageSize));
      seen.push(...names);
      const next = pagerButton(/Next records/);
      if (page * reviewPageSize + names.length >= n) {
        expect(next).toHaveProperty('disabled', true);
        break;
      }
      await userEvent.click(next);
      const from = (page + 1) * reviewPageSize + 1;
      await screen.findAllByText(`Records ${from}–${Math.min(from + reviewPageSize - 1, n)} of ${n}`);
    }
    // Every record of the category exactly once, in the extract's order.
    expect(seen).toEqual(payments.records.map((r) => `${r.recordKindLabel} ${r.recordId}`));
    await userEvent.click(pagerButton(/Previous records/));
    const last = Math.floor(n / reviewPageSize);
    await screen.findAllByText(`Records ${(last - 1) * reviewPageSize + 1}–${last * reviewPageSize} of ${n}`);
    expect(bridge.calls.some((c) => c.channel === 'extract:preview')).toBe(false);
  }, 60_000);

  it('starts another category on its first page, and asks for the categories and the page again after a redaction', async () => {
    let redacted = false;
    const model: ExtractModel = sampleExtractModel({ language: 'en', payments: 60 });
    const payments = model.categories.find((c) => c.records.some((r) => r.recordKind === 'payments'))!;
    const n = payments.records.length;
    const target = payments.records[reviewPageSize + 3]!;
    const field = target.fields.find((f) => f.redacted === null)!;
    const current = (): ExtractModel =>
      redacted
        ? {
            ...model,
            categories: model.categories.map((c) =>
              c !== payments
                ? c
                : {
                    ...c,
                    records: c.records.map((r) =>
                      r !== target
                        ? r
                        : {
                            ...r,
                            fields: r.fields.map((f) => (f !== field ? f : { ...f, redacted: { reason: 'other', reasonText: 'Other' } })),
                          },
                    ),
                  },
            ),
          }
        : model;
    const bridge = installFakeBridge({
      ...reviewChannels(current),
      'redaction:add': () => {
        redacted = true;
        return {} as RequestDetail;
      },
    });
    render(<ExtractReview requestId="INZ-2026-0001" />);
    const nav = await screen.findByRole('navigation', { name: 'Categories' });
    await userEvent.click(within(nav).getByRole('button', { name: new RegExp(`^${payments.label}`) }));
    await screen.findAllByText(`Records 1–${reviewPageSize} of ${n}`);
    await userEvent.click(pagerButton(/Next records/));
    const card = await screen.findByRole('article', { name: `${target.recordKindLabel} ${target.recordId}` });
    await userEvent.click(within(card).getByRole('button', { name: `Redact field: ${field.label}` }));
    await userEvent.selectOptions(within(screen.getByRole('dialog')).getByLabelText('Reason'), 'other');
    // "Other" needs a note for the person (issue 14.3).
    await userEvent.type(within(screen.getByRole('dialog')).getByLabelText(/^Note for the person/), 'Another debtor on this case');
    bridge.calls.length = 0;
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Redact' }));
    const again = await screen.findByRole('article', { name: `${target.recordKindLabel} ${target.recordId}` });
    await within(again).findByText('Redacted: Other');
    expect(dataCalls(bridge).map((c) => c.channel)).toEqual(['redaction:add', 'extract:review', 'extract:page']);
    expect(dataCalls(bridge)[2]!.input).toMatchObject({ categoryId: payments.id, offset: reviewPageSize });

    // Back to the first category: its first page came with the (re)opening, so nothing is asked for.
    const first = model.categories[0]!;
    bridge.calls.length = 0;
    await userEvent.click(within(nav).getByRole('button', { name: new RegExp(`^${first.label}`) }));
    await screen.findByRole('heading', { name: first.label });
    await screen.findByRole('article', { name: `${first.records[0]!.recordKindLabel} ${first.records[0]!.recordId}` });
    expect(dataCalls(bridge)).toEqual([]);
    // And to the other category again: asked for afresh, from its first page.
    await userEvent.click(within(nav).getByRole('button', { name: new RegExp(`^${payments.label}`) }));
    await screen.findAllByText(`Records 1–${reviewPageSize} of ${n}`);
    expect(bridge.calls.map((c) => [c.channel, (c.input as { offset: number }).offset])).toEqual([['extract:page', 0]]);
  }, 60_000);

  it.each(['en', 'nl'] as const)(
    'opens an entry from search that is not in the request as the same review, read only, in the window’s language (%s)',
    async (language) => {
      resetApp(language);
      const model: ExtractModel = sampleExtractModel({ language });
      const bridge = installFakeBridge({
        ...reviewChannels(model),
        'request:get': () => ({ reference: 'INZ-2026-0001', subjectIds: ['S0000009'] }) as RequestDetail,
      });
      render(<ReviewScreen requestId="INZ-2026-0001" subjectId="S0000001" />);
      const card = (await screen.findAllByRole('article'))[0]!;
      expect(bridge.calls.find((c) => c.channel === 'extract:review')?.input).toEqual({
        subjectId: 'S0000001',
        language,
        firstPageLimit: reviewPageSize,
      });
      // The category names of the extract, never table names; and nothing to redact outside a request.
      const nav = screen.getByRole('navigation', { name: language === 'en' ? 'Categories' : 'Categorieën' });
      expect(
        within(nav)
          .getAllByRole('button')
          .map((b) => b.textContent),
      ).toEqual(model.categories.map((c) => `${c.label} ${c.records.length}`));
      expect(within(card).queryAllByRole('button')).toEqual([]);
      expect(screen.getByText(language === 'en' ? /Nothing can be redacted here/ : /Afschermen kan hier niet/)).toBeTruthy();
      expect(screen.queryByRole('tab', { name: language === 'en' ? 'Preview of the extract' : 'Voorbeeld van het uittreksel' })).toBeNull();
    },
  );

  it('opens the request’s own review for an entry from search that is taken into the request', async () => {
    const model: ExtractModel = sampleExtractModel({ language: 'en' });
    const bridge = installFakeBridge({
      ...reviewChannels(model),
      'request:get': () => ({ reference: 'INZ-2026-0001', subjectIds: ['S0000001'] }) as RequestDetail,
    });
    render(<ReviewScreen requestId="INZ-2026-0001" subjectId="S0000001" />);
    const card = (await screen.findAllByRole('article'))[0]!;
    expect(bridge.calls.find((c) => c.channel === 'extract:review')?.input).toEqual({
      requestId: 'INZ-2026-0001',
      language: 'en',
      firstPageLimit: reviewPageSize,
    });
    expect(within(card).getAllByRole('button', { name: /Redact field/ }).length).toBeGreaterThan(0);
  });
});
