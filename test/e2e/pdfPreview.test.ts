import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/api/dispatch.ts';
import type { PreviewPdf } from '../../shared/ipc/types.ts';
import type { HandlerHarness } from '../helpers/handlerHarness.ts';
import { useTempDirs } from '../helpers/tempDir.ts';
import type { Desk } from './desk.ts';
import { openDesk, readyRequest } from './desk.ts';

const shots = '/tmp/shots-i14-preview';
const tempDir = useTempDirs('suite');

/** The share of dark pixels (luminance < 128) in 8-bit grey values. */
function darkShare(grey: ArrayLike<number>): number {
  let dark = 0;
  for (let i = 0; i < grey.length; i++) if (grey[i]! < 128) dark++;
  return dark / grey.length;
}

/** Poppler's rendering of one page as 8-bit grey at `width` pixels wide (pdftoppm's PGM: a short header, then the bytes). */
function popplerGrey(pdf: string, pageNumber: number, width: number, dir: string): { width: number; height: number; grey: Buffer } {
  const stem = join(dir, `poppler-${pageNumber}`);
  execFileSync('pdftoppm', [
    '-f',
    String(pageNumber),
    '-l',
    String(pageNumber),
    '-scale-to-x',
    String(width),
    '-scale-to-y',
    '-1',
    '-gray',
    '-singlefile',
    pdf,
    stem,
  ]);
  const pgm = readFileSync(`${stem}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
  execFileSync('pdftoppm', [
    '-f',
    String(pageNumber),
    '-l',
    String(pageNumber),
    '-scale-to-x',
    String(width),
    '-scale-to-y',
    '-1',
    '-png',
    '-singlefile',
    pdf,
    stem,
  ]);
  return { width: Number(header[1]), height: Number(header[2]), grey: pgm.subarray(header[0].length) };
}

/** A drawn canvas's pixels as grey values, read in the page. */
async function canvasGrey(page: Page, pageNumber: number): Promise<{ width: number; height: number; grey: number[] }> {
  return page.evaluate((n) => {
    const canvas = document.querySelector<HTMLCanvasElement>(`li.pdf-page[data-page="${n}"] canvas`)!;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    const grey: number[] = [];
    for (let i = 0; i < data.length; i += 4)
      grey.push(data[i + 3] === 0 ? 255 : 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!);
    return { width: canvas.width, height: canvas.height, grey };
  }, pageNumber);
}

/**
 * Issue 14.4 and 14.6 in Chromium, over the real handlers and the demo database: the preview shows the
 * PDF's pages as pdf.js draws them (compared with poppler's rendering of the same bytes), only the pages
 * in view, and the export's progress is in words, page by page.
 */
describe('the extract as it will be signed, in Chromium', () => {
  let desk: Desk;
  let harness: HandlerHarness;
  let page: Page;
  let requestId: string;
  let reference: string;
  let dir: string;
  const requests: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    desk = await openDesk({
      dir: tempDir(),
      shots,
      harness: { subjects: 200 },
      prepare: async (server) => {
        const request = await readyRequest(server, {
          requesterName: 'O. Yilmaz',
          language: 'nl',
          subjectId: server.landmarks.foreignTransfer,
          identity: 'bekend e-mailadres',
          reason: 'naam en geboortedatum',
        });
        requestId = request.id;
        reference = request.reference;
        await server.call('settings:update', { language: 'nl', clerkName: 'Eva Bos' });
      },
      page: {
        viewport: { width: 1280, height: 900 },
        watch: (page) => {
          page.on('request', (r) => requests.push(r.url()));
          page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
          // Chromium asks for /favicon.ico on its own (the app protocol serves none): every other failed load is a problem.
          page.on('response', (response) => {
            if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
              problems.push(`${response.status()} ${response.url()}`);
          });
          page.on('console', (message) => {
            const text = message.text();
            if (/Failed to load resource/.test(text)) return;
            if (message.type() === 'error' || /Content Security Policy|Refused to/.test(text)) problems.push(text);
          });
        },
      },
    });
    ({ harness, page, dir } = desk);
  }, 120_000);
  afterAll(() => desk?.close());

  it('shows the PDF’s pages drawn by pdf.js, the same as poppler draws them, only those near the view', async () => {
    await page.getByRole('heading', { name: 'Verzoeken' }).waitFor();
    await page.getByRole('button', { name: reference }).click();
    await page.getByRole('button', { name: 'Gegevens beoordelen' }).click();
    await page.getByRole('tab', { name: 'Voorbeeld van het uittreksel' }).click();
    await page.getByText('De pdf wordt opgemaakt').waitFor();
    await page.locator('li.pdf-page[data-page="1"][data-state="drawn"]').waitFor({ timeout: 180_000 });
    const pageCount = await page.locator('li.pdf-page').count();
    expect(pageCount).toBeGreaterThan(5);
    await expect.poll(() => page.getByRole('img', { name: `Pagina 1 van ${pageCount}` }).count()).toBe(1);
    await page.screenshot({ path: join(shots, 'preview-review-nl.png') });

    // Paged: the last pages are not drawn while the first is in view.
    const drawn = () =>
      page.locator('li.pdf-page[data-state="drawn"]').evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-page'))));
    const first = await drawn();
    expect(first).toContain(1);
    expect(first).not.toContain(pageCount);
    expect(first.length).toBeLessThan(pageCount);

    // Page 1 has content, and as much ink as poppler finds on the same page of the same PDF (the bytes the window got).
    const preview = (await dispatch(harness.handlers, 'extract:previewPdf', { requestId })) as { ok: true; value: PreviewPdf };
    const pdfFile = join(dir, 'preview.pdf');
    writeFileSync(pdfFile, Buffer.from(preview.value.pdf, 'base64'));
    expect(preview.value.pageCount).toBe(pageCount);
    const ours = await canvasGrey(page, 1);
    const poppler = popplerGrey(pdfFile, 1, ours.width, shots);
    expect(Math.abs(poppler.height - ours.height)).toBeLessThanOrEqual(2);
    const inkOurs = darkShare(ours.grey);
    const inkPoppler = darkShare(poppler.grey);
    expect(inkOurs).toBeGreaterThan(0.005);
    expect(Math.abs(inkOurs - inkPoppler) / inkPoppler).toBeLessThan(0.35);
    // Row by row, the lines of text sit where poppler puts them: the rows with ink agree for most of the page.
    const inkRows = (grey: ArrayLike<number>, width: number, height: number) =>
      Array.from({ length: height }, (_, y) => {
        for (let x = 0; x < width; x++) if (grey[y * width + x]! < 128) return true;
        return false;
      });
    const rowsOurs = inkRows(ours.grey, ours.width, ours.height);
    const rowsPoppler = inkRows(poppler.grey, poppler.width, poppler.height);
    const agree = rowsOurs.filter((row, y) => row === (rowsPoppler[y] ?? false)).length / rowsOurs.length;
    expect(agree).toBeGreaterThan(0.9);

    // Scrolled to the end: the last page is drawn, the first released.
    await page.locator(`li.pdf-page[data-page="${pageCount}"]`).scrollIntoViewIfNeeded();
    await page.locator(`li.pdf-page[data-page="${pageCount}"][data-state="drawn"]`).waitFor({ timeout: 60_000 });
    await expect.poll(async () => (await drawn()).includes(1)).toBe(false);
    await page.screenshot({ path: join(shots, 'preview-review-last-page-nl.png') });
  }, 300_000);

  it('shows the same pages on the Generate screen, then exports with its progress in words, page by page', async () => {
    await page.keyboard.press('Alt+1');
    await page.getByRole('button', { name: reference }).click();
    await page.getByRole('button', { name: 'Uittreksel maken' }).click();
    await page.getByRole('button', { name: 'Toon het overzicht zoals het wordt ondertekend' }).click();
    await page.locator('li.pdf-page[data-page="1"][data-state="drawn"]').waitFor({ timeout: 180_000 });
    await page.screenshot({ path: join(shots, 'preview-generate-nl.png') });

    const labels = new Set<string>();
    await page.getByRole('button', { name: 'Genereren', exact: true }).click();
    const started = Date.now();
    while (Date.now() - started < 240_000) {
      const label = await page
        .getByRole('progressbar')
        .getAttribute('aria-label', { timeout: 100 })
        .catch(() => null);
      if (label) {
        if (labels.size === 0 || /pagina \d+/.test(label)) await page.screenshot({ path: join(shots, `progress-${labels.size}.png`) });
        labels.add(label);
      }
      if (await page.getByRole('heading', { name: /Klaar/ }).count()) break;
      await page.waitForTimeout(40);
    }
    await page.getByRole('heading', { name: /Klaar/ }).waitFor();
    await page.screenshot({ path: join(shots, 'generated-nl.png') });
    const seen = [...labels];
    expect(
      seen.some((label) => /^Pagina's opmaken: pagina \d+$/.test(label)),
      seen.join(' | '),
    ).toBe(true);
    // Words, never the machine's step names.
    for (const label of seen) expect(label).not.toMatch(/^(render|layout|paginate|encode|sign|write-pdf|archive)\b/);
  }, 400_000);

  it('fetched nothing from the network and broke no rule of the content security policy', () => {
    expect(requests.filter((url) => !url.startsWith('http://127.0.0.1:'))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
