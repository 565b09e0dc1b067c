import type { Database } from 'better-sqlite3-multiple-ciphers';
import type pg from 'pg';
import { replaceSearchDocuments } from '../../electron/core/search/postgresSearchIndex.ts';
import { storedSearchDocuments } from './storedSearchDocuments.ts';

/**
 * Fills a migrated PostgreSQL search index with the documents of a SQLite database's index, batch by
 * batch, each batch in its own transaction (as an import writes them). Returns how many were written.
 */
export async function fillPostgresSearchIndex(
  pool: pg.Pool,
  db: Database,
  onProgress?: (done: number) => void,
  batch = 5000,
): Promise<number> {
  let done = 0;
  const client = await pool.connect();
  try {
    for (const documents of storedSearchDocuments(db, batch)) {
      await client.query('BEGIN');
      try {
        await replaceSearchDocuments(client, documents);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
      done += documents.length;
      onProgress?.(done);
    }
  } finally {
    client.release();
  }
  return done;
}
