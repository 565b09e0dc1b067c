import type { Migration } from '../migration.ts';
import { documentTextIndexTables, rebuildDocumentTextIndex } from '../../documents/documentTextIndex.ts';

/**
 * The text index over the documents' read pages (issue 16.3; docs/documents.md § Search and possible
 * mentions): the folded words of every page for phrases (names, street + house number, case numbers)
 * and the exact keys (IBAN, postcode) found in its text. Derived data only: `up` indexes the pages a
 * database already holds, and it can be rebuilt from document_pages at any time.
 */
export const documentTextIndex: Migration = {
  version: 12,
  name: 'document text index: folded words and exact keys per page',
  sql: documentTextIndexTables,
  up: (db) => rebuildDocumentTextIndex(db),
};
