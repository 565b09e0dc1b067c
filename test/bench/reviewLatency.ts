import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { bridgeApi, launchChromium, serveRenderer } from '../e2e/chromiumBridge.ts';
import buildRenderer from '../e2e/buildRenderer.ts';
import type { HandlerHarness } from '../helpers/handlerHarness.ts';

export interface ReviewLatencies {
  /** Click on "Review records" → the first record of the first category on screen (next animation frame). */
  open: number[];
  /** Click on another category → its first record on screen (next animation frame). */
  switchCategory: number[];
}

/**
 * Clicks `selector`'s element number `index` inside the page and resolves, after the next animation frame, with the
 * milliseconds until a record card that was not there before is on screen under the heading `heading` (any, if null).
 * Measured inside Chromium, so the bench's own round trips to the page are not counted.
 */
async function clickUntilRecords(page: Page, selector: string, index: number, heading: string | null): Promise<number> {
  // A plain string, not a function: tsx's transform adds helpers (__name) to a function's source that the page lacks.
  return page.evaluate(`
    new Promise((resolve, reject) => {
      const selector = ${JSON.stringify(selector)};
      const index = ${index};
      const heading = ${JSON.stringify(heading)};
      const before = document.querySelector('.record-card');
      const done = () => {
        const card = document.querySelector('.record-card');
        const title = document.querySelector('.category-facts h2')?.textContent ?? null;
        return card !== null && card !== before && (heading === null || title === heading);
      };
      const target = document.querySelectorAll(selector)[index];
      if (!target) return reject(new Error('nothing to click at ' + selector + ' #' + index));
      let observer = null;
      const timer = setTimeout(() => reject(new Error('no records after clicking ' + selector + ' #' + index)), 60000);
      const started = performance.now();
      const finish = () => {
        observer.disconnect();
        clearTimeout(timer);
        requestAnimationFrame(() => resolve(performance.now() - started));
      };
      observer = new MutationObserver(() => {
        if (done()) finish();
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      target.click();
      if (done()) finish();
    })
  `) as Promise<number>;
}

/**
 * The review of the heavy debtor in Chromium over the real handlers: opened from the request screen
 * `rounds` times, and within each opening `switches` other categories chosen in turn.
 */
export async function reviewLatencies(
  harness: HandlerHarness,
  reference: string,
  rounds: number,
  switches: number,
): Promise<ReviewLatencies> {
  await buildRenderer();
  const { server, url } = await serveRenderer(join(process.cwd(), 'dist', 'renderer'));
  const browser = await launchChromium();
  const result: ReviewLatencies = { open: [], switchCategory: [] };
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await bridgeApi(page, harness);
    await page.goto(url);
    await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: reference }).click();
    let next = 0;
    for (let round = 0; round < rounds; round++) {
      await page.getByRole('button', { name: 'Review records' }).waitFor({ timeout: 60_000 });
      const index = await page.$$eval('button', (buttons) => buttons.findIndex((b) => b.textContent?.trim() === 'Review records'));
      result.open.push(await clickUntilRecords(page, 'button', index, null));
      const labels = await page.$$eval('.category-nav button', (buttons) => buttons.map((b) => b.childNodes[0]?.textContent?.trim() ?? ''));
      // The review opens on the first category; each switch goes to another one than the one shown.
      let shown = 0;
      for (let i = 0; i < switches; i++) {
        let category = next++ % labels.length;
        if (category === shown) category = next++ % labels.length;
        shown = category;
        result.switchCategory.push(await clickUntilRecords(page, '.category-nav button', category, labels[category]!));
      }
      await page.locator('.link.back').click();
    }
    return result;
  } finally {
    await browser.close();
    server.close();
  }
}
