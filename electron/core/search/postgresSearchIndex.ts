import type { Sql } from '../db/postgres/postgresPool.ts';
import type { SubjectDocument } from './subjectDocument.ts';

/**
 * Writes the search documents of the given subjects into the team server's search index, replacing
 * what it held for them (issue 15.2). The import calls it inside its transaction with the documents
 * it built from the rows it read (subjectDocument.ts, the same pure function as on SQLite).
 */
export async function replaceSearchDocuments(sql: Sql, documents: readonly SubjectDocument[]): Promise<void> {
  // Scaffolding until the pg-search branch lands: writes nothing, so the import can be built beside it.
  void sql;
  void documents;
}
