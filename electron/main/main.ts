// The Electron main process: lifecycle, the window, the app protocol and the IPC registration.
// Everything else lives in electron/core and runs (and is tested) in plain Node.
import { app, dialog, shell } from 'electron';
import type { BrowserWindow } from 'electron';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { errorMessage } from '../../shared/errors/errorMessages.ts';
import { createHandlers } from '../core/api/createHandlers.ts';
import { systemClock } from '../core/clock/clock.ts';
import { fileSettingsStore } from '../core/settings/settingsFile.ts';
import { openOrCreateDemoDatabase } from '../core/demo/ensureDatabase.ts';
import { openStore, openStoreNow } from '../core/store/openStore.ts';
import { teamDatabaseLocation } from '../core/settings/teamDatabaseSettings.ts';
import { SchemaTooNewError } from '../core/db/migrate.ts';
import { DomainError } from '../../shared/errors/domainError.ts';
import { toDomainError } from '../core/errors/toDomainError.ts';
import { loadAppSecret } from '../core/keys/appSecret.ts';
import { deriveInstallationKeys } from '../core/keys/installationKeys.ts';
import { runInWorker } from '../core/jobs/runInWorker.ts';
import { defaultDatabaseFile, userDataDir } from '../core/paths.ts';
import { loadConfiguredRegister } from '../core/settings/configuredRegister.ts';
import { electronPathChooser } from './dialogs.ts';
import { electronPrintWindow } from './printLetter.ts';
import { registerIpc, sendEvent } from './ipc.ts';
import { lockDownSession, registerSchemePrivileges, serveRenderer } from './protocol.ts';
import { safeSecretStore } from './safeSecretStore.ts';
import { createMainWindow, preloadPath } from './window.ts';

// Every file and folder this process (and its worker threads) creates is the user's only (0600/0700),
// also those a library creates; the core sets these modes itself as well (issue 13.7).
process.umask(0o077);
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

  void app.whenReady().then(async () => {
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
    // The installation secret from the OS keystore (or, without one, the owner-only key file the CLI
    // shares); the database is encrypted with the key derived from it (docs/security.md § Keys).
    let keys;
    let secretStorage;
    try {
      const secret = loadAppSecret(dataDir, safeSecretStore);
      keys = deriveInstallationKeys(secret.secret);
      secretStorage = { storage: secret.storage, keyFileExists: secret.keyFileExists };
      openOrCreateDemoDatabase(databaseFile, keys.database, register.policy).close();
    } catch (error) {
      // No window yet to show it in: a wrong key or an unusable keystore stops the start, in the clerk's language.
      const language = settings.read().language;
      dialog.showErrorBox('Inzage', errorMessage(toDomainError(error).code, toDomainError(error).params, language));
      app.exit(1);
      return;
    }
    const databaseKey = keys.database;
    const installationKeys = keys;
    // Settings → Team database (issue 15.1): the team's server when one is kept, its schema checked
    // before any window opens. When it cannot be opened the app starts on its own file so that the
    // clerk can reach Settings, and Settings says why (teamDatabaseProblem) — never silently.
    const teamLocation = teamDatabaseLocation(settings.read(), safeSecretStore);
    let databaseLocation = databaseFile;
    let teamDatabaseProblem: string | null = null;
    if (teamLocation) {
      try {
        await (await openStore(teamLocation, { keys: installationKeys, maxConnections: 1 })).close();
        databaseLocation = teamLocation;
      } catch (error) {
        const problem =
          error instanceof SchemaTooNewError
            ? new DomainError('team.schema-too-new', { found: error.found, supported: error.supported })
            : toDomainError(error);
        teamDatabaseProblem = problem.code;
        dialog.showErrorBox('Inzage', errorMessage(problem.code, problem.params, settings.read().language));
      }
    }
    lockDownSession();
    serveRenderer(join(appDir, 'dist', 'renderer'));
    const workerFile = new URL('./worker.js', import.meta.url);
    // The local day, as the CLI uses (toISOString() would give yesterday between midnight and 01:00/02:00 in Amsterdam).
    const clock = systemClock();
    const { handlers, close } = createHandlers({
      version: app.getVersion(),
      databaseLocation,
      teamDatabaseProblem,
      openStore: (location, settingsRepository) => openStoreNow(location, { keys: installationKeys, settings: settingsRepository }),
      secretStorage,
      policy: register.policy,
      keys,
      policyFile: register.policyFile,
      registerFile: register.registerFile,
      registerProblem: register.problem,
      today: () => clock.today(),
      clock,
      userDataDir: dataDir,
      settings,
      emit: (event, payload) => sendEvent(window?.webContents ?? null, event, payload),
      runTask: (name, input, progress) => runInWorker(workerFile, { name, input, databaseKey }, progress),
      // shell.openPath runs whatever it is given; only ever hand it a directory (an export's folder).
      openFolder: async (folder) => isDirectory(folder) && (await shell.openPath(folder)) === '',
      chooser: electronPathChooser(() => window),
      printWindow: electronPrintWindow(() => window),
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
