import type { Sql } from '../db/postgres/postgresPool.ts';
import type { ParsedQuery } from '../../../shared/search/parseQuery.ts';
import type { KeyHit } from '../../../shared/search/scoreProfile.ts';
import type { Candidate, CandidateSet } from './collectCandidates.ts';
import type { FtsAttempt } from './ftsExpression.ts';
import type { PostgresVocabulary } from './postgresVocabulary.ts';
import { prefixExpansions } from './postgresPrefixes.ts';
import { attemptQuery, trigramCondition, wordsQuery } from './postgresQuery.ts';
import { prepared } from './postgresWords.ts';
import { rankDocuments } from './rankCandidates.ts';

// The same limits as collectCandidates.ts, so both backends fetch and score the same people.
const fetchLimit = 120;
const scoredCandidates = 60;
const keyRowLimit = 5000;

interface DocumentRow {
  ord: number;
  names: string;
  places: string;
  born: string;
  subjectId: string;
  profile: string;
}

// "ORDER BY ord + 0": fetch in the order documents were written (SQLite's rowid order) after the GIN
// look-up; without the "+ 0" the planner may walk the primary key and test every row for a rare word.
const documentColumns = 'd.ord, d.names, d.places, d.born, d.subject_id AS "subjectId", d.profile';
const toDocuments = (rows: (Omit<DocumentRow, 'ord'> & { ord: number | string })[]): DocumentRow[] =>
  rows.map((row) => ({ ...row, ord: Number(row.ord) }));

// Every statement is a round trip to the server, and on a busy machine each one waits for a core:
// the common cases (a name; keys with or without words) take one statement for the candidates, and
// each widened attempt one (two for prefixes) with its documents.

/** The prefix attempt ("Pet Bos"), its prefixes asked as the indexed words they cover (postgresPrefixes.ts). */
async function prefixesDocuments(
  sql: Sql,
  attempt: FtsAttempt,
  corrections: (word: string) => string[],
  limit: number,
): Promise<{ total: number; docs: DocumentRow[] }> {
  const query = attemptQuery(attempt, corrections, await prefixExpansions(sql, attempt.words));
  return query === null ? { total: 0, docs: [] } : wordsDocuments(sql, query, limit);
}

/**
 * The first `limit` matches' documents (in written order) and how many match in all, in one statement:
 * one walk of the index (the ORDER BY needs every match anyway; a second statement counting them walked
 * it again) and no round trip for the documents (issue 15.6).
 */
async function wordsDocuments(sql: Sql, query: string, limit: number): Promise<{ total: number; docs: DocumentRow[] }> {
  const result = await sql.query<DocumentRow & { ord: string; total: string }>(
    prepared(
      'words_documents',
      `WITH matched AS MATERIALIZED (SELECT ord FROM search_words WHERE words @@ $1::tsquery),
          first AS (SELECT ord FROM matched ORDER BY ord LIMIT $2)
     SELECT (SELECT count(*) FROM matched) AS total, ${documentColumns} FROM first JOIN search_documents d ON d.ord = first.ord`,
      [query, limit],
    ),
  );
  return { total: Number(result.rows[0]?.total ?? 0), docs: toDocuments(result.rows) };
}

async function trigram(sql: Sql, attempt: FtsAttempt, corrections: (word: string) => string[], limit: number): Promise<DocumentRow[]> {
  const condition = trigramCondition(attempt, corrections, 2);
  if (!condition) return [];
  const result = await sql.query(
    `SELECT ${documentColumns} FROM search_documents d
     WHERE d.ord IN (SELECT ord FROM search_words WHERE ${condition.sql} ORDER BY ord + 0 LIMIT $1)`,
    [limit, ...condition.params],
  );
  return toDocuments(result.rows);
}

interface KeyDocumentRow extends DocumentRow {
  narrowed: boolean;
  hits: [number, KeyHit['kind'], string, string][];
}

/**
 * The candidates of a query with key terms, in one statement: the subjects holding a key of every
 * key term and matching the words (when the query has any), or, when nobody does, whoever holds any
 * key (an old phone number with a current e-mail) — with their documents and, per document, the key
 * hits scoring needs as evidence, in the order collectCandidates.ts gathers them (term, key, written
 * order). The per-key look-up has no ORDER BY: one let the planner walk the whole key table in ord
 * order instead of using the (kind, value) index (20 ms at 20k subjects).
 */
async function keyDocuments(sql: Sql, parsed: ParsedQuery, query: string): Promise<{ narrowed: boolean; docs: KeyDocumentRow[] }> {
  const asked = parsed.keyTerms.flatMap((term, index) => term.keys.map((key) => ({ index, ...key })));
  const result = await sql.query<KeyDocumentRow & { ord: string }>(
    prepared(
      'key_documents',
      `WITH hits AS (
         SELECT t.term, t.n, k.ord, k.position, t.kind, k.field, k.shown
         FROM unnest($1::integer[], $2::text[], $3::text[]) WITH ORDINALITY AS t(term, kind, value, n)
         CROSS JOIN LATERAL (
           SELECT ord, position, field, shown FROM search_keys WHERE kind = t.kind AND value = t.value LIMIT ${keyRowLimit}
         ) k
       ),
       every AS (SELECT ord FROM hits GROUP BY ord HAVING count(DISTINCT term) = $4),
       narrowed AS (
         SELECT e.ord FROM every e JOIN search_words w ON w.ord = e.ord
         WHERE $5::text = '' OR w.words @@ CAST(NULLIF($5::text, '') AS tsquery)
       ),
       chosen AS (
         SELECT ord, true AS narrowed FROM narrowed
         UNION ALL
         SELECT DISTINCT ord, false FROM hits WHERE NOT EXISTS (SELECT 1 FROM narrowed)
       )
       SELECT c.narrowed, ${documentColumns},
         (SELECT json_agg(json_build_array(h.term, h.kind, h.field, h.shown) ORDER BY h.n, h.position)
          FROM hits h WHERE h.ord = c.ord) AS hits
       FROM chosen c JOIN search_documents d ON d.ord = c.ord`,
      [asked.map((a) => a.index), asked.map((a) => a.kind), asked.map((a) => a.value), parsed.keyTerms.length, query],
    ),
  );
  return { narrowed: result.rows[0]?.narrowed ?? false, docs: result.rows.map((row) => ({ ...row, ord: Number(row.ord) })) };
}

