import { sqliteAuditRepository } from '../audit/sqliteAuditRepository.ts';
import type { Db } from '../db/openDatabase.ts';
import type { InstallationKeys } from '../keys/installationKeys.ts';
import type { WriteLockOptions } from '../db/writeLock.ts';
import { beginImmediate, tryBeginImmediate } from '../db/writeLock.ts';
import { sqliteRequestRepository } from '../requests/sqliteRequestRepository.ts';
import { sqliteCaseRecords } from '../records/sqliteCaseRecords.ts';
import { sqliteSearch } from '../search/sqliteSearch.ts';
import type { SettingsRepository } from '../settings/settingsRepository.ts';
import { memorySettings } from '../settings/settingsRepository.ts';
import { sqliteTeamRepository } from '../team/sqliteTeamRepository.ts';
import { versionedAudit } from '../team/versionedAudit.ts';
import { sqliteDocumentRepository } from '../documents/sqliteDocumentRepository.ts';
import type { Store } from './store.ts';

/**
 * What the SQLite file does not hold: the installation's keys (the audit chain's HMAC key and the key
 * search digests are logged under, docs/audit-trail.md), and the settings, which live in a file of the
 * user-data folder (default: in memory).
 */
export interface SqliteStoreOptions {
  keys: Pick<InstallationKeys, 'audit' | 'query'>;
  settings?: SettingsRepository;
  /** How long a write waits for another process's (an import's), and whom to tell (writeLock.ts). */
  writeLock?: WriteLockOptions;
}

/**
 * The embedded backend of the storage port: one SQLite connection. A transaction is BEGIN IMMEDIATE
 * (it takes the write lock at once, so it waits for another process's write instead of failing
 * mid-way; writeLock.ts: how long, and the message while an import runs), and transactions on one
 * store run one after another: a use case that awaits inside its transaction cannot interleave its
 * writes with another's on the same connection. An audit entry appended outside a transaction (a
 * search) gets one of its own, and an import waits for the lock the same way.
 */
export function sqliteStore(db: Db, options: SqliteStoreOptions): Store & { readonly db: Db } {
  let queue: Promise<unknown> = Promise.resolve();
  const team = sqliteTeamRepository(db);
  // Every audited change to a request moves its version (team/versionedAudit.ts).
  const audit = versionedAudit(sqliteAuditRepository(db, options.keys), team);
  const records = sqliteCaseRecords(db);

  const store: Store & { readonly db: Db } = {
    kind: 'sqlite',
    db,
    requests: sqliteRequestRepository(db),
    audit: {
      ...audit,
      append(input, at) {
        if (db.inTransaction) return audit.append(input, at);
        // Written before this returns when the lock is free (the window's search trail flushes just
        // before a close and relies on it); else queued as a transaction that waits for the lock.
        if (!tryBeginImmediate(db)) return store.transaction((inner) => inner.audit.append(input, at));
        const appended = audit.append(input, at);
        db.exec('COMMIT');
        return appended;
      },
    },
    records: {
      ...records,
      importFile: (file, importOptions) =>
        records.importFile(file, { ...importOptions, ...(options.writeLock ? { writeLock: options.writeLock } : {}) }),
    },
    search: sqliteSearch(db),
    settings: options.settings ?? memorySettings(),
    team,
    documents: sqliteDocumentRepository(db),
    transaction<T>(work: (store: Store) => Promise<T>): Promise<T> {
      const run = async (): Promise<T> => {
        await beginImmediate(db, options.writeLock);
        try {
          // Inside, a nested transaction() joins this one instead of opening another.
          const result = await work({ ...store, transaction: (inner) => inner(store) });
          db.exec('COMMIT');
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        }
      };
      const result = queue.then(run, run);
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      await queue;
      db.close();
    },
  };
  return store;
}
