import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/openDatabase.ts';
import { sqliteStore } from '../../electron/core/store/sqliteStore.ts';
import { systemClock } from '../../electron/core/clock/clock.ts';
import { DEMO_THIRD_PARTY_NAME } from '../../electron/core/demo/demoDocuments.ts';
import { readPendingDocuments } from '../../electron/core/documents/readDocuments.ts';
import { loadDefaultPolicy } from '../../electron/core/policy/loadPolicy.ts';
import type { DocumentView } from '../../shared/documents/documentView.ts';
import type { RequestDocuments } from '../../shared/documents/requestDocuments.ts';
import type { RequestDetail } from '../../shared/ipc/types.ts';
import { addFixtureDocument } from '../helpers/documentFixtures.ts';
import { addFixtureScan } from '../helpers/scanFixture.ts';
import { useTempDirs } from '../helpers/tempDir.ts';
import { testKeys } from '../helpers/testKeys.ts';
import type { Desk } from './desk.ts';
import { openDesk, readyRequest, screenshotOnFailure } from './desk.ts';

const shots = process.env.SHOTS_DIR ?? '/tmp/shots-i16-documents';
const tempDir = useTempDirs('suite');

/** A neighbour who is no subject (synthetic; neither name is in the demo's name lists, so pdftotext finding none is telling). */
const THIRD_PARTY = 'Tjeerd Wiersma';
const LETTER = 'DOC-E2E-SCAN-1';
const SCAN = 'DOC-E2E-PNG-1';
/** The scan's page size in pixels (scanFixture.ts), the units an area is stored in. */
const SCAN_SIZE = { width: 1240, height: 1754 };

// Parts of issue 16 built on other branches; each part of this test that needs one waits for it by a fact
// of the tree, so after the merge the whole test runs (and can fail) with no edit here:
// - the possible-mention search: branch docs-search, SQLite migration 012 (the document text index);
// - documents inside the signed extract, truly redacted: branch docs-extract, electron/core/documents/redaction/.
const migrations = join(process.cwd(), 'electron', 'core', 'db', 'migrations');
const searchBuilt = readdirSync(migrations).some((f) => f.startsWith('012'));
const extractBuilt = existsSync(join(process.cwd(), 'electron', 'core', 'documents', 'redaction'));

/**
 * Issue 16 in Chromium over the real handlers and the demo database: a letter in the shared case, linked to
 * the co-debtor, that names the debtor with the case number and a neighbour. For the co-debtor it is part of
 * the copy; for the debtor a possible mention, which the clerk adds; in both the neighbour's name is withheld
 * in the document viewer and the extract is generated. The lead switches the letter to the demo's scanned
 * landmark (docs-demo) after merging.
 */
