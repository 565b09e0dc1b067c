import { join } from 'node:path';
import type { Db } from '../../electron/core/db/openDatabase.ts';
import { openDatabase } from '../../electron/core/db/openDatabase.ts';
import type { SeedResult } from '../../electron/core/demo/seedDatabase.ts';
import { seedDatabase } from '../../electron/core/demo/seedDatabase.ts';
import { loadDefaultPolicy } from '../../electron/core/policy/loadPolicy.ts';
import { testKeys } from './testKeys.ts';

/** Seeds a demo database in `dir` and returns it open, with what the seeder reported. */
export function seedTestDatabase(
  dir: string,
  subjects = 400,
  seed = 'test-seed',
  name = 'demo.db',
): { db: Db; file: string; result: SeedResult } {
  const file = join(dir, name);
  const db = openDatabase(file, testKeys.database);
  const result = seedDatabase(db, { subjects, seed, policy: loadDefaultPolicy() });
  return { db, file, result };
}

/**
 * Takes the demo's own documents (issue 16.1: the landmark people's letters, scans and e-mails, all
 * still unread) out of a seeded database, for tests that count the documents they add themselves.
 */
export function withoutDemoDocuments(db: Db): void {
  db.exec(
    'DELETE FROM document_pages; DELETE FROM document_readings; DELETE FROM request_document_mentions; ' +
      'DELETE FROM request_document_redactions; DELETE FROM documents; DELETE FROM document_files;',
  );
}
