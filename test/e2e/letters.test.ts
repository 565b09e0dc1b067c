import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/api/dispatch.ts';
import type { RequestDetail } from '../../shared/ipc/types.ts';
import { openDatabase } from '../../electron/core/db/openDatabase.ts';
import { getRequest } from '../../electron/core/requests/requestRepository.ts';
import { testKeys } from '../helpers/testKeys.ts';
import type { HandlerHarness } from '../helpers/handlerHarness.ts';
import { useTempDirs } from '../helpers/tempDir.ts';
import type { Desk } from './desk.ts';
import { openDesk, screenshotOnFailure } from './desk.ts';

const shots = '/tmp/shots-i14-letters';
const tempDir = useTempDirs('suite');
const flat = (text: string) => text.replace(/\s+/g, ' ');

/**
 * Letters that leave the app (issue 14.7, 14.8), in Chromium over the real handlers and the demo
 * database: an overdue request's acknowledgement says it is late, the extension is not offered after the
 * first month and the reason stands beside it, the letter is saved as a PDF with the clerk's free
 * paragraph (recorded with its SHA-256) and printed. Electron's webContents.print is stood in for by
 * Chromium's own print to PDF of the same page (print media), so what the OS would print is checked too.
 */
describe('letters in Chromium, over the real handlers and the demo database', () => {
  let desk: Desk;
  let harness: HandlerHarness;
  let page: Page;
  let dir: string;
  const printed: string[] = [];

  beforeAll(async () => {
    desk = await openDesk({
      dir: tempDir(),
      shots,
      harness: {
        subjects: 200,
        today: '2026-11-23',
        // The OS print dialog, printed: the page as Chromium prints it, kept to look at.
        printWindow: async () => {
          const file = join(shots, `printed-${printed.length + 1}.pdf`);
          writeFileSync(file, await page.pdf({ format: 'A4', printBackground: false }));
          printed.push(file);
          return true;
        },
      },
    });
    ({ harness, page, dir } = desk);
  });
  afterAll(() => desk?.close());
  screenshotOnFailure(() => page, shots);

  it('saves an overdue acknowledgement as a PDF with the free paragraph, and prints the fixed letter', async () => {
    // Received 14 October 2026: due Monday 16 November; today is 23 November, a week late.
    const created = await dispatch(harness.handlers, 'request:create', {
      requesterName: 'Anna de Jong',
      requesterAddress: 'Javastraat 41, 1094 HB Amsterdam',
      kind: 'access',
      language: 'en',
      receivedOn: '2026-10-14',
      channel: 'letter',
    });
    if (!created.ok) throw new Error(created.error.message);
    const reference = (created.value as RequestDetail).reference;

    await page.getByRole('heading', { name: 'Requests' }).waitFor();
    // The overdue request is also named in the due-soon warning above the list (issue 15.3): open it from the list.
    await page.getByRole('table').getByRole('button', { name: reference }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`${reference} · Anna de Jong`) }).waitFor();

    // 14.7: no extension offered after the first month; the reason beside it.
    const reason = page.getByTestId('extension-unavailable');
    await reason.waitFor();
    expect(await reason.textContent()).toMatch(/Extension not possible: .*first month.*2026-11-16/);
    expect(await page.getByRole('button', { name: 'Extend by two months' }).count()).toBe(0);

    // The acknowledgement is dated today and says it is late, never "at the latest on 16 November".
    await page.locator('summary', { hasText: /Acknowledgement/ }).click();
    const letter = page.locator('details.letter', { hasText: /Acknowledgement/ });
    const draft = flat((await letter.locator('pre').textContent())!);
    expect(draft).toContain('23 November 2026');
    expect(draft).toContain('We should have answered your request by 16 November 2026');
    expect(draft).not.toContain('at the latest on 16 November');

    // 14.8: one free paragraph, then save as PDF.
    const paragraph = 'We also sent a copy of this letter to your e-mail address.';
    await letter.getByLabel(/Free paragraph/).fill(paragraph);
    await page.screenshot({ path: join(shots, 'e2e-letter-draft.png'), fullPage: true });
    await letter.getByRole('button', { name: 'Save as PDF' }).click();
    await letter
      .getByRole('status')
      .filter({ hasText: /Saved as/ })
      .waitFor();
    await letter.getByText(/Fixed on .* by Test Clerk/).waitFor();
    expect(await letter.getByLabel(/Free paragraph/).count()).toBe(0);

    const folder = join(dir, 'out', reference);
    const [pdfName, ...others] = readdirSync(folder);
    expect(others).toEqual([]);
    expect(pdfName).toBe(`${reference}-letter-acknowledgement.pdf`);
    const pdfFile = join(folder, pdfName!);
    const text = flat(execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' }));
    expect(text).toContain(paragraph);
    expect(text).toContain('23 November 2026');
    expect(text).toMatch(/Anna de Jong .*Javastraat 41 .*1094 HB Amsterdam/);
    expect(text).toContain('We should have answered your request by 16 November 2026');
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', pdfFile, join(shots, 'e2e-letter-pdf')]);

    // Recorded as an output with the SHA-256 of the file, and audited.
    const shown = await dispatch(harness.handlers, 'request:get', { requestId: reference });
    if (!shown.ok) throw new Error(shown.error.message);
    const detail = shown.value as RequestDetail;
    expect(detail.exports[0]?.files).toEqual([{ name: pdfName, bytes: readFileSync(pdfFile).length }]);
    const audit = await dispatch(harness.handlers, 'audit:list', { limit: 50, offset: 0, requestId: reference });
    if (!audit.ok) throw new Error(audit.error.message);
    const entries = (audit.value as { entries: { action: string; detail?: string; target?: string }[] }).entries;
    const sha256 = createHash('sha256').update(readFileSync(pdfFile)).digest('hex');
    expect(JSON.stringify(entries)).toContain(sha256.slice(0, 12));
    const db = openDatabase(harness.databaseFile, testKeys.database, { readonly: true });
    expect(getRequest(db, reference).outputs).toEqual([
      expect.objectContaining({ fileName: pdfName, kind: 'letter-acknowledgement', sha256 }),
    ]);
    db.close();
    expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(['letter.fix', 'export']));

    // Print: the fixed letter in the print view, printed as print media shows it (the letter alone).
    await letter.getByRole('button', { name: 'Print' }).click();
    const view = page.getByRole('region', { name: 'Print letter' });
    await view.waitFor();
    await expect.poll(() => printed.length).toBe(1);
    await page.screenshot({ path: join(shots, 'e2e-letter-print-view.png') });
    const paper = flat(execFileSync('pdftotext', [printed[0]!, '-'], { encoding: 'utf8' }));
    expect(paper).toContain(paragraph);
    expect(paper).toContain('23 November 2026');
    expect(paper).not.toContain('Extension not possible');
    expect(paper).not.toContain('History');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', printed[0]!, join(shots, 'e2e-letter-printed')]);
    await view.getByRole('button', { name: 'Close' }).click();
    await view.waitFor({ state: 'detached' });
  });
});
