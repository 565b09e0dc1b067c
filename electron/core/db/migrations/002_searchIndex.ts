import type { Migration } from '../migration.ts';
import { rebuildSearchIndex, searchDocumentsTable, searchKeyIndexes } from '../../search/searchIndex.ts';

/**
 * The subject search index (docs/search.md). Derived data only: it can be dropped and rebuilt from
 * the case records at any time, which is what `up` does for a database that already holds records.
 *  - search_documents: one folded document per data subject (rowid = subjects.rowid), trigram FTS5
 *    so partial names and typos find candidates; the profile column keeps the names as written.
 *  - search_keys: exact keys (IBAN, E.164 phone, postcode, postcode + house number, e-mail, birth
 *    date, case number, client reference) with the field they came from, for evidence.
 *  - search_terms: the vocabulary of name and place words, for typo correction.
 */
export const searchIndex: Migration = {
  version: 2,
  name: 'search index',
  sql: /* sql */ `
${searchDocumentsTable}

-- No primary key: the indexer writes each (kind, value, field) once per subject, and a full rebuild
-- drops the two indexes and recreates them after the rows are in (a sorted build, several times
-- faster than inserting into both b-trees at random).
CREATE TABLE search_keys (
  kind       TEXT NOT NULL,
  value      TEXT NOT NULL,
  subject_id TEXT NOT NULL,
  field      TEXT NOT NULL,
  shown      TEXT NOT NULL
) STRICT;
${searchKeyIndexes}

CREATE TABLE search_terms (
  term TEXT NOT NULL UNIQUE
) STRICT;
`,
  up: (db) => rebuildSearchIndex(db),
};
