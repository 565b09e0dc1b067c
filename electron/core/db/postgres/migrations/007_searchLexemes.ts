import type { PostgresMigration } from '../postgresMigrate.ts';

/**
 * Every token of the word index (search_words.words) once, for the widened prefix search (issue 15.6,
 * search/postgresPrefixes.ts): "Pet Bos" is asked as the OR of the indexed words that begin with "pet"
 * and with "bos" — the same matches as the tsquery prefixes 'pet':* & 'bos':*, but GIN looks exact
 * words up in its entry tree and skips through their posting lists, where a prefix collected every
 * posting of every covered word into a bitmap first (9 → 2 ms for a rare surname on the 1M bench).
 * Written with the documents by replaceSearchDocuments; like search_terms it only grows (a token no
 * document holds any more matches nobody). COLLATE "C": a prefix is a byte range of the primary key.
 * Filled here from what is indexed already (a kept server index: about a minute at a million subjects).
 */
export const searchLexemes: PostgresMigration = {
  version: 7,
  name: 'search lexemes',
  sql: `
CREATE TABLE search_lexemes (
  lexeme text COLLATE "C" PRIMARY KEY
);
INSERT INTO search_lexemes (lexeme) SELECT DISTINCT unnest(tsvector_to_array(words)) FROM search_words;
ANALYZE search_lexemes;`,
};