describe('a request with documents in Chromium (issue 16)', () => {
  let desk: Desk;
  let page: Page;
  let debtorName = '';

  const call = <T>(channel: string, input: unknown): Promise<T> => desk.call<T>(channel, input);
  const shot = (name: string, fullPage = true) => desk.shot(page, name, fullPage);
  const openDocuments = async (reference: string) => {
    await page.keyboard.press('Alt+1');
    await page.getByRole('button', { name: reference }).click();
    await page.getByRole('button', { name: 'Review records' }).click();
    await page.getByRole('tab', { name: 'Documents' }).click();
    await page.getByRole('heading', { name: 'Documents', level: 2 }).waitFor();
  };
  const expectAxeClean = async (name: string) => {
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((v) => `${name}: ${v.id} ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  };
  /** Withholds every place the neighbour's name stands on page 1, in the viewer, with a reason. */
  const withholdNeighbour = async (shotName: string, fileName = `${LETTER}.pdf`, neighbour = THIRD_PARTY) => {
    await page.getByRole('heading', { name: `Document: ${fileName}` }).waitFor();
    await page.getByLabel(/Words to withhold on page 1/).fill(neighbour);
    await page.getByRole('button', { name: 'Withhold…' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Withhold inside the document' });
    await dialog.getByLabel('Reason').selectOption('third-party-data');
    await expectAxeClean(`${shotName} dialog`);
    await shot(`${shotName}-dialog`, false);
    await dialog.getByRole('button', { name: 'Redact' }).click();
    await page.getByRole('heading', { name: 'Withheld inside this document (1)' }).waitFor();
    await shot(shotName);
  };
  const generate = async (reference: string) => {
    await page.getByRole('button', { name: 'Generate extract' }).click();
    await page.getByRole('heading', { name: 'Generate and deliver' }).waitFor();
    await page.getByRole('button', { name: 'Generate', exact: true }).click();
    await page.getByRole('heading', { name: /Ready/ }).waitFor({ timeout: 180_000 });
    const detail = await call<RequestDetail>('request:get', { requestId: reference });
    const exported = detail.exports[0]!;
    return exported.files.map((f) => join(exported.folder, f.name)).find((f) => f.endsWith('.pdf'))!;
  };

  beforeAll(async () => {
    desk = await openDesk({
      dir: tempDir(),
      shots,
      harness: { subjects: 400 },
      clerk: { language: 'en', clerkName: 'Eva Bos' },
      prepare: async (server) => {
        // The letter goes into the store as the import would put it (a real PDF with its words read).
        const db = openDatabase(server.harness.databaseFile, testKeys.database);
        try {
          const store = sqliteStore(db, { keys: testKeys });
          const { sharedCase } = server.landmarks;
          const profile = await store.records.subjectProfile([sharedCase.debtor]);
          const name = (profile.records.subject_names ?? []).find((n) => n.subject_id === sharedCase.debtor && n.kind === 'legal')!;
          debtorName = [name.given_names, name.particle, name.surname].filter((p) => typeof p === 'string' && p !== '').join(' ');
          await addFixtureDocument(store, {
            id: LETTER,
            subjectId: sharedCase.coDebtor,
            caseId: sharedCase.caseId,
            kind: 'letter-received',
            sender: 'Co-debtor',
            recipient: 'Agency',
            title: 'Brief medeschuldenaar (test)',
            pages: [
              [
                `Betreft dossier ${sharedCase.caseId}`,
                `Namens ${debtorName} en mijzelf schrijf ik u over de betaling.`,
                `Mijn buurman ${THIRD_PARTY} kan dit bevestigen.`,
                'Met vriendelijke groet',
              ],
            ],
          });
          await addFixtureScan(store, {
            id: SCAN,
            subjectId: sharedCase.coDebtor,
            caseId: sharedCase.caseId,
            lines: ['Geachte heer, mevrouw,', `Getuige: ${THIRD_PARTY}, handtekening hieronder.`],
          });
          // The demo's own documents (the landmark people's letters, scans, e-mails) read as the app's
          // "read the documents" job reads them: the scans by tesseract (issue 16.2).
          await readPendingDocuments({ store, clock: systemClock(), clerk: { name: 'Eva Bos' }, register: loadDefaultPolicy() });
        } finally {
          db.close();
        }
      },
    });
    ({ page } = desk);
  });
  afterAll(() => desk?.close());
  screenshotOnFailure(() => page, shots);

  it("shows the co-debtor's letter in the review, withholds the neighbour's name in it, lifts and redoes it, and generates", async () => {
    const { id: reference } = await readyRequest(desk, {
      requesterName: 'P. de Jong',
      language: 'en',
      subjectId: desk.landmarks.sharedCase.coDebtor,
      identity: 'Signed letter',
    });
    await openDocuments(reference);
    const table = page.getByRole('table', { name: 'Documents in the copy' });
    await table.getByRole('row', { name: /Letter received: Brief medeschuldenaar \(test\)/ }).waitFor();
    expect(await table.getByRole('row', { name: /Brief medeschuldenaar \(test\)/ }).textContent()).toContain('Co-debtor → Agency');
    await expectAxeClean('documents');
    await shot('01-documents');

    await page.getByRole('button', { name: `Open ${LETTER}.pdf` }).click();
    // Focus follows the work: the viewer's heading, then the words field one Tab away from the page text.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(`Document: ${LETTER}.pdf`);
    await withholdNeighbour('02-viewer-withheld');
    const marked = await page.locator('.page-text mark').allTextContents();
    expect(marked).toEqual([THIRD_PARTY]);
    await expectAxeClean('viewer');

    // Lifting asks for a reason, then the redaction is made again by keyboard alone.
    await page.getByRole('button', { name: `Lift: “${THIRD_PARTY}” on page 1` }).click();
    await page
      .getByRole('dialog', { name: 'Lift this redaction' })
      .getByLabel(/Reason for lifting/)
      .fill('Marked by mistake');
    await expectAxeClean('lift dialog');
    await page.keyboard.press('Enter');
    await page.getByText('Nothing is withheld inside this document.').waitFor();
    await page.getByLabel(/Words to withhold on page 1/).fill(THIRD_PARTY);
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Withhold inside the document' }).waitFor();
    // Focus starts on the reason (kept: third party's data); past the note to the Redact button.
    for (const key of ['Tab', 'Tab', 'Enter']) await page.keyboard.press(key);
    await page.getByRole('heading', { name: 'Withheld inside this document (1)' }).waitFor();

    const view = await call<DocumentView>('document:view', { requestId: reference, documentId: LETTER });
    const text = view.pages[0]!.text;
    expect(view.redactions.map((r) => [r.target, r.reason, r.by])).toEqual([
      [
        { kind: 'text', page: 1, start: text.indexOf(THIRD_PARTY), end: text.indexOf(THIRD_PARTY) + THIRD_PARTY.length },
        'third-party-data',
        'Eva Bos',
      ],
    ]);
    // The co-debtor's copy also holds the fixture scan that names the neighbour: withheld there too (through the
    // channel; the viewer's area marking has its own test below), so the whole signed PDF can be checked for the name.
    const scan = await call<DocumentView>('document:view', { requestId: reference, documentId: SCAN });
    const at = scan.pages[0]!.text.indexOf(THIRD_PARTY);
    expect(at).toBeGreaterThanOrEqual(0);
    await call('document:redact', {
      requestId: reference,
      documentId: SCAN,
      target: { kind: 'text', page: 1, start: at, end: at + THIRD_PARTY.length },
      reason: 'third-party-data',
    });
    const pdf = await generate(reference);
    expect(existsSync(pdf)).toBe(true);
    await shot('03-generated');
    if (extractBuilt) expectRedactedInPdf(pdf);
  });

  it('withholds an area dragged on a scanned page, stored in the scan’s pixels whatever size it is shown at', async () => {
    const { id: reference } = await readyRequest(desk, {
      requesterName: 'P. de Jong',
      language: 'en',
      subjectId: desk.landmarks.sharedCase.coDebtor,
      identity: 'Signed letter',
    });
    await openDocuments(reference);
    await page.getByRole('button', { name: `Open ${SCAN}.png` }).click();
    const image = page.getByRole('img', { name: /Scanned page 1/ });
    await image.waitFor();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(SCAN_SIZE.width);
    await image.scrollIntoViewIfNeeded();
    const box = (await image.boundingBox())!;
    // Drag from 10 % / 5 % to 60 % / 10 % of the shown image: the area is that share of the scan's pixels.
    await page.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.05);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.35, box.y + box.height * 0.08, { steps: 4 });
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.1, { steps: 4 });
    await page.mouse.up();
    const dialog = page.getByRole('dialog', { name: 'Withhold inside the document' });
    expect(await dialog.textContent()).toContain('An area of page 1');
    await dialog.getByRole('button', { name: 'Redact' }).click();
    await page.getByRole('heading', { name: 'Withheld inside this document (1)' }).waitFor();
    await page.locator('.scan-area.withheld').waitFor();
    await shot('04-scan-area-withheld');
    const view = await call<DocumentView>('document:view', { requestId: reference, documentId: SCAN });
    const target = view.redactions[0]!.target;
    if (target.kind !== 'area') throw new Error('expected an area');
    // A pixel of the screen is about 2.5 of the scan's at this size: within 4 scan pixels of the intended share.
    const near = (value: number, share: number, of: number) => expect(Math.abs(value - share * of)).toBeLessThan(4);
    near(target.x, 0.1, SCAN_SIZE.width);
    near(target.y, 0.05, SCAN_SIZE.height);
    near(target.width, 0.5, SCAN_SIZE.width);
    near(target.height, 0.05, SCAN_SIZE.height);
  });

  it.skipIf(!searchBuilt || !extractBuilt)(
    "the issue's flow: the debtor's possible mention added, the neighbour withheld, the signed extract without that name",
    async () => {
      const { id: reference } = await readyRequest(desk, {
        requesterName: 'A. de Jong',
        language: 'en',
        subjectId: desk.landmarks.sharedCase.debtor,
        identity: 'Signed letter',
      });
      await openDocuments(reference);
      const mention = page.locator('li.mention', { hasText: `${LETTER}.pdf` });
      await mention.waitFor();
      expect(await mention.textContent()).toMatch(/Name|Case number/);
      await expectAxeClean('possible mention');
      await shot('11-possible-mention');
      await mention.getByRole('button', { name: 'Add to the copy' }).click();
      await page.getByRole('status').getByText(`Document ${LETTER} added to the copy.`).waitFor();
      const listed = await call<RequestDocuments>('document:list', { requestId: reference });
      expect(listed.documents.find((d) => d.document.id === LETTER)?.link).toBe('mention-added');

      await page
        .getByRole('table', { name: 'Documents in the copy' })
        .getByRole('button', { name: `Open ${LETTER}.pdf` })
        .click();
      await withholdNeighbour('12-mention-withheld');
      expectRedactedInPdf(await generate(reference));
      await shot('13-mention-generated');
    },
  );

  it('done-when on the demo: its scan naming the debtor, not linked to her, added; the neighbour withheld; pdftotext', async () => {
    const { sharedCase, mentionScan } = desk.landmarks;
    const { id: reference } = await readyRequest(desk, {
      requesterName: 'A. de Jong',
      language: 'en',
      subjectId: sharedCase.debtor,
      identity: 'Signed letter',
    });
    const before = await call<RequestDocuments>('document:list', { requestId: reference });
    const offered = before.possibleMentions.find((m) => m.document.id === mentionScan)!;
    expect(offered.document).toMatchObject({ subjectId: sharedCase.coDebtor, mediaType: expect.stringMatching(/^image\//) });
    expect(before.documents.some((d) => d.document.id === mentionScan)).toBe(false);
    const fileName = offered.document.fileName;

    await openDocuments(reference);
    const mention = page.locator('li.mention', { hasText: fileName });
    await mention.waitFor();
    await expectAxeClean('demo scan as a possible mention');
    await shot('21-demo-scan-mention');
    await mention.getByRole('button', { name: 'Add to the copy' }).click();
    await page.getByRole('status').getByText(`Document ${mentionScan} added to the copy.`).waitFor();
    await page
      .getByRole('table', { name: 'Documents in the copy' })
      .getByRole('button', { name: `Open ${fileName}` })
      .click();
    await withholdNeighbour('22-demo-scan-withheld', fileName, DEMO_THIRD_PARTY_NAME);

    // The page's other words as the reader read them: they must all still be in the signed PDF's text layer.
    const view = await call<DocumentView>('document:view', { requestId: reference, documentId: mentionScan });
    const neighbourWords = DEMO_THIRD_PARTY_NAME.split(' ');
    const otherWords = [...new Set(view.pages[0]!.text.split(/\s+/))].filter(
      (w) => /^[\p{L}]{6,}$/u.test(w) && !neighbourWords.some((n) => w.includes(n)),
    );
    expect(otherWords.length).toBeGreaterThan(10);
    const text = execFileSync('pdftotext', ['-layout', await generate(reference), '-']).toString();
    await shot('23-demo-scan-generated');
    for (const word of neighbourWords) expect(text).not.toContain(word);
    expect(otherWords.filter((w) => !text.includes(w))).toEqual([]);
  });

  /** The true redaction (issue 16.5): the name is gone from the signed PDF's text, the rest of the letter's words are there. */
  function expectRedactedInPdf(pdf: string): void {
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    expect(text).not.toContain('Wiersma');
    expect(text).not.toContain('Tjeerd');
    for (const word of ['buurman', 'bevestigen', 'betaling', 'vriendelijke', desk.landmarks.sharedCase.caseId])
      expect(text).toContain(word);
  }
});
