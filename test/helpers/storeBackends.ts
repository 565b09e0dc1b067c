import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openDatabase } from '../../electron/core/db/openDatabase.ts';
import type { SqliteStoreOptions } from '../../electron/core/store/sqliteStore.ts';
import { sqliteStore } from '../../electron/core/store/sqliteStore.ts';
import type { Store } from '../../electron/core/store/store.ts';
import { useTempDirs } from './tempDir.ts';
import { usePostgresStores } from './testPostgres.ts';
import { testKeys } from './testKeys.ts';

export interface StoreBackend {
  name: 'sqlite' | 'postgres';
  /** A fresh, empty, migrated store of this backend, closed after the test. */
  open(options?: Partial<SqliteStoreOptions>): Promise<Store>;
}

/**
 * The storage contract tests (issue 15.5) run the same assertions on both backends of the storage
 * port: `describe.each(useStoreBackends())('…', (backend) => …)` or a loop. Call at the top of a describe.
 */
export function useStoreBackends(): StoreBackend[] {
  const tempDir = useTempDirs();
  const postgres = usePostgresStores();
  const sqliteOpen: Store[] = [];
  afterEach(async () => {
    for (const store of sqliteOpen.splice(0)) await store.close().catch(() => undefined);
  });
  return [
    {
      name: 'sqlite',
      async open(options = {}) {
        const store = sqliteStore(openDatabase(join(tempDir(), 'contract.db'), testKeys.database), { keys: testKeys, ...options });
        sqliteOpen.push(store);
        return store;
      },
    },
    { name: 'postgres', open: (options = {}) => postgres(options) },
  ];
}
