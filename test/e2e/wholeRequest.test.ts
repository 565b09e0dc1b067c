import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/api/dispatch.ts';
import type { DemoLandmarks } from '../../electron/core/demo/landmarks.ts';
import { defaultPolicyFile } from '../../electron/core/policy/loadPolicy.ts';
import { cli } from '../helpers/cliHarness.ts';
import type { HandlerHarness } from '../helpers/handlerHarness.ts';
import { useTempDirs } from '../helpers/tempDir.ts';
import { createTestCa, writeTestP12 } from '../helpers/testCertificate.ts';
import { scriptedChooser } from '../helpers/testSecretStore.ts';
import type { Desk, DeskServer } from './desk.ts';
import { openDesk, screenshotOnFailure } from './desk.ts';

const shots = join(process.cwd(), 'test-output', 'screenshots');
const tempDir = useTempDirs('suite');

/** Requests already in the register, so the list shows every deadline state a clerk meets. */
async function seedRegister({ call }: Pick<DeskServer, 'call'>): Promise<void> {
  const make = (name: string, receivedOn: string, kind = 'access') =>
    call<{ id: string }>('request:create', { requesterName: name, kind, language: 'nl', receivedOn, channel: 'email' });
  const late = await make('M. Visser', '2026-10-14');
  await call('request:checkIdentity', { requestId: late.id, method: 'DigiD-bevestigd e-mailadres' });
  const soon = await make('K. de Boer', '2026-10-28', 'both');
  await call('request:checkIdentity', { requestId: soon.id, method: 'bekend adres en geboortedatum' });
  const paused = await make('R. Jansen', '2026-11-18');
  await call('request:setStatus', { requestId: paused.id, status: 'identity-pending' });
  const sent = await make('T. Bakker', '2026-09-01');
  await call('request:checkIdentity', { requestId: sent.id, method: 'bekend e-mailadres' });
  await call('request:setStatus', { requestId: sent.id, status: 'ready' });
  await call('request:setStatus', { requestId: sent.id, status: 'sent' });
  await make('L. Peters', '2026-11-20', 'portability');
}

