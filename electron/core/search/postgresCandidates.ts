import type { Sql } from '../db/postgres/postgresPool.ts';
import type { ParsedQuery } from '../../../shared/search/parseQuery.ts';
import { initialMarker } from '../../../shared/search/nameTokens.ts';
import type { KeyHit } from '../../../shared/search/scoreProfile.ts';
import type { Candidate, CandidateSet } from './collectCandidates.ts';
import type { FtsAttempt } from './ftsExpression.ts';
import type { PostgresVocabulary } from './postgresVocabulary.ts';
import { trigramCondition, wordsQuery } from './postgresQuery.ts';

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
const ords = (rows: { ord: number | string }[]) => rows.map((row) => Number(row.ord));

async function words(sql: Sql, query: string, limit: number): Promise<number[]> {
  const result = await sql.query<{ ord: string }>('SELECT ord FROM search_words WHERE words @@ $1::tsquery ORDER BY ord + 0 LIMIT $2', [
    query,
    limit,
  ]);
  return ords(result.rows);
}

async function wordsCount(sql: Sql, query: string): Promise<number> {
  const result = await sql.query<{ n: number | string }>('SELECT count(*) AS n FROM search_words WHERE words @@ $1::tsquery', [query]);
  return Number(result.rows[0]!.n);
}

async function wordsAmong(sql: Sql, query: string, among: Iterable<number>): Promise<number[]> {
  const result = await sql.query<{ ord: string }>('SELECT ord FROM search_words WHERE ord = ANY($2::bigint[]) AND words @@ $1::tsquery', [
    query,
    [...among],
  ]);
  return ords(result.rows);
}

async function trigram(sql: Sql, attempt: FtsAttempt, corrections: (word: string) => string[], limit: number): Promise<number[]> {
  const condition = trigramCondition(attempt, corrections, 2);
  if (!condition) return [];
  const result = await sql.query<{ ord: string }>(`SELECT ord FROM search_words WHERE ${condition.sql} ORDER BY ord + 0 LIMIT $1`, [
    limit,
    ...condition.params,
  ]);
  return ords(result.rows);
}

/** A cheap first ranking on the folded document text (as collectCandidates.ts), so only the likeliest candidates are fully scored. */
function preRank(parsed: ParsedQuery, doc: DocumentRow): number {
  const names = new Set(doc.names.split(' '));
  const places = new Set(doc.places.split(' '));
  let rank = 0;
  for (const word of parsed.name.words) {
    if (names.has(word)) rank += 3;
    else if (places.has(word)) rank += 2;
    else if (doc.names.includes(word) || doc.places.includes(word)) rank += 1;
  }
  for (const initial of parsed.name.initials) if (names.has(initialMarker(initial))) rank += 1;
  for (const slot of parsed.name.particles) if (slot.some((p) => names.has(p))) rank += 0.5;
  for (const year of parsed.years) if (doc.born.startsWith(`${year}-`)) rank += 2;
  return rank;
}

/** The subjects each key term names (any of its keys), with the hits scoring needs as evidence. */
async function keyMatches(sql: Sql, parsed: ParsedQuery): Promise<{ perTerm: Set<number>[]; hits: Map<number, KeyHit[]> }> {
  const hits = new Map<number, KeyHit[]>();
  const perTerm: Set<number>[] = [];
  for (const [index, term] of parsed.keyTerms.entries()) {
    const found = new Set<number>();
    for (const key of term.keys) {
      const result = await sql.query<{ ord: string; field: string; shown: string }>(
        `SELECT ord, field, shown FROM search_keys WHERE kind = $1 AND value = $2 ORDER BY ord, position LIMIT ${keyRowLimit}`,
        [key.kind, key.value],
      );
      for (const row of result.rows) {
        const ord = Number(row.ord);
        found.add(ord);
        const list = hits.get(ord) ?? [];
        list.push({ term: index, kind: key.kind, field: row.field, shown: row.shown });
        hits.set(ord, list);
      }
    }
    perTerm.push(found);
  }
  return { perTerm, hits };
}

