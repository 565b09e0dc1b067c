import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { electronPrintWindow } from '../../../electron/main/printLetter.ts';

// The Electron binary is not available here: the print call is checked against a stand-in window,
// for what it asks of webContents.print and how it reads the answer (issue 14.8).
function standIn(printed: boolean, destroyed = false) {
  const print = vi.fn((_options: Electron.WebContentsPrintOptions, done: (success: boolean, reason: string) => void) =>
    done(printed, printed ? '' : 'cancelled'),
  );
  const window = { isDestroyed: () => destroyed, webContents: { print } } as unknown as BrowserWindow;
  return { window, print };
}

describe('electronPrintWindow', () => {
  it('opens the OS print dialog (not silent) on the window and resolves whether it printed', async () => {
    const ok = standIn(true);
    expect(await electronPrintWindow(() => ok.window)()).toBe(true);
    expect(ok.print).toHaveBeenCalledWith(expect.objectContaining({ silent: false }), expect.any(Function));
    const cancelled = standIn(false);
    expect(await electronPrintWindow(() => cancelled.window)()).toBe(false);
  });

  it('prints nothing without a window, or when it is gone', async () => {
    expect(await electronPrintWindow(() => null)()).toBe(false);
    const gone = standIn(true, true);
    expect(await electronPrintWindow(() => gone.window)()).toBe(false);
    expect(gone.print).not.toHaveBeenCalled();
  });
});
