import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestDetail } from '../../shared/ipc/types.ts';
import type { HandlerHarness } from '../helpers/handlerHarness.ts';
import { waitForJob } from '../helpers/handlerHarness.ts';
import { useTempDirs } from '../helpers/tempDir.ts';
import type { Desk } from './desk.ts';
import { openDesk } from './desk.ts';

const shots = process.env.INZAGE_SHOTS ?? '/tmp/shots-i14-words';
const tempDir = useTempDirs('suite');

/**
 * Issue 14.5 and 14.6 in Chromium over the real handlers: a new installation asks who works at the
 * desk, by keyboard; that name and function then sign the letters and the signed PDF, and the audit log
 * reads as sentences in the clerk's language.
 */
describe('the first start, in Chromium over the real handlers and the demo database', () => {
  let desk: Desk;
  let harness: HandlerHarness;
  let page: Page;
  let dir: string;
  const call = <T>(channel: string, input: unknown): Promise<T> => desk.call<T>(channel, input);
  const shot = (name: string) => desk.shot(page, name);

  beforeAll(async () => {
    // A first start: no function in Settings yet, so the window asks who works here (only the language is set).
    desk = await openDesk({
      dir: tempDir(),
      shots,
      harness: { subjects: 120, clerkRole: null },
      clerk: { language: 'nl' },
      page: { viewport: { width: 1280, height: 860 } },
    });
    ({ harness, page, dir } = desk);
  });
  afterAll(() => desk?.close());

  it('asks name and function by keyboard, then signs letters and the PDF with them and words the audit log', async () => {
    // 1. Nothing but the question: the name field has focus, Tab to the function, Enter starts.
    await page.getByRole('heading', { name: 'Welkom bij Inzage' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('autocomplete'))).toBe('name');
    expect(await page.getByRole('navigation').count()).toBe(0);
    await shot('01-first-start-nl');
    await page.keyboard.type('Anna de Vries');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Functionaris inzageverzoeken');
    await shot('02-first-start-filled');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Verzoeken', level: 1 }).waitFor();
    expect(await call<{ clerkName: string; clerkRole: string }>('settings:get', {})).toMatchObject({
      clerkName: 'Anna de Vries',
      clerkRole: 'Functionaris inzageverzoeken',
    });

    // 2. A request: its acknowledgement is signed by the clerk, with the function under the name.
    const subject = desk.landmarks.foreignTransfer;
    const request = await call<RequestDetail>('request:create', {
      requesterName: 'T. Jansen',
      kind: 'access',
      language: 'nl',
      receivedOn: '2026-11-10',
      channel: 'email',
    });
    await call('request:checkIdentity', { requestId: request.id, method: 'bekend e-mailadres' });
    await call('request:linkSubjects', { requestId: request.id, subjectIds: [subject], reason: 'naam en geboortedatum' });
    await page.keyboard.press('Alt+3');
    await page.keyboard.press('Alt+1');
    await page.getByRole('button', { name: request.id }).click();
    const letter = page.locator('details.letter').first();
    await letter.locator('summary').click();
    const body = await letter.locator('pre').innerText();
    expect(body).toContain('Anna de Vries\nFunctionaris inzageverzoeken');
    expect(body).not.toMatch(/Privacy desk|Test Clerk/);
    const history = await page.getByRole('region', { name: 'Geschiedenis' }).innerText();
    expect(history).toContain('Persoon gekoppeld aan het verzoek');
    expect(history).not.toMatch(/reasonGiven|request\.status|[0-9a-f]{12}/);
    await shot('03-request-letter-history');

    // 3. The signed PDF carries the same name and function (read back by poppler, not by our own code).
    mkdirSync(join(dir, 'out'), { recursive: true });
    const { jobId } = await call<{ jobId: string }>('export:start', { requestId: request.id, archive: false });
    const done = (await waitForJob(harness, jobId)) as { ok: boolean; result: { folder: string; files: { name: string }[] } };
    expect(done.ok).toBe(true);
    const pdf = join(done.result.folder, done.result.files.find((f) => f.name.endsWith('.pdf'))!.name);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(text).toContain('Anna de Vries');
    expect(text).toContain('Functionaris inzageverzoeken');

    // 4. The audit log in sentences: who (the clerk's name), what in words, counts instead of ids, no digests.
    await page.keyboard.press('Alt+3');
    await page.getByRole('heading', { name: 'Auditlog', level: 1 }).waitFor();
    await page.getByText('Medewerker bij de eerste start vastgelegd.').waitFor();
    await page.getByText(`Verzoek geregistreerd: inzageverzoek, ontvangen per e-mail op 2026-11-10. Verzoek ${request.id}.`).waitFor();
    await page.getByText(`Status gewijzigd van "ontvangen" naar "in behandeling". Verzoek ${request.id}.`).waitFor();
    const log = await page.locator('#main').innerText();
    expect(log).toContain('Anna de Vries');
    expect(log).not.toMatch(/[0-9a-f]{12}|reasonGiven|noCopyKept|request\.create/);
    await shot('04-audit-sentences-nl');

    // 5. The same log in English, and Settings shows the function to change.
    await page.keyboard.press('Alt+5');
    await page.getByLabel('Taal').selectOption('en');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    expect(await page.getByLabel('Your function (under your name on letters)').inputValue()).toBe('Functionaris inzageverzoeken');
    await page.keyboard.press('Alt+3');
    await page.getByText('Clerk recorded at first start.').waitFor();
    await page.getByText(`Status changed from "received" to "in progress". Request ${request.id}.`).waitFor();
    await shot('05-audit-sentences-en');
  });
});