/** The documents of the given ords, best pre-ranked first, at most `keep` of them. */
async function rankedDocuments(sql: Sql, parsed: ParsedQuery, among: Iterable<number>, keep: number): Promise<DocumentRow[]> {
  const result = await sql.query<DocumentRow & { ord: string }>(
    'SELECT ord, names, places, born, subject_id AS "subjectId", profile FROM search_documents WHERE ord = ANY($1::bigint[])',
    [[...among]],
  );
  const ranked = result.rows.map((row) => {
    const doc = { ...row, ord: Number(row.ord) };
    return { doc, rank: preRank(parsed, doc) };
  });
  ranked.sort((a, b) => b.rank - a.rank || a.doc.ord - b.doc.ord);
  return ranked.slice(0, keep).map((r) => r.doc);
}

function toCandidates(docs: DocumentRow[], hits: Map<number, KeyHit[]>): Map<number, Candidate> {
  const candidates = new Map<number, Candidate>();
  for (const doc of docs) candidates.set(doc.ord, { subjectId: doc.subjectId, profileJson: doc.profile, keyHits: hits.get(doc.ord) ?? [] });
  return candidates;
}

const intersect = (sets: Set<number>[]): Set<number> => sets.reduce((acc, set) => new Set([...acc].filter((ord) => set.has(ord))));

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
  if (!hasKeys && nameWords.length === 0) return { candidates: new Map(), total: 0 };
  await vocabulary.refresh();
  const query = wordsQuery(strict, corrections);

  const keys = hasKeys ? await keyMatches(sql, parsed) : { perTerm: [], hits: new Map<number, KeyHit[]>() };
  if (hasKeys) {
    const all = intersect(keys.perTerm);
    const narrowed = all.size > 0 && query ? new Set(await wordsAmong(sql, query, all)) : all;
    if (narrowed.size > 0)
      return { candidates: toCandidates(await rankedDocuments(sql, parsed, narrowed, keep), keys.hits), total: narrowed.size };
    // Nobody holds every key and word: rank whoever holds any key (an old phone number with a current e-mail).
    const any = new Set(keys.perTerm.flatMap((set) => [...set]));
    if (any.size > 0) return { candidates: toCandidates(await rankedDocuments(sql, parsed, any, keep), keys.hits), total: null };
    if (nameWords.length === 0) return { candidates: new Map(), total: 0 };
  }
  const found = await words(sql, query, fetch + 1);
  if (found.length > 0) {
    const total = hasKeys ? null : found.length > fetch ? await wordsCount(sql, query) : found.length;
    return { candidates: toCandidates(await rankedDocuments(sql, parsed, found.slice(0, fetch), keep), keys.hits), total };
  }

  // Widening, in collectCandidates.ts's order and with its stopping rule.
  const plain = { years: [], initials: [], particles: [], shortWords: [] };
  const attempts: FtsAttempt[] = [];
  if (shortWords.length > 0) attempts.push({ ...strict, shortWords: [] });
  if (parsed.years.length + initials.length + particles.length > 0) attempts.push({ index: 'words', words: nameWords, ...plain });
  attempts.push({ index: 'prefixes', words: nameWords, ...plain }, { index: 'trigram', words: nameWords, ...plain });
  if (nameWords.length > 1)
    for (let i = 0; i < nameWords.length; i++) attempts.push({ index: 'words', words: nameWords.filter((_, j) => j !== i), ...plain });
  const widened = new Set<number>();
  let total: number | null = null;
  for (const attempt of attempts) {
    const attemptQuery = attempt.index === 'trigram' ? '' : wordsQuery(attempt, corrections);
    const rows = attempt.index === 'trigram' ? await trigram(sql, attempt, corrections, fetch) : await words(sql, attemptQuery, fetch);
    for (const ord of rows) widened.add(ord);
    if (widened.size >= wanted || (attempt.words.length === nameWords.length && widened.size > 0)) {
      if (rows.length === widened.size && rows.length >= fetch && attempt.index !== 'trigram') total = await wordsCount(sql, attemptQuery);
      break;
    }
  }
  return { candidates: toCandidates(await rankedDocuments(sql, parsed, widened, keep), keys.hits), total };
}
