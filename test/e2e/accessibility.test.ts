import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoLandmarks } from '../../electron/core/demo/landmarks.ts';
import type { MessageKey } from '../../renderer/i18n/i18n.ts';
import { translate } from '../../renderer/i18n/i18n.ts';
import type { Language } from '../../shared/ipc/types.ts';
import { waitForJob } from '../helpers/handlerHarness.ts';
import { useTempDirs } from '../helpers/tempDir.ts';
import type { Desk } from './desk.ts';
import { openDesk, openPage, readyRequest } from './desk.ts';

// Issue 14.10: axe-core on every screen and every dialog, in Dutch and in English, with zero violations of
// any impact (WCAG 2.x A and AA rules and axe's best practices). Each row of `steps` names a screen or
// dialog and how the clerk reaches it from the previous row; a branch that adds a dialog adds a row.
const shots = process.env.SHOTS_DIR ?? '/tmp/shots-i14-focus';
const tempDir = useTempDirs('suite');

interface StepContext {
  page: Page;
  /** The window text in the language under test, so a step reads as the clerk sees the screen. */
  text: (key: MessageKey, values?: Record<string, string | number>) => string;
  /** A request with an identity, the demo's Anna linked and an extract generated. */
  reference: string;
  landmarks: DemoLandmarks;
}
interface Step {
  name: string;
  reach: (c: StepContext) => Promise<void>;
}

const main = (page: Page) => page.locator('#main');

export const steps: Step[] = [
  { name: 'register', reach: async ({ page }) => void (await page.locator('#main h1').waitFor()) },
  {
    name: 'new request form',
    reach: async ({ page, text }) => {
      await page.getByRole('button', { name: text('requests.new') }).click();
      await page.getByLabel(text('newRequest.name')).waitFor();
    },
  },
  {
    name: 'request',
    reach: async ({ page, text, reference }) => {
      await page.getByRole('button', { name: text('common.cancel') }).click();
      await main(page).getByRole('button', { name: reference }).click();
      await page.getByRole('heading', { level: 1, name: new RegExp(reference) }).waitFor();
      // The letters are part of the screen: open them all.
      for (const summary of await page.locator('details.letter summary').all()) await summary.click();
    },
  },
  {
    name: 'search with results',
    reach: async ({ page, text }) => {
      await page.keyboard.press('Control+k');
      await page.getByLabel(text('search.label')).fill('de Jong');
      await page.locator('.result-card').first().waitFor();
      await page.locator('.results:not(.stale)').waitFor();
    },
  },
  {
    name: 'records of one entry (from search)',
    reach: async ({ page, text, landmarks }) => {
      const card = page.locator('.result-card', { has: page.locator(`code:text-is("${landmarks.sharedCase.debtor}")`) });
      await card.getByRole('button', { name: text('search.viewRecords') }).click();
      await page.getByRole('heading', { level: 1, name: text('review.title') }).waitFor();
      await page.locator('#main .category-nav').first().waitFor();
    },
  },
  {
    name: 'review: records',
    reach: async ({ page, text, reference }) => {
      await page.keyboard.press('Alt+1');
      await main(page).getByRole('button', { name: reference }).click();
      await page.getByRole('button', { name: text('request.review.open') }).click();
      await page.locator('.record-card').first().waitFor();
    },
  },
  {
    name: 'review: redaction dialog',
    reach: async ({ page }) => {
      await page.locator('.record-card button.redact-field').first().click();
      await page.getByRole('dialog').waitFor();
    },
  },
  {
    name: 'review: withhold a whole case dialog',
    reach: async ({ page, text }) => {
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: text('review.withholdCase.open') }).click();
      await page.getByRole('dialog').waitFor();
    },
  },
  {
    name: 'review: lift dialog (an automatic withholding of the co-debtor)',
    reach: async ({ page }) => {
      await page.keyboard.press('Escape');
      const automatic = page.locator('.record-card.withheld header button, .record-card .field.redacted button.icon');
      for (const category of await page.locator('#main .category-nav button').all()) {
        await category.click();
        if ((await automatic.count()) > 0) break;
      }
      await automatic.first().click();
      await page.getByRole('dialog').waitFor();
    },
  },
  {
    name: 'review: automated decisions',
    reach: async ({ page, text }) => {
      await page.keyboard.press('Escape');
      await page.getByRole('tab', { name: new RegExp(text('review.automated')) }).click();
    },
  },
  {
    name: 'review: preview of the extract',
    reach: async ({ page, text }) => {
      await page.getByRole('tab', { name: text('review.preview') }).click();
      // The PDF's pages as they will be signed; the text version sits folded beside them.
      await page.locator('.pdf-page canvas').first().waitFor();
    },
  },
  {
    // docs-window (issue 16): the copy's documents and possible mentions; documentRequest.test.ts checks the viewer's dialogs.
    name: 'review: documents',
    reach: async ({ page, text }) => {
      await page.getByRole('tab', { name: text('review.documents') }).click();
      await page.getByRole('heading', { level: 2, name: text('documents.title') }).waitFor();
    },
  },
  {
    name: 'generate, with the last extract verified',
    reach: async ({ page, text }) => {
      await page.getByRole('button', { name: text('request.generate.open') }).click();
      await page.getByRole('button', { name: text('generate.verify') }).click();
      await page.locator('.verify').waitFor();
    },
  },
  {
    name: 'audit log',
    reach: async ({ page }) => {
      await page.keyboard.press('Alt+3');
      await page.locator('#main .summary-line').waitFor();
    },
  },
  {
    name: 'reports',
    reach: async ({ page }) => {
      await page.keyboard.press('Alt+4');
      await page.locator('#main .tiles').waitFor();
    },
  },
  {
    name: 'settings',
    reach: async ({ page }) => {
      await page.keyboard.press('Alt+5');
      await page.locator('#main section').first().waitFor();
    },
  },
];

