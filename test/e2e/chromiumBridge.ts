import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { dispatch } from '../../electron/core/api/dispatch.ts';
import type { HandlerHarness } from '../helpers/handlerHarness.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

/** Serves the built renderer on 127.0.0.1 with the same CSP the app protocol sends. */
export async function serveRenderer(dir: string): Promise<{ server: Server; url: string }> {
  const root = normalize(dir);
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const file = normalize(join(root, path === '/' ? 'index.html' : decodeURIComponent(path)));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy':
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; font-src 'self'; connect-src 'none'",
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/index.html` };
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
}

/**
 * Gives the page a `window.api` like the preload's, bridged to the real handlers in this Node process
 * through the same `dispatch` the main process uses; push events are forwarded into the page.
 */
export async function bridgeApi(page: Page, harness: HandlerHarness): Promise<void> {
  await page.exposeFunction('__inzageInvoke', (channel: unknown, input: unknown) => dispatch(harness.handlers, channel, input));
  // A plain string, not a function: the test runners' transforms may add helpers to a function's source.
  await page.addInitScript(`
    (() => {
      const listeners = new Map();
      window.api = {
        invoke: (channel, input) => window.__inzageInvoke(channel, input),
        on: (event, callback) => {
          const set = listeners.get(event) ?? new Set();
          set.add(callback);
          listeners.set(event, set);
          return () => set.delete(callback);
        },
      };
      window.__inzageEmit = (event, payload) => listeners.get(event)?.forEach((callback) => callback(payload));
    })();
  `);
  harness.listeners.add((event, payload) => {
    void page.evaluate(`window.__inzageEmit(${JSON.stringify(event)}, ${JSON.stringify(payload)})`).catch(() => undefined);
  });
}
