import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoLandmarks } from '../../electron/core/demo/landmarks.ts';
import type { RequestDetail, SearchResponse } from '../../shared/ipc/types.ts';
import { useTempDirs } from '../helpers/tempDir.ts';
import type { Desk } from './desk.ts';
import { openDesk, screenshotOnFailure } from './desk.ts';

/**
 * Issue 14.2, "search tells the truth", in Chromium over the real handlers and the demo database:
 * totals, every namesake, "not this person", unlink, confirming a namesake, and the no-data answer.
 */
const shots = '/tmp/shots-i14-search-ui';
const tempDir = useTempDirs('suite');

describe('search tells the truth, in Chromium over the real handlers', () => {
  let desk: Desk;
  let page: Page;
  let landmarks: DemoLandmarks;

  const call = <T>(channel: string, input: unknown): Promise<T> => desk.call<T>(channel, input);
  const shot = (name: string) => desk.shot(page, name);
  const card = (subjectId: string): Locator =>
    page.locator('.result-card', { has: page.locator(`.result-head code:text-is("${subjectId}")`) });
  const searchInput = () => page.getByLabel(/Name, date of birth/);

  /** Opens the search for a request from its screen, as the clerk does. */
  async function searchFor(reference: string, query: string): Promise<void> {
    // The list shows the register as it was loaded; the request was just made through the handlers.
    await page.reload();
    await page.getByRole('heading', { name: 'Requests' }).waitFor();
    await page.getByRole('button', { name: reference }).click();
    await page.getByRole('button', { name: 'Search the person' }).click();
    await searchInput().fill(query);
    await page.locator(`section.results[data-results-for="${query}"]:not([aria-busy="true"])`).waitFor();
  }

  beforeAll(async () => {
    desk = await openDesk({
      dir: tempDir(),
      shots,
      harness: { subjects: 400 },
      clerk: { language: 'en', clerkName: 'Eva Bos' },
      page: { viewport: { width: 1280, height: 900 } },
    });
    ({ page, landmarks } = desk);
    await page.getByRole('heading', { name: 'Requests' }).waitFor();
  });
  afterAll(() => desk?.close());
  screenshotOnFailure(() => page, shots);

  it('says how many match in all, and shows more on request', async () => {
    await page.keyboard.press('Alt+2');
    for (const query of ['berg', 'Amsterdam']) {
      await searchInput().fill(query);
      const section = page.locator(`section.results[data-results-for="${query}"]:not([aria-busy="true"])`);
      await section.waitFor();
      // What the core answers for the same text: the window must say exactly that.
      const truth = await call<SearchResponse>('search:subjects', { query, limit: 20 });
      const cards = section.locator('.result-card');
      expect(await cards.count()).toBe(truth.groups.length);
      const heading = section.getByRole('heading', { level: 2 });
      if (truth.total > truth.groups.length) {
        expect(await heading.textContent()).toBe(`${truth.groups.length} of ${truth.total} — add a birth date or postcode`);
        await section.getByRole('button', { name: 'Show more' }).click();
        const more = await call<SearchResponse>('search:subjects', { query, limit: 40 });
        await page.waitForFunction((n) => document.querySelectorAll('.result-card').length === n, more.groups.length);
        expect(more.groups.length).toBeGreaterThan(truth.groups.length);
      } else {
        expect(await heading.textContent()).toBe(`${truth.total} people found`);
        expect(await section.getByRole('button', { name: 'Show more' }).count()).toBe(0);
      }
    }
    await shot('01-search-totals');
  });

  it('lists every namesake, confirms linking one, records "not this person" and unlinks with a reason', async () => {
    const request = await call<RequestDetail>('request:create', {
      requesterName: 'Jan van den Berg',
      kind: 'access',
      language: 'nl',
      receivedOn: '2026-11-20',
      channel: 'email',
    });
    await call('request:checkIdentity', { requestId: request.id, method: 'known e-mail address and date of birth' });
    const [janA, janB] = landmarks.namesakes;
    await searchFor(request.reference, 'Jan van den Berg');
    // Each Jan lists the other with what tells them apart.
    const truth = await call<SearchResponse>('search:subjects', { query: 'Jan van den Berg', limit: 20 });
    const b = truth.groups.find((g) => g.subjectId === janB)!;
    const namesakeOfA = card(janA).locator('ul.namesakes > li');
    expect(await namesakeOfA.count()).toBe(truth.groups.find((g) => g.subjectId === janA)!.namesakeCount);
    expect(await namesakeOfA.first().textContent()).toContain(janB);
    await card(janA)
      .getByText(/Same name as 1 other entry/)
      .waitFor();
    await shot('02-search-namesakes');

    // Linking Jan A, who has a namesake, is confirmed first, showing who the other one is.
    await card(janA).getByRole('button', { name: 'This is the person' }).click();
    const confirm = page.getByRole('dialog', { name: 'Link Jan van den Berg?' });
    await confirm.getByText(janB).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Yes, this is the person');
    await shot('03-confirm-namesake');
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'detached' });
    expect((await call<RequestDetail>('request:get', { requestId: request.id })).subjectIds).toEqual([]);
    await card(janA).getByRole('button', { name: 'This is the person' }).click();
    await page.keyboard.press('Enter');
    await card(janA).getByText('Taken into the request').waitFor();
    expect((await call<RequestDetail>('request:get', { requestId: request.id })).subjectIds).toEqual([janA]);

    // Jan B: not this person, with a reason; the entry stays dismissed, also after searching again.
    await card(janB).getByRole('button', { name: 'Not this person…' }).click();
    const reject = page.getByRole('dialog', { name: 'Not this person: Jan van den Berg' });
    await reject.getByLabel('Reason').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('placeholder'))).toBe('e.g. other date of birth');
    await page.keyboard.type(`born ${b.birthDate}, requester gave another date`);
    await shot('04-not-this-person-dialog');
    await page.keyboard.press('Enter');
    await card(janB)
      .getByText(/Not this person: born/)
      .waitFor();
    await searchInput().fill('Jan van den Berg 1');
    await searchInput().fill('Jan van den Berg');
    await page.locator('section.results[data-results-for="Jan van den Berg"]:not([aria-busy="true"])').waitFor();
    await card(janB)
      .getByText(/Not this person: born/)
      .waitFor();
    expect(await card(janB).getByRole('button', { name: 'This is the person' }).count()).toBe(0);
    await shot('05-not-this-person');
    const afterReject = await call<RequestDetail>('request:get', { requestId: request.id });
    expect(afterReject.rejectedCandidates).toMatchObject([{ subjectId: janB, rejectedBy: 'Eva Bos' }]);
    expect(afterReject.history.map((h) => h.action)).toContain('request.reject-candidate');

    // Unlink Jan A with a reason: he becomes a dismissed entry too, and the decision is logged.
    await card(janA).getByRole('button', { name: 'Unlink…' }).click();
    await page.getByRole('dialog', { name: 'Unlink Jan van den Berg' }).getByLabel('Reason').fill('the address is a former one');
    await page.getByRole('dialog').getByRole('button', { name: 'Unlink' }).click();
    await card(janA).getByText('✕ Not this person: the address is a former one').waitFor();
    const afterUnlink = await call<RequestDetail>('request:get', { requestId: request.id });
    expect(afterUnlink.subjectIds).toEqual([]);
    expect(afterUnlink.rejectedCandidates?.map((c) => c.subjectId).sort()).toEqual([janA, janB].sort());
    expect(afterUnlink.history.map((h) => h.action)).toContain('request.unlink-subject');
    await shot('06-unlinked');

    // Linking a dismissed entry after all needs a confirmation that shows the reason; the core records the override.
    await card(janA).getByRole('button', { name: 'Link after all…' }).click();
    await page
      .getByRole('dialog')
      .getByText(/recorded as not this person: “the address is a former one”/)
      .waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Yes, this is the person' }).click();
    await card(janA).getByText('Taken into the request').waitFor();
    expect((await call<RequestDetail>('request:get', { requestId: request.id })).subjectIds).toEqual([janA]);
  });

  it('a request where nobody matches is answered "we hold no personal data", right from the empty result', async () => {
    const request = await call<RequestDetail>('request:create', {
      requesterName: 'Quirijn Zwartkruis',
      kind: 'access',
      language: 'en',
      receivedOn: '2026-11-20',
      channel: 'letter',
    });
    const query = 'Quirijn Zwartkruis';
    expect((await call<SearchResponse>('search:subjects', { query, limit: 20 })).groups).toEqual([]);
    await searchFor(request.reference, query);
    await page.getByRole('heading', { name: `No one matches “${query}”.` }).waitFor();
    await page.getByRole('heading', { name: 'Nobody matches?' }).waitFor();
    await shot('07-nobody-matches');
    await page.getByRole('button', { name: 'Answer: we hold no personal data…' }).click();
    await page.getByRole('dialog', { name: `Close request ${request.reference}: we hold no personal data` }).waitFor();
    await shot('08-no-data-confirm');
    await page.getByRole('button', { name: 'Close the request' }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(request.reference) }).waitFor();
    await page.getByText('Answered: we hold no personal data about this person.').waitFor();
    const closed = await call<RequestDetail>('request:get', { requestId: request.id });
    expect(closed).toMatchObject({ status: 'sent', outcome: 'no-data' });
    expect(closed.letters.map((l) => l.id)).toContain('no-data');
    await shot('09-no-data-request');
  });
});
