// The Electron main process: lifecycle, the window, the app protocol and the IPC registration.
// Everything else lives in electron/core and runs (and is tested) in plain Node.
import { app, shell } from 'electron';
import type { BrowserWindow } from 'electron';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { createHandlers } from '../core/api/createHandlers.ts';
import { systemClock } from '../core/clock/clock.ts';
import { fileSettingsStore } from '../core/settings/settingsFile.ts';
import { openOrCreateDemoDatabase } from '../core/demo/ensureDatabase.ts';
import { openDatabase } from '../core/db/openDatabase.ts';
import { runInWorker } from '../core/jobs/runInWorker.ts';
import { deriveInstallationKeys } from '../core/keys/installationKeys.ts';
import { readOrCreateSecretFile } from '../core/keys/secretFile.ts';
import { defaultDatabaseFile, userDataDir } from '../core/paths.ts';
import { loadConfiguredRegister } from '../core/settings/configuredRegister.ts';
import { electronPathChooser } from './dialogs.ts';
import { registerIpc, sendEvent } from './ipc.ts';
import { lockDownSession, registerSchemePrivileges, serveRenderer } from './protocol.ts';
import { safeSecretStore } from './safeSecretStore.ts';
import { createMainWindow, preloadPath } from './window.ts';

app.setPath('userData', userDataDir());
registerSchemePrivileges();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let window: BrowserWindow | null = null;
  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event) => event.preventDefault());
  });
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    const appDir = app.getAppPath();
    const dataDir = app.getPath('userData');
    // Resources sit next to the app in development and in the installer's resources folder when packaged.
    // Set before any core code or worker asks for the register or the fonts (electron/core/paths.ts).
    if (app.isPackaged) process.env.INZAGE_RESOURCES = join(process.resourcesPath, 'resources');
    const settings = fileSettingsStore(dataDir, {
      language: app.getLocale().startsWith('nl') ? 'nl' : 'en',
      clerkName: 'Privacy desk',
      outputFolder: join(app.getPath('documents'), 'Inzage'),
    });
    // The organisation's register chosen in Settings, or the built-in one (resources/policy).
    const register = loadConfiguredRegister(settings.read().policyFile);
    const databaseFile = defaultDatabaseFile();
    openOrCreateDemoDatabase(databaseFile, register.policy).close();
    lockDownSession();
    serveRenderer(join(appDir, 'dist', 'renderer'));
    const workerFile = new URL('./worker.js', import.meta.url);
    // The local day, as the CLI uses (toISOString() would give yesterday between midnight and 01:00/02:00 in Amsterdam).
    const clock = systemClock();
    const { handlers, close } = createHandlers({
      version: app.getVersion(),
      databaseFile,
      openDb: (file) => openDatabase(file),
      policy: register.policy,
      // The installation's key file, the one the CLI reads by default (cli/cliKeys.ts), until the OS keystore holds it (issue 13.7).
      keys: deriveInstallationKeys(readOrCreateSecretFile(join(dataDir, 'installation.key'))),
      policyFile: register.policyFile,
      registerFile: register.registerFile,
      registerProblem: register.problem,
      today: () => clock.today(),
      clock,
      userDataDir: dataDir,
      settings,
      emit: (event, payload) => sendEvent(window?.webContents ?? null, event, payload),
      runTask: (name, input, progress) => runInWorker(workerFile, { name, input }, progress),
      // shell.openPath runs whatever it is given; only ever hand it a directory (an export's folder).
      openFolder: async (folder) => isDirectory(folder) && (await shell.openPath(folder)) === '',
      chooser: electronPathChooser(() => window),
      secrets: safeSecretStore,
    });
    registerIpc(handlers);
    app.on('will-quit', close);
    window = createMainWindow(preloadPath(appDir), dataDir);
  });
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
