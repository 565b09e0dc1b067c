import type { Policy } from '../../../shared/policy/policySchema.ts';
import type { Db } from '../db/openDatabase.ts';
import type { JobRunner } from '../jobs/jobRunner.ts';
import type { Emit } from './dispatch.ts';
import type { SettingsStore } from './settingsStore.ts';

/**
 * Everything the handlers touch, passed in: the database, the register, the clock, the user-data
 * folder, the worker runner and the platform (open a folder). The Electron main process, the Node
 * tests and the Chromium bridge each pass their own, so one set of handlers runs in all three.
 */
export interface HandlerDeps {
  version: string;
  databaseFile: string;
  openDb: (file: string) => Db;
  policy: Policy;
  /** The register file `policy` was read from (workers read it again in their own thread). */
  policyFile: string;
  today: () => string;
  userDataDir: string;
  settings: SettingsStore;
  emit: Emit;
  runTask: <T>(name: string, input: unknown, progress: (stage: string, done: number, total: number) => void) => Promise<T>;
  openFolder: (folder: string) => Promise<boolean>;
  /** How long typing must pause before a burst of searches is written to the audit log (default 1000 ms). */
  searchAuditPauseMs?: number;
}

/** The deps plus the open database, which a demo rebuild swaps. */
export interface HandlerContext extends HandlerDeps {
  db(): Db;
  replaceDatabase(builtFile: string): void;
  jobs: JobRunner;
  /** Registers work to finish before the database closes or is replaced (pending audit entries). */
  beforeClose(flush: () => void): void;
}
