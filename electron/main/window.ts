import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import { appScheme } from './protocol.ts';
import { readWindowState, writeWindowState } from './windowState.ts';

/**
 * The one window, per the Electron security checklist: context isolation and sandbox on, no Node
 * integration, no webview, navigation and new windows denied.
 */
export function createMainWindow(preloadFile: string, userDataDir: string): BrowserWindow {
  const state = readWindowState(userDataDir);
  const window = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Inzage',
    webPreferences: {
      preload: preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      spellcheck: false,
      // Middle-click (auxclick) could open a link in a new window; the window-open handler denies it too.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  window.webContents.on('will-redirect', (event) => event.preventDefault());
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    writeWindowState(userDataDir, { ...bounds, maximized: window.isMaximized() });
  });
  void window.loadURL(`${appScheme}://inzage/index.html`);
  return window;
}

export function preloadPath(appDir: string): string {
  return join(appDir, 'dist', 'electron', 'preload.cjs');
}
