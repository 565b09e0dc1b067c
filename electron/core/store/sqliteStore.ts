import { sqliteAuditRepository } from '../audit/sqliteAuditRepository.ts';
import type { Db } from '../db/openDatabase.ts';
import type { InstallationKeys } from '../keys/installationKeys.ts';
import { sqliteRequestRepository } from '../requests/sqliteRequestRepository.ts';
import { sqliteCaseRecords } from '../records/sqliteCaseRecords.ts';
import { sqliteSearch } from '../search/sqliteSearch.ts';
import type { SettingsRepository } from '../settings/settingsRepository.ts';
import { memorySettings } from '../settings/settingsRepository.ts';
import type { Store } from './store.ts';

/**
 * What the SQLite file does not hold: the installation's keys (the audit chain's HMAC key and the key
 * search digests are logged under, docs/audit-trail.md), and the settings, which live in a file of the
 * user-data folder (default: in memory).
 */
export interface SqliteStoreOptions {
  keys: Pick<InstallationKeys, 'audit' | 'query'>;
  settings?: SettingsRepository;
}

/**
 * The embedded backend of the storage port: one SQLite connection. A transaction is BEGIN IMMEDIATE
 * (it takes the write lock at once, so the busy timeout applies instead of failing mid-way when another
 * process writes), and transactions on one store run one after another: a use case that awaits inside
 * its transaction cannot interleave its writes with another's on the same connection.
 */
export function sqliteStore(db: Db, options: SqliteStoreOptions): Store & { readonly db: Db } {
  let queue: Promise<unknown> = Promise.resolve();

  const store: Store & { readonly db: Db } = {
    kind: 'sqlite',
    db,
    requests: sqliteRequestRepository(db),
    audit: sqliteAuditRepository(db, options.keys),
    records: sqliteCaseRecords(db),
    search: sqliteSearch(db),
    settings: options.settings ?? memorySettings(),
    transaction<T>(work: (store: Store) => Promise<T>): Promise<T> {
      const run = async (): Promise<T> => {
        db.exec('BEGIN IMMEDIATE');
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
