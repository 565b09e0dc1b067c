import type { BrowserWindow } from 'electron';

/**
 * The OS print dialog over the window's letter view (issue 14.8). The renderer shows the fixed letter
 * in a print view (its print style sheet hides the rest of the window) before it asks, over the
 * `letter:print` channel, so the page printed is that letter. Resolves whether it was printed; a
 * cancelled dialog or a failure is "not printed" (the reason is the OS's, not shown).
 */
export function electronPrintWindow(window: () => BrowserWindow | null): () => Promise<boolean> {
  return () =>
    new Promise<boolean>((resolve) => {
      const target = window();
      if (!target || target.isDestroyed()) {
        resolve(false);
        return;
      }
      target.webContents.print({ silent: false, printBackground: false }, (printed) => resolve(printed));
    });
}
