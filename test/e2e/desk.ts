import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterEach } from 'vitest';
import { dispatch } from '../../electron/core/api/dispatch.ts';
import { openDatabase } from '../../electron/core/db/openDatabase.ts';
import type { DemoLandmarks } from '../../electron/core/demo/landmarks.ts';
import { readLandmarks } from '../../electron/core/demo/seedDatabase.ts';
import type { Language } from '../../shared/ipc/types.ts';
import type { HandlerHarness, HarnessOptions } from '../helpers/handlerHarness.ts';
import { createTestHandlers } from '../helpers/handlerHarness.ts';
import { testKeys } from '../helpers/testKeys.ts';
import { bridgeApi, launchChromium, serveRenderer } from './chromiumBridge.ts';

/**
 * The clerk's desk for the end-to-end tests: the real handlers over a fresh demo database, the built
 * renderer served with the app's CSP, Chromium, and a page whose `window.api` is bridged to those
 * handlers — set up the same way in every e2e file. The first-start steps (who works here, in which
 * language) are done over the handlers unless the test is about the first start itself.
 */
export interface DeskOptions {
  /** The folder the database, settings and exports go in (a suite temp dir). */
  dir: string;
  /** Where the test's screenshots go (created). */
  shots: string;
  /** The handlers' options: subjects, day or clock, the OS stand-ins. */
  harness?: HarnessOptions;
  /** The first-start steps, done before the window opens; absent: the window opens on a first start or as the harness left it. */
  clerk?: { language: Language; clerkName?: string };
  /** Work over the handlers before the window opens (a request registered, a register added). */
  prepare?: (desk: DeskServer) => Promise<void>;
  /** false: no page yet (the test opens its own, e.g. one per language). */
  page?: PageOptions | false;
}

export interface PageOptions {
  viewport?: { width: number; height: number };
  /** Listens on the page before it loads (requests, console, errors); default: page errors to the console. */
  watch?: (page: Page) => void;
}

/** The handlers and the served renderer, without a page. */
export interface DeskServer {
  dir: string;
  harness: HandlerHarness;
  landmarks: DemoLandmarks;
  /** One handler call as the window makes it; throws the error's code and message when it is refused. */
  call<T = unknown>(channel: string, input: unknown): Promise<T>;
  browser: Browser;
  server: Server;
  url: string;
  shot(page: Page, name: string, fullPage?: boolean): Promise<Buffer>;
}

export interface Desk extends DeskServer {
  page: Page;
  context: BrowserContext;
  close(): Promise<void>;
}

export async function openDesk(options: DeskOptions): Promise<Desk> {
  mkdirSync(options.shots, { recursive: true });
  const harness = createTestHandlers(options.dir, options.harness);
  const opened: { browser?: Browser; server?: Server } = {};
  const close = async () => {
    await opened.browser?.close();
    opened.server?.close();
    harness.close();
  };
  try {
    const db = openDatabase(harness.databaseFile, testKeys.database, { readonly: true });
    const landmarks = readLandmarks(db)!;
    db.close();
    const call = async <T>(channel: string, input: unknown): Promise<T> => {
      const result = await dispatch(harness.handlers, channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
      return result.value as T;
    };
    const partial = { dir: options.dir, harness, landmarks, call };
    if (options.clerk) await call('settings:update', options.clerk);
    const served = await serveRenderer(join(process.cwd(), 'dist', 'renderer'));
    opened.server = served.server;
    opened.browser = await launchChromium();
    const desk: DeskServer = {
      ...partial,
      browser: opened.browser,
      server: served.server,
      url: served.url,
      shot: (page, name, fullPage = true) => page.screenshot({ path: join(options.shots, `${name}.png`), fullPage }),
    };
    await options.prepare?.(desk);
    const { page, context } = options.page === false ? { page: undefined, context: undefined } : await openPage(desk, options.page);
    return { ...desk, page: page!, context: context!, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** A page of its own (its own browser context, as axe-core needs) on the desk's handlers, loaded. */
export async function openPage(desk: DeskServer, options: PageOptions = {}): Promise<{ page: Page; context: BrowserContext }> {
  const context = await desk.browser.newContext({ viewport: options.viewport ?? { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  if (options.watch) options.watch(page);
  else page.on('pageerror', (error) => console.error('[page error]', error.message));
  await bridgeApi(page, desk.harness);
  await page.goto(desk.url);
  return { page, context };
}

/** A request ready for review: registered, identity checked, the person linked (as a clerk does it before the window opens). */
export async function readyRequest(
  desk: Pick<DeskServer, 'call'>,
  input: {
    requesterName: string;
    language: Language;
    subjectId: string;
    receivedOn?: string;
    channel?: string;
    identity?: string;
    reason?: string;
  },
): Promise<{ id: string; reference: string }> {
  const request = await desk.call<{ id: string; reference: string }>('request:create', {
    requesterName: input.requesterName,
    kind: 'access',
    language: input.language,
    receivedOn: input.receivedOn ?? '2026-11-10',
    channel: input.channel ?? 'email',
  });
  await desk.call('request:checkIdentity', { requestId: request.id, method: input.identity ?? 'known e-mail address' });
  await desk.call('request:linkSubjects', {
    requestId: request.id,
    subjectIds: [input.subjectId],
    reason: input.reason ?? 'name and birth date',
  });
  return request;
}

/** After a failed test, the page as it was, for the one who reads the run (screenshots are looked at, issue 14). */
export function screenshotOnFailure(page: () => Page | undefined, shots: string): void {
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') await page()?.screenshot({ path: join(shots, 'failure.png'), fullPage: true });
  });
}
