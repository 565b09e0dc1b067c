import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoLandmarks } from '../../electron/core/demo/landmarks.ts';
import type { ExtractModel } from '../../shared/extract/extractModel.ts';
import { useTempDirs } from '../helpers/tempDir.ts';
import type { Desk } from './desk.ts';
import { openDesk, readyRequest, screenshotOnFailure } from './desk.ts';

const shots = '/tmp/shots-i14-review-ui';
const tempDir = useTempDirs('suite');

/**
 * Issue 14.3 in Chromium over the real handlers and the demo database: the review screen's reviewed
 * mark, filter, whole-case withholding, the redaction dialog, automated-decision inputs as a table,
 * category headers that are never blank, and the warning before generating.
 */
describe('the review screen in Chromium', () => {
  let desk: Desk;
  let page: Page;
  let landmarks: DemoLandmarks;

  const call = <T>(channel: string, input: unknown): Promise<T> => desk.call<T>(channel, input);
  const requestFor = async (requesterName: string, subjectId: string) =>
    (
      await readyRequest(desk, {
        requesterName,
        language: 'en',
        subjectId,
        receivedOn: '2026-11-16',
        identity: 'Signed letter',
        reason: 'date of birth matches',
      })
    ).id;
  const openReview = async (reference: string) => {
    await page.keyboard.press('Alt+1');
    await page.getByRole('button', { name: reference }).click();
    await page.getByRole('button', { name: 'Review records' }).click();
    await page.getByRole('tablist').waitFor();
  };
  const shot = (name: string, fullPage = false) => desk.shot(page, name, fullPage);

  beforeAll(async () => {
    desk = await openDesk({ dir: tempDir(), shots, harness: { subjects: 400 }, clerk: { language: 'en', clerkName: 'Eva Bos' } });
    ({ page, landmarks } = desk);
  });
  afterAll(() => desk?.close());
  screenshotOnFailure(() => page, shots);

  it("never shows a blank category header, also when all the category's records are another person's", async () => {
    // The co-debtor's view of the shared case: the debtor's letters are all withheld (Art. 15(4)).
    const reference = await requestFor('P. de Jong', landmarks.sharedCase.coDebtor);
    const model = await call<ExtractModel>('extract:preview', { requestId: reference });
    await openReview(reference);
    // A category whose records are all another person's (withheld) still shows its purposes and source.
    const withheldOnly = model.categories.find((c) => c.records.length > 0 && c.records.every((r) => r.withheld));
    expect(withheldOnly).toBeDefined();
    await page.getByRole('button', { name: new RegExp(`^${withheldOnly!.label}`) }).click();
    const facts = page.locator('.category-facts');
    await facts.getByRole('heading', { name: withheldOnly!.label }).waitFor();
    const purposes = (await facts.locator('dt:text-is("Purposes") + dd').textContent())!.trim();
    const source = (await facts.locator('dt:text-is("Source") + dd').textContent())!.trim();
    expect(purposes).toBe(withheldOnly!.purposes.map((p) => `${p.label} (${p.legalBases.map((b) => b.article).join(', ')})`).join('; '));
    expect(purposes.length).toBeGreaterThan(0);
    expect(source.length).toBeGreaterThan(0);
    await shot('01-withheld-category-header');
    // Every category with records, in turn: purposes and source are never blank.
    for (const category of model.categories.filter((c) => c.records.length > 0)) {
      await page.getByRole('button', { name: new RegExp(`^${category.label}`) }).click();
      await facts.getByRole('heading', { name: category.label }).waitFor();
      expect((await facts.locator('dt:text-is("Purposes") + dd').textContent())!.trim()).not.toBe('');
      expect((await facts.locator('dt:text-is("Source") + dd').textContent())!.trim()).not.toBe('');
    }
  });

  it('marks a category reviewed, filters, redacts with a named dialog, withholds a case and warns before generating', async () => {
    const reference = await requestFor('Anna de Jong', landmarks.sharedCase.debtor);
    const model = await call<ExtractModel>('extract:preview', { requestId: reference });
    await openReview(reference);

    // The reviewed mark: set by the clerk, stored by the core, shown with who and when.
    const letters = model.categories.find((c) => c.records.some((r) => r.recordKind === 'communications' && !r.withheld))!;
    await page.getByRole('button', { name: new RegExp(`^${letters.label}`) }).click();
    // A click, not check(): the box follows the core's answer, which may come after check() looks.
    await page.getByRole('checkbox', { name: `Mark ${letters.label} as reviewed` }).click();
    await page.getByText(/Reviewed by Eva Bos on/).waitFor();
    expect(await call('review:marks', { requestId: reference })).toEqual([
      expect.objectContaining({ categoryId: letters.id, by: 'Eva Bos' }),
    ]);
    await shot('02-reviewed-mark');

    // Filter within the category: one record's id leaves that record.
    const letter = letters.records.find(
      (r) => r.recordKind === 'communications' && !r.withheld && r.caseId === landmarks.sharedCase.caseId,
    )!;
    const filter = page.getByRole('searchbox', { name: `Filter the records of ${letters.label}` });
    await filter.fill(letter.recordId);
    await page.getByText(`1 of ${letters.records.length} records shown`).waitFor();
    expect(await page.locator('article.record-card').count()).toBe(1);
    await shot('03-filter');

    // The redaction control is visible (not a faint pencil) and the dialog names the record and the field.
    const card = page.getByRole('article', { name: `${letter.recordKindLabel} ${letter.recordId}` });
    const summaryButton = card.getByRole('button', { name: 'Redact field: Summary' });
    expect(await summaryButton.textContent()).toBe('Redact');
    expect(await summaryButton.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    await summaryButton.click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.locator('.redact-target').textContent()).toContain(`${letter.recordKindLabel} ${letter.recordId}`);
    expect(await dialog.locator('.redact-target').textContent()).toContain('Summary');
    // Focus starts on the reason; "Other reason" without a note is not sent.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    await dialog.getByLabel('Reason').selectOption('other');
    await dialog.getByRole('button', { name: 'Redact' }).click();
    await dialog.getByText('Explain the reason: the person reads this note in the extract.').waitFor();
    await shot('04-redact-other-needs-note');
    // Escape closes the dialog and focus returns to the control that opened it.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Redact field: Summary');
    await summaryButton.click();
    await dialog.getByLabel('Reason').selectOption('other');
    await dialog.getByLabel(/Note for the person/).fill('Names a bailiff who asked not to be named');
    await dialog.getByRole('button', { name: 'Redact' }).click();
    await card.locator('.redaction').first().waitFor();
    await filter.fill('');

    // Withhold the whole shared case at once.
    await page.getByRole('button', { name: 'Withhold a whole case…' }).click();
    await dialog.getByLabel('Case').selectOption(landmarks.sharedCase.caseId);
    await dialog.getByLabel('Reason').selectOption('legal-privilege');
    await shot('05-withhold-case');
    await dialog.getByRole('button', { name: 'Withhold the case' }).click();
    await page.getByText(new RegExp(`\\d+ records of case ${landmarks.sharedCase.caseId} withheld\\.`)).waitFor();
    const after = await call<ExtractModel>('extract:preview', { requestId: reference });
    const inCase = after.categories.flatMap((c) => c.records).filter((r) => r.caseId === landmarks.sharedCase.caseId);
    expect(inCase.length).toBeGreaterThan(0);
    expect(inCase.every((r) => r.withheld)).toBe(true);
    await shot('06-case-withheld');

    // Generating names the categories nobody reviewed, and lets the clerk go on.
    const unreviewed = await call<{ label: string; recordCount: number }[]>('review:unreviewed', { requestId: reference });
    expect(unreviewed.length).toBe(after.categories.filter((c) => c.records.length > 0).length - 1);
    await page.getByRole('button', { name: 'Generate extract' }).click();
    const warning = page.locator('.unreviewed-warning');
    await warning.getByText('Not every category is marked reviewed').waitFor();
    expect(await warning.locator('li').allTextContents()).toEqual(unreviewed.map((c) => `${c.label} (records: ${c.recordCount})`));
    expect(await warning.textContent()).not.toContain(letters.label);
    expect(await page.getByRole('button', { name: 'Generate', exact: true }).isDisabled()).toBe(false);
    await shot('07-generate-warning');
  });

  it('shows the data an automated decision used as a labelled table, never as JSON', async () => {
    const reference = await requestFor('B. Automaat', landmarks.automatedDecisions);
    const model = await call<ExtractModel>('extract:preview', { requestId: reference });
    const category = model.categories.find((c) => c.records.some((r) => r.recordKind === 'automated_decisions' && !r.withheld))!;
    const record = category.records.find((r) => r.recordKind === 'automated_decisions' && !r.withheld)!;
    const decision = model.automatedDecisions.find((d) => d.decisionId === record.recordId)!;
    await openReview(reference);
    await page.getByRole('button', { name: new RegExp(`^${category.label}`) }).click();
    const card = page.getByRole('article', { name: `${record.recordKindLabel} ${record.recordId}` });
    const table = card.locator('table.adm-inputs');
    await table.waitFor();
    expect(await table.locator('thead th').allTextContents()).toEqual(['Data used', 'Value', 'What it means']);
    expect(await table.locator('tbody th').allTextContents()).toEqual(decision.variables.map((v) => v.label));
    expect(await card.textContent()).not.toMatch(/[{}"]/);
    // Nothing overflows the card.
    const overflow = await card.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await card.scrollIntoViewIfNeeded();
    await shot('08-adm-inputs');
  });
});
