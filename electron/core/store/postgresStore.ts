import { postgresDocumentRepository } from '../documents/postgresDocumentRepository.ts';
import type pg from 'pg';
import { postgresAuditRepository } from '../audit/postgresAuditRepository.ts';
import type { Sql } from '../db/postgres/postgresPool.ts';
import type { InstallationKeys } from '../keys/installationKeys.ts';
import { postgresCaseRecords } from '../records/postgresCaseRecords.ts';
import { postgresRequestRepository } from '../requests/postgresRequestRepository.ts';
import { postgresSearch } from '../search/postgresSearch.ts';
import type { SettingsRepository } from '../settings/settingsRepository.ts';
import { memorySettings } from '../settings/settingsRepository.ts';
import { postgresTeamRepository } from '../team/postgresTeamRepository.ts';
import { versionedAudit } from '../team/versionedAudit.ts';
import type { Store } from './store.ts';

export interface PostgresStoreOptions {
  /** The installation's audit and query keys; a team shares them (docs/team.md § Keys). */
  keys: Pick<InstallationKeys, 'audit' | 'query'>;
  /** The clerk's own settings (language, name, output folder), kept on the laptop as for SQLite. */
  settings?: SettingsRepository;
}

/**
 * The team backend of the storage port (issue 15; docs/team.md): a PostgreSQL server shared by the
 * privacy team. Outside a transaction each call takes a pooled connection; `transaction` checks one
 * connection out, runs the whole use case on it between BEGIN and COMMIT (a throw rolls back), and a
 * nested transaction joins it. Unlike the SQLite file, several processes write at once: the
 * repositories guard what must stay one (the audit chain's head, reference numbers, a request's
 * version) with row locks and constraints, not with a process-wide queue.
 */
export function postgresStore(pool: pg.Pool, url: string, options: PostgresStoreOptions): Store & { readonly pool: pg.Pool } {
  const settings = options.settings ?? memorySettings();

  function over(sql: Sql, inTransaction: boolean): Store {
    const team = postgresTeamRepository(sql);
    // Every audited change to a request moves its version, in the same transaction (team/versionedAudit.ts).
    const audit = versionedAudit(postgresAuditRepository(sql, options.keys), team);
    const view: Store = {
      kind: 'postgres',
      requests: postgresRequestRepository(sql),
      audit: inTransaction
        ? audit
        : {
            ...audit,
            // The chain's head is read and moved inside one transaction (postgresAuditRepository.ts).
            append: (input, at) => store.transaction((inner) => inner.audit.append(input, at)),
          },
      records: postgresCaseRecords(sql, pool, url),
      search: postgresSearch(sql),
      settings,
      team,
      documents: postgresDocumentRepository(sql),
      transaction: inTransaction ? (work) => work(view) : (work) => store.transaction(work),
      close: () => store.close(),
    };
    return view;
  }

  const base = over(pool, false);
  const store: Store & { readonly pool: pg.Pool } = {
    ...base,
    pool,
    async transaction<T>(work: (store: Store) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(over(client, true));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
  return store;
}
