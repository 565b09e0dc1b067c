import type { DatabaseKeyInfo, ProgressAt } from '../../../shared/ipc/types.ts';
import type { Policy } from '../../../shared/policy/policySchema.ts';
import type { Clock } from '../clock/clock.ts';
import type { UseCaseDeps } from '../store/useCaseDeps.ts';
import type { Db } from '../db/openDatabase.ts';
import type { SettingsRepository } from '../settings/settingsRepository.ts';
import type { Store } from '../store/store.ts';
import type { AuditCheckpoint } from '../audit/auditCheckpoint.ts';
import type { JobRunner } from '../jobs/jobRunner.ts';
import type { InstallationKeys } from '../keys/installationKeys.ts';
import type { Emit } from './dispatch.ts';
import type { PathChooser, PathGrants } from '../settings/pathChooser.ts';
import type { SecretStore } from '../settings/secretStore.ts';
import type { SettingsStore } from '../settings/settingsFile.ts';

/**
 * Everything the handlers touch, passed in: the database, the register, the clock, the user-data
 * folder, the worker runner and the platform (open a folder). The Electron main process, the Node
 * tests and the Chromium bridge each pass their own, so one set of handlers runs in all three.
 */
export interface HandlerDeps {
  version: string;
  /**
   * Where the data lives (issue 15.1): the SQLite file, or the team's postgres:// URL from Settings →
   * Team database (its password put in from the SecretStore; never shown: app:info describes it).
   */
  databaseLocation: string;
  /** Why the team database kept in Settings could not be opened at start (an error code); the own file is used meanwhile. */
  teamDatabaseProblem?: string | null;
  /** Opens the store at a location (store/openStore.ts `openStoreNow`; the host checked a server's schema before). */
  openStore: (location: string, settings: SettingsRepository) => Store;
  policy: Policy;
  /**
   * The installation's keys (keys/installationKeys.ts): the audit chain's HMAC key and the key search
   * digests are logged under (docs/audit-trail.md); the database key for encryption at rest.
   */
  keys: InstallationKeys;
  /** The register file `policy` was read from (workers read it again in their own thread). */
  policyFile: string;
  /** The organisation's own register file when that is `policy`; null or absent for the built-in one. */
  registerFile?: string | null;
  /** Why the configured register could not be used at start-up (the built-in one is used instead). */
  registerProblem?: string | null;
  today: () => string;
  /** The clock the use cases read (day and instant); absent: the system clock on `today`'s day. */
  clock?: Clock;
  userDataDir: string;
  settings: SettingsStore;
  emit: Emit;
  runTask: <T>(name: string, input: unknown, progress: (stage: string, done: number, total: number, at?: ProgressAt) => void) => Promise<T>;
  openFolder: (folder: string) => Promise<boolean>;
  /**
   * Prints the window's letter view with the OS print dialog (Electron's webContents.print; issue 14.8);
   * resolves whether it was printed. Absent where there is no printer (the Node tests): nothing printed.
   */
  printWindow?: () => Promise<boolean>;
  /** The OS open dialogs (Electron only; tests pass a fake). */
  chooser: PathChooser;
  /** Keeps the certificate's passphrase encrypted (Electron safeStorage; tests pass their own). */
  secrets: SecretStore;
  /** Where the installation secret (and so the database key) is kept, for Settings; absent: not known (tests). */
  secretStorage?: DatabaseKeyInfo;
  /** How long typing must pause before a burst of searches is written to the audit log (default 1000 ms). */
  searchAuditPauseMs?: number;
}

/** The deps plus the open database, which a demo rebuild swaps, and the register, which Settings swaps. */
export interface HandlerContext extends HandlerDeps {
  /** The SQLite connection, for what works on the file itself (the demo rebuild); on the team server: team.needs-file. */
  db(): Db;
  /** What the use cases are given: the store over db(), the clock, the clerk from Settings, the register in use. */
  useCaseDeps(): UseCaseDeps;
  /** The register in use: `policy`/`policyFile` above are replaced together with this. */
  register: { file: string | null; problem: string | null };
  /** The paths the clerk picked in the OS dialogs, the only ones the apply channels accept. */
  grants: PathGrants;
  /** Swaps the rebuilt demo database in, the old file kept as `backupFile` (demo/demoRebuild.ts). */
  replaceDatabase(builtFile: string, backup: { file: string; previous: AuditCheckpoint }): void;
  jobs: JobRunner;
  /** Registers work to finish before the database closes or is replaced (pending audit entries). */
  beforeClose(flush: () => void): void;
}