describe('axe-core on every screen and dialog, in Dutch and English (issue 14.10)', () => {
  let desk: Desk;
  let landmarks: DemoLandmarks;
  let reference: string;

  beforeAll(async () => {
    desk = await openDesk({
      dir: tempDir(),
      shots,
      harness: { subjects: 400 },
      // Each language opens a page of its own below: axe runs its frames in a page of the same context.
      page: false,
      prepare: async (server) => {
        const request = await readyRequest(server, {
          requesterName: 'Anna de Jong',
          language: 'nl',
          subjectId: server.landmarks.sharedCase.debtor,
          receivedOn: '2026-11-20',
          channel: 'letter',
          identity: 'Ondertekende brief',
          reason: 'test',
        });
        reference = request.reference;
        const job = await server.call<{ jobId: string }>('export:start', { requestId: request.id, archive: false });
        await waitForJob(server.harness, job.jobId);
      },
    });
    ({ landmarks } = desk);
  });
  afterAll(() => desk?.close());

  for (const language of ['nl', 'en'] as const satisfies Language[]) {
    it(`${language}: zero violations`, async () => {
      await desk.call('settings:update', { language });
      // axe runs its frames in a page of the same context, so the page has a context of its own.
      const { page, context: browserContext } = await openPage(desk);
      const context: StepContext = { page, text: (key, values) => translate(language, key, values), reference, landmarks };
      const found: string[] = [];
      const log = (line: string) => {
        found.push(line);
        console.log(`[axe] ${language}: ${line}`);
      };
      for (const step of steps) {
        await step.reach(context);
        // Let transitions and late answers settle: axe judges what is on screen.
        await page.waitForTimeout(150);
        const result = await new AxeBuilder({ page }).analyze();
        await page.screenshot({ path: join(shots, `axe-${language}-${step.name.replace(/\W+/g, '-')}.png`), fullPage: true });
        for (const violation of result.violations)
          log(
            `${step.name}: ${violation.id} (${violation.impact}) ${violation.help} — ` +
              violation.nodes
                .slice(0, 4)
                .map((n) => n.target.join(' '))
                .join(' | '),
          );
      }
      await browserContext.close();
      console.log(`[axe] ${language}: ${steps.length} screens and dialogs, ${found.length} violations`);
      expect(found).toEqual([]);
    });
  }
});