function keyHitsOf(docs: KeyDocumentRow[]): Map<number, KeyHit[]> {
  return new Map(docs.map((doc) => [doc.ord, doc.hits.map(([term, kind, field, shown]) => ({ term, kind, field, shown }))]));
}

/** Documents best pre-ranked first (ties in written order, as SQLite's rowids), at most `keep` of them. */
const ranked = (parsed: ParsedQuery, docs: DocumentRow[], keep: number): DocumentRow[] =>
  rankDocuments(parsed, docs, keep, (doc) => doc.ord);

function toCandidates(docs: DocumentRow[], hits: Map<number, KeyHit[]>): Map<number, Candidate> {
  const candidates = new Map<number, Candidate>();
  for (const doc of docs) candidates.set(doc.ord, { subjectId: doc.subjectId, profileJson: doc.profile, keyHits: hits.get(doc.ord) ?? [] });
  return candidates;
}

/**
 * Candidates for a query on the team server: the same steps as collectCandidates.ts on SQLite (strict
 * first, counted in full; then widening through keys alone, words without narrowing, prefixes,
 * substrings and one word left out), asked with PostgreSQL's own means — a GIN tsvector index for
 * words and prefixes, pg_trgm for substrings, a b-tree for exact keys — so both backends find, count
 * and rank the same people (issue 15.2: top-5 agreement on the bench's query set).
 */
export async function postgresCandidates(
  sql: Sql,
  vocabulary: PostgresVocabulary,
  parsed: ParsedQuery,
  wanted: number,
): Promise<CandidateSet> {
  const corrections = (word: string) => vocabulary.correctionsOf(word);
  const fetch = Math.max(fetchLimit, wanted * 2);
  const keep = Math.max(scoredCandidates, wanted * 2);
  const { words: nameWords, initials, particles, shortWords } = parsed.name;
  const strict: FtsAttempt = { index: 'words', words: nameWords, years: parsed.years, initials, particles, shortWords };
  const hasKeys = parsed.keyTerms.length > 0;
  // A year, an initial or a particle alone names nobody: they only narrow what keys or words found.
  if (!hasKeys && nameWords.length === 0) return { candidates: new Map(), total: 0, totalCapped: false };
  // Corrections are asked for name words only: a query of keys alone needs no vocabulary.
  if (nameWords.length > 0) await vocabulary.refresh();
  const query = wordsQuery(strict, corrections);

  let hits = new Map<number, KeyHit[]>();
  if (hasKeys) {
    const keyed = await keyDocuments(sql, parsed, query);
    hits = keyHitsOf(keyed.docs);
    if (keyed.docs.length > 0)
      return {
        candidates: toCandidates(ranked(parsed, keyed.docs, keep), hits),
        total: keyed.narrowed ? keyed.docs.length : null,
        totalCapped: false,
      };
    // A key that names nobody no longer counts as matched: the words alone, as on SQLite.
    if (nameWords.length === 0) return { candidates: new Map(), total: 0, totalCapped: false };
  }
  const found = await wordsDocuments(sql, query, fetch);
  if (found.docs.length > 0) {
    return { candidates: toCandidates(ranked(parsed, found.docs, keep), hits), total: hasKeys ? null : found.total, totalCapped: false };
  }

  // Widening, in collectCandidates.ts's order and with its stopping rule.
  const plain = { years: [], initials: [], particles: [], shortWords: [] };
  const attempts: FtsAttempt[] = [];
  if (shortWords.length > 0) attempts.push({ ...strict, shortWords: [] });
  if (parsed.years.length + initials.length + particles.length > 0) attempts.push({ index: 'words', words: nameWords, ...plain });
  attempts.push({ index: 'prefixes', words: nameWords, ...plain }, { index: 'trigram', words: nameWords, ...plain });
  if (nameWords.length > 1)
    for (let i = 0; i < nameWords.length; i++) attempts.push({ index: 'words', words: nameWords.filter((_, j) => j !== i), ...plain });
  // Each attempt brings its matches' documents along: the widened set needs no round trip of its own.
  const widened = new Map<number, DocumentRow>();
  let total: number | null = null;
  for (const attempt of attempts) {
    const found =
      attempt.index === 'trigram'
        ? { docs: await trigram(sql, attempt, corrections, fetch), total: null }
        : attempt.index === 'prefixes'
          ? await prefixesDocuments(sql, attempt, corrections, fetch)
          : await wordsDocuments(sql, wordsQuery(attempt, corrections), fetch);
    const rows = found.docs;
    for (const doc of rows) widened.set(doc.ord, doc);
    if (widened.size >= wanted || (attempt.words.length === nameWords.length && widened.size > 0)) {
      // One word-index attempt found them all and more than were fetched: its count is the total (as on SQLite).
      if (rows.length === widened.size && rows.length >= fetch) total = found.total;
      break;
    }
  }
  // The server counts in full (its words index answers a count at once): never capped here.
  return { candidates: toCandidates(ranked(parsed, [...widened.values()], keep), hits), total, totalCapped: false };
}