describe('the whole request in Chromium, over the real handlers and the demo database', () => {
  let desk: Desk;
  let harness: HandlerHarness;
  let page: Page;
  let landmarks: DemoLandmarks;
  const requests: string[] = [];
  // The OS dialogs, answered by the test: whatever path it puts here is what the clerk "picked".
  const chooser = scriptedChooser();
  let files: { brokenRegister: string; register: string; certificate: string; trustAnchor: string; output: string };

  beforeAll(async () => {
    const dir = tempDir();
    const register = JSON.parse(readFileSync(defaultPolicyFile(), 'utf8')) as { version: string; retention?: unknown };
    // Eva's certificate is issued by the organisation's own CA, which Settings is told to trust.
    const ca = createTestCa('Alektum Group Signing CA', 'Alektum Group');
    writeFileSync(join(dir, 'alektum-ca.pem'), ca.pem);
    files = {
      trustAnchor: join(dir, 'alektum-ca.pem'),
      brokenRegister: join(dir, 'register-draft.json'),
      register: join(dir, 'alektum-register-2026.json'),
      certificate: writeTestP12(join(dir, 'eva-bos.p12'), {
        commonName: 'Eva Bos',
        organisation: 'Alektum Group',
        passphrase: 'Herfst-2026!',
        notBefore: new Date('2026-01-01'),
        notAfter: new Date('2028-06-30T12:00:00Z'),
        issuer: ca,
      }),
      output: join(dir, 'Uittreksels'),
    };
    mkdirSync(files.output);
    writeFileSync(files.register, JSON.stringify({ ...register, version: '1.1' }, null, 2));
    writeFileSync(
      files.brokenRegister,
      JSON.stringify(
        {
          ...register,
          version: '1.2',
          organisation: { ...(register as unknown as { organisation: object }).organisation, country: 'Holland' },
        },
        null,
        2,
      ),
    );
    desk = await openDesk({
      dir,
      shots,
      harness: { subjects: 400, chooser },
      prepare: async (server) => {
        await seedRegister(server);
        await server.call('settings:update', { language: 'nl', clerkName: 'Eva Bos' });
      },
      page: {
        watch: (page) => {
          page.on('request', (request) => requests.push(request.url()));
          page.on('pageerror', (error) => console.error('[page error]', error.message));
        },
      },
    });
    ({ harness, page, landmarks } = desk);
  });
  afterAll(() => desk?.close());
  screenshotOnFailure(() => page, shots);

  const shot = (name: string, fullPage = false) => desk.shot(page, name, fullPage);

  it('registers a request, finds the person, redacts a co-debtor field, generates and verifies', async () => {
    // 1. The register: every deadline state at a glance.
    await page.getByRole('heading', { name: 'Verzoeken' }).waitFor();
    await page.getByText('dagen te laat').first().waitFor();
    await shot('01-requests-nl');

    // Switch the UI to English in the settings (the register stays as it is).
    await page.keyboard.press('Alt+5');
    await page
      .getByRole('region', { name: 'Ondertekeningscertificaat' })
      .getByText(/Geen certificaat gekozen/)
      .waitFor();
    await shot('09-settings-nl');
    await page.getByLabel('Taal').selectOption('en');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();

    // The organisation's register: a draft that does not validate is refused with the field named.
    const registerPanel = page.getByRole('region', { name: 'Processing register' });
    chooser.answers.register = files.brokenRegister;
    await registerPanel.getByRole('button', { name: 'Choose register file…' }).click();
    await registerPanel.getByRole('alert').getByText('organisation.country').waitFor();
    await registerPanel.getByText('alektum-nl, version 1.0').waitFor();
    await registerPanel.scrollIntoViewIfNeeded();
    await shot('09-settings-register-refused');
    chooser.answers.register = files.register;
    await registerPanel.getByRole('button', { name: 'Choose register file…' }).click();
    await registerPanel.getByText('Register in use: alektum-nl, version 1.1').waitFor();

    // The signing certificate, chosen and opened with its passphrase, by keyboard.
    const certificatePanel = page.getByRole('region', { name: 'Signing certificate' });
    chooser.answers.certificate = files.certificate;
    await certificatePanel.getByRole('button', { name: 'Choose certificate…' }).focus();
    await page.keyboard.press('Enter');
    await certificatePanel.getByLabel('Passphrase of the certificate').waitFor();
    await page.keyboard.type('herfst');
    await page.keyboard.press('Enter');
    await certificatePanel.getByText('The passphrase is wrong. Type it again.').waitFor();
    await certificatePanel.scrollIntoViewIfNeeded();
    await shot('09-settings-certificate-wrong');
    await page.keyboard.type('Herfst-2026!');
    await page.keyboard.press('Enter');
    await certificatePanel.getByText('Certificate checked and in use').waitFor();
    await certificatePanel.getByText('30 Jun 2028').waitFor();

    // The organisation's CA, so that Verify can call its signatures valid (issue 13.5).
    const trustPanel = page.getByRole('region', { name: 'Trusted certificate authorities' });
    chooser.answers['trust-anchor'] = files.trustAnchor;
    await trustPanel.getByRole('button', { name: 'Add CA certificate…' }).click();
    await trustPanel.getByText('Alektum Group Signing CA').waitFor();

    chooser.answers.output = files.output;
    await page.getByRole('button', { name: 'Choose folder…' }).click();
    await page.getByText('Output folder changed').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot('09-settings', true);

    // 2. A new request, entered with the keyboard.
    await page.keyboard.press('Alt+1');
    await page.getByRole('button', { name: 'New request' }).click();
    await page.getByLabel('Name of the requester').fill('Anna de Jong');
    await page.getByLabel('E-mail address').fill('anna.dejong@example.nl');
    await page.getByLabel('Postal address').fill('Javastraat 41, 1094 HB Amsterdam');
    await page.getByLabel('What is asked').selectOption('both');
    await page.getByLabel('Language of the answer').selectOption('en');
    await shot('02-new-request');
    await page.getByRole('button', { name: 'Register request' }).click();
    const heading = page.getByRole('heading', { level: 1, name: /INZ-2026-\d{4} · Anna de Jong/ });
    await heading.waitFor();
    const reference = (await heading.textContent())!.split(' · ')[0]!;
    await page.getByLabel('How was the identity checked?').fill('Signed letter, address matches our records');
    await page.getByRole('button', { name: 'Identity checked' }).click();
    await page.getByText(/Checked on .* Signed letter/).waitFor();
    await page
      .locator('summary', { hasText: /acknowledg/i })
      .first()
      .click();
    await shot('03-request');

    // 3. Find the person: same surname at the same address, and namesakes elsewhere.
    await page.getByRole('button', { name: 'Search the person' }).click();
    const search = page.getByLabel(/Name, date of birth/);
    await search.pressSequentially('de Jong', { delay: 30 });
    await page.getByText(/people found/).waitFor();
    const anna = page.locator('.result-card', { has: page.locator(`code:text-is("${landmarks.sharedCase.debtor}")`) });
    const pieter = page.locator('.result-card', { has: page.locator(`code:text-is("${landmarks.sharedCase.coDebtor}")`) });
    await anna.getByText(/born 17 Jan 1983/).waitFor();
    expect(await pieter.count()).toBe(1);
    await shot('04-search');
    await anna.getByRole('button', { name: 'This is the person' }).click();
    await anna.getByText('Taken into the request').waitFor();
    await shot('05-search-chosen');

    // Namesakes side by side (a separate look-up; nothing is linked).
    await search.fill('Jan van den Berg');
    await page
      .locator('.result-card', { has: page.locator(`.result-head code:text-is("${landmarks.namesakes[1]}")`) })
      .getByText(/Same name as 1 other entry/)
      .waitFor();
    await shot('06-search-namesakes');

    // 4. Review: the extract model by category; redact the summary of a letter in the shared case.
    await page.keyboard.press('Alt+1');
    await page.getByRole('button', { name: reference }).click();
    await page.getByRole('button', { name: 'Review records' }).click();
    const preview = await dispatch(harness.handlers, 'extract:preview', { requestId: reference });
    if (!preview.ok) throw new Error(preview.error.message);
    const model = preview.value as {
      categories: { label: string; records: { recordKind: string; recordKindLabel: string; recordId: string; caseId: string | null }[] }[];
    };
    const category = model.categories.find((c) =>
      c.records.some((r) => r.recordKind === 'communications' && r.caseId === landmarks.sharedCase.caseId),
    )!;
    const letter = category.records.find((r) => r.recordKind === 'communications' && r.caseId === landmarks.sharedCase.caseId)!;
    await page.getByRole('button', { name: new RegExp(`^${category.label}`) }).click();
    const card = page.getByRole('article', { name: `${letter.recordKindLabel} ${letter.recordId}` });
    await card.scrollIntoViewIfNeeded();
    await card.getByRole('button', { name: /^Redact field: Summary|^Redact field: summary/i }).click();
    await page.getByRole('dialog').getByLabel('Reason').selectOption('third-party-data');
    await page
      .getByRole('dialog')
      .getByLabel(/Note for the person/)
      .fill('Concerns the co-debtor in this case');
    await shot('07-review-redact');
    await page.getByRole('dialog').getByRole('button', { name: 'Redact' }).click();
    await card.locator('.redaction').first().waitFor();
    await card.scrollIntoViewIfNeeded();
    await shot('07-review');
    await page.getByRole('tab', { name: /Automated decisions/ }).click();
    await shot('07-review-decisions');
    await page.getByRole('tab', { name: 'Preview of the extract' }).click();
    // The PDF as it will be signed (issue 14.4; test/e2e/pdfPreview.test.ts checks its pages), the first layer as text beside it.
    await page.locator('li.pdf-page[data-page="1"][data-state="drawn"]').waitFor({ timeout: 180_000 });
    await page.getByText('Read the first layer as text').click();
    await page.locator('.extract-preview').waitFor();
    await shot('08-preview', true);

    // 5. Generate in the worker with a progress bar, then verify.
    await page.getByRole('button', { name: 'Generate extract' }).click();
    await page.getByRole('heading', { name: 'Generate and deliver' }).waitFor();
    await page.getByText('Signed with the certificate of Eva Bos (Alektum Group), valid until 30 Jun 2028.').waitFor();
    await page.getByRole('button', { name: 'Generate', exact: true }).click();
    await page.getByRole('heading', { name: /Ready/ }).waitFor({ timeout: 120_000 });
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByText('All checks passed').waitFor();
    await page
      .getByText(`${reference}_extract_en.pdf: signed by Eva Bos, Alektum Group, issued by Alektum Group Signing CA, Alektum Group`, {
        exact: false,
      })
      .waitFor();
    await shot('10-generate-verified');

    const detail = await dispatch(harness.handlers, 'request:get', { requestId: reference });
    if (!detail.ok) throw new Error(detail.error.message);
    const exported = detail.value as {
      exports: { folder: string; files: { name: string }[] }[];
      redactions: { field?: string; reason: string }[];
    };
    expect(exported.redactions).toEqual([
      expect.objectContaining({ recordId: letter.recordId, field: 'summary', reason: 'third-party-data' }),
    ]);
    // Written to the folder chosen in Settings, signed with the certificate chosen there.
    expect(exported.exports[0]!.folder).toBe(join(files.output, reference));
    const written = exported.exports[0]!.files.map((f) => join(exported.exports[0]!.folder, f.name));
    expect(written).toHaveLength(2);
    for (const file of written) {
      const verified = await cli(['verify', file, '--trust-anchor', files.trustAnchor, '--no-settings-anchors']);
      expect(verified.code, verified.out + verified.err).toBe(0);
      expect(verified.out).toContain('Signed by: Eva Bos, Alektum Group');
    }

    // 6. Deliver, then the audit log and the reports.
    await page.getByRole('button', { name: new RegExp(`← ${reference}`) }).click();
    await page.getByRole('button', { name: 'Mark ready to send' }).click();
    await page.getByRole('button', { name: 'Mark as sent' }).click();
    await page.getByText('Sent', { exact: true }).first().waitFor();
    await shot('11-request-sent', true);
    await page.keyboard.press('Alt+3');
    await page.getByText(/^\d+ entries$/).waitFor();
    await shot('12-audit');
    await page.keyboard.press('Alt+4');
    await page.getByText('Median days to answer').waitFor();
    await shot('13-reports');
    await page.keyboard.press('Alt+1');
    await page.getByText('days overdue').first().waitFor();
    await shot('14-requests-en');

    // Offline: the page never asked for anything but its own files.
    const origin = new URL(page.url()).origin;
    expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
  });
});
