import type { Migration } from '../migration.ts';
import { rebuildSearchIndex } from '../../search/searchIndex.ts';

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
  sql: `
CREATE VIRTUAL TABLE search_documents USING fts5(
  names, places, born, subject_id UNINDEXED, profile UNINDEXED,
  tokenize = 'trigram'
);

CREATE TABLE search_keys (
  kind       TEXT NOT NULL,
  value      TEXT NOT NULL,
  subject_id TEXT NOT NULL,
  field      TEXT NOT NULL,
  shown      TEXT NOT NULL,
  PRIMARY KEY (kind, value, subject_id, field)
) STRICT, WITHOUT ROWID;
CREATE INDEX search_keys_subject ON search_keys(subject_id);

CREATE TABLE search_terms (
  term TEXT NOT NULL UNIQUE
) STRICT;
`,
  up: (db) => rebuildSearchIndex(db),
};
