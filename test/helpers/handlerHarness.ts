import { join } from 'node:path';
import type { EventName } from '../../shared/ipc/channelNames.ts';
import type { EventPayload } from '../../shared/ipc/channels.ts';
import type { ExportResult, JobDone } from '../../shared/ipc/types.ts';
import { createHandlers } from '../../electron/core/api/createHandlers.ts';
import type { Clock } from '../../electron/core/clock/clock.ts';
import type { InstallationKeys } from '../../electron/core/keys/installationKeys.ts';
import type { Handlers } from '../../electron/core/api/dispatch.ts';
import { fileSettingsStore } from '../../electron/core/settings/settingsFile.ts';
import { openStoreNow } from '../../electron/core/store/openStore.ts';
import { runInWorker } from '../../electron/core/jobs/runInWorker.ts';
import { defaultPolicyFile, loadDefaultPolicy } from '../../electron/core/policy/loadPolicy.ts';
import type { PathChooser } from '../../electron/core/settings/pathChooser.ts';
import type { SecretStore } from '../../electron/core/settings/secretStore.ts';
import { seedTestDatabase } from './demoDatabase.ts';
import { scriptedChooser, testSecretStore } from './testSecretStore.ts';
import { testKeys } from './testKeys.ts';

export const taskWorkerFile = new URL('../../electron/core/jobs/taskWorker.ts', import.meta.url);

export interface HandlerHarness {
  handlers: Handlers;
  databaseFile: string;
  events: { event: EventName; payload: unknown }[];
  listeners: Set<(event: EventName, payload: unknown) => void>;
  close: () => void;
}

/**
 * The real handlers over a freshly seeded demo database in `dir`, wired as the main process wires
 * them (worker thread for long work), with push events collected. Used by the Node tests, the
 * Chromium end-to-end test and the UI benchmark.
 */
export interface HarnessOptions {
  subjects?: number;
  databaseFile?: string;
  /** The clerk's name in Settings (default 'Test Clerk'); two clerks on one team server differ by it. */
  clerkName?: string;
  /** The team server's URL instead of the seeded file (the PostgreSQL end-to-end test); default: the file. */
  databaseLocation?: string;
  today?: string;
  /** The clock the use cases read; default: the system clock on `today`'s day. */
  clock?: Clock;
  /** Stands in for the OS dialogs (default: every dialog is cancelled). */
  chooser?: PathChooser;
  /** Default: a store that really encrypts with an in-memory key. */
  secrets?: SecretStore;
  /** Stands in for the OS file manager (default: nothing opens). */
  openFolder?: (folder: string) => Promise<boolean>;
  /** The pause after which typed searches reach the audit log: 20 ms keeps tests quick; benches pass the app's. */
  searchAuditPauseMs?: number;
  /** The installation's keys (default: the tests' fixed ones, testKeys.ts). */
  keys?: InstallationKeys;
  /** The clerk's function in Settings; null is a first start (the window asks who works here). Default: a clerk already set up. */
  clerkRole?: string | null;
  /** Stands in for Electron's webContents.print (default: none, nothing printed). */
  printWindow?: () => Promise<boolean>;
}

export function createTestHandlers(dir: string, options: HarnessOptions = {}): HandlerHarness {
  let databaseFile = options.databaseFile;
  if (!databaseFile) {
    const seeded = seedTestDatabase(dir, options.subjects ?? 400);
    seeded.db.close();
    databaseFile = seeded.file;
  }
  const events: HandlerHarness['events'] = [];
  const listeners: HandlerHarness['listeners'] = new Set();
  const { handlers, close } = createHandlers({
    version: '0.0.0-test',
    databaseLocation: options.databaseLocation ?? databaseFile,
    openStore: (location, settings) => openStoreNow(location, { keys: options.keys ?? testKeys, settings }),
    policy: loadDefaultPolicy(),
    keys: options.keys ?? testKeys,
    policyFile: defaultPolicyFile(),
    today: () => options.clock?.today() ?? options.today ?? '2026-11-23',
    ...(options.clock ? { clock: options.clock } : {}),
    userDataDir: dir,
    settings: fileSettingsStore(dir, {
      language: 'en',
      clerkName: options.clerkName ?? 'Test Clerk',
      clerkRole: options.clerkRole === undefined ? 'Privacy officer' : options.clerkRole,
      outputFolder: join(dir, 'out'),
    }),
    emit: <E extends EventName>(event: E, payload: EventPayload<E>) => {
      events.push({ event, payload });
      for (const listener of listeners) listener(event, payload);
    },
    runTask: (name, input, progress) => runInWorker(taskWorkerFile, { name, input, databaseKey: testKeys.database }, progress),
    openFolder: options.openFolder ?? (async () => false),
    chooser: options.chooser ?? scriptedChooser(),
    secrets: options.secrets ?? testSecretStore(),
    searchAuditPauseMs: options.searchAuditPauseMs ?? 20,
    ...(options.printWindow ? { printWindow: options.printWindow } : {}),
  });
  return { handlers, databaseFile, events, listeners, close };
}

/** Resolves when the job with `jobId` reports done. */
type FinishedJob<R> = Omit<JobDone, 'kind' | 'result'> & { kind: JobDone['kind']; result: R | null };

/**
 * The job's done event; its result typed as the caller expects (an export's files unless told otherwise:
 * a documents reading passes DocumentsReadSummary).
 */
export function waitForJob<R = ExportResult>(harness: HandlerHarness, jobId: string): Promise<FinishedJob<R>> {
  return new Promise((resolve) => {
    const found = harness.events.find((e) => e.event === 'job:done' && (e.payload as { jobId: string }).jobId === jobId);
    if (found) return resolve(found.payload as FinishedJob<R>);
    const listener = (event: EventName, payload: unknown) => {
      if (event === 'job:done' && (payload as { jobId: string }).jobId === jobId) {
        harness.listeners.delete(listener);
        resolve(payload as FinishedJob<R>);
      }
    };
    harness.listeners.add(listener);
  });
}
