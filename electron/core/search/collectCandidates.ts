import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';
import type { ParsedQuery } from '../../../shared/search/parseQuery.ts';
import type { KeyHit } from '../../../shared/search/scoreProfile.ts';
import type { FtsAttempt } from './ftsExpression.ts';
import { ftsExpression } from './ftsExpression.ts';
import { rankDocuments } from './rankCandidates.ts';
import { strictMatcher } from './strictMatch.ts';
import { correctionsOf } from './vocabulary.ts';

export interface Candidate {
  subjectId: string;
  profileJson: string;
  keyHits: KeyHit[];
}

export interface CandidateSet {
  candidates: Map<number, Candidate>;
  /**
   * How many subjects in the database match every narrowing term of the query (keys, name words,
   * initials, particles, short words, birth year): the number behind "20 of 232". When nobody
   * matches them all, the count of the widened attempt that found the candidates, or null when that
   * is not counted (several attempts together, substrings): the caller then counts what it scored.
   */
  total: number | null;
  /** The count stopped at countCap: more than `total` subjects match (unless the exact total was asked for). */
  totalCapped: boolean;
}

/**
 * Totals are counted exactly up to this many; beyond it the page says "more than 1,000". Counting
 * every "Jan" or every "Jans…" in a million subjects cost more than the rest of a search together,
 * on every keystroke (issue 14.9), and "20 of more than 1,000" tells the clerk as much: narrow it.
 */
export const countCap = 1000;

/** How many documents one full-text query may fetch for ranking; beyond this the query is too vague to rank all. */
const fetchLimit = 120;
/** How many candidates, after a cheap pre-ranking on the folded text, get the full scoring. */
const scoredCandidates = 60;
/** One exact key (a birth date shared by a few hundred people at most) never needs more rows than this. */
const keyRowLimit = 5000;

interface KeyRow {
  rowid: number;
  field: string;
  shown: string;
}

interface DocumentRow {
  rowid: number;
  names: string;
  places: string;
  born: string;
  subjectId: string;
  profile: string;
}

/** Ties in the pre-ranking keep the order the documents were written in. */
const byRowid = (doc: DocumentRow) => doc.rowid;

interface Statements {
  key: Statement;
  words: Statement;
  wordsCount: Statement;
  wordsCountCapped: Statement;
  wordsAmong: Statement;
  trigram: Statement;
  documents: Statement;
}
const byDb = new WeakMap<Database, Statements>();

function statements(db: Database): Statements {
  let s = byDb.get(db);
  if (!s) {
    const among = 'rowid IN (SELECT value FROM json_each(?))';
    s = {
      key: db.prepare(`
        SELECT s.rowid AS rowid, k.field AS field, k.shown AS shown
        FROM search_keys k JOIN subjects s ON s.id = k.subject_id
        WHERE k.kind = ? AND k.value = ? LIMIT ${keyRowLimit}`),
      // LIMIT is a parameter: a larger result limit fetches more.
      words: db.prepare('SELECT rowid FROM search_words WHERE search_words MATCH ? LIMIT ?').pluck(),
      wordsCount: db.prepare('SELECT count(*) FROM search_words WHERE search_words MATCH ?').pluck(),
      // FTS5 walks an AND/OR lazily: a LIMIT stops the walk, where count(*) reads every doclist to its end.
      wordsCountCapped: db.prepare('SELECT count(*) FROM (SELECT rowid FROM search_words WHERE search_words MATCH ? LIMIT ?)').pluck(),
      wordsAmong: db.prepare(`SELECT rowid FROM search_words WHERE search_words MATCH ? AND ${among}`).pluck(),
      trigram: db.prepare('SELECT rowid FROM search_documents WHERE search_documents MATCH ? LIMIT ?').pluck(),
      // All candidates' documents in one statement (rowids as a JSON array): a statement per rowid
      // spent about half of the fetch in call overhead (1.5 → 0.8 ms for 120 candidates). The text
      // for pre-ranking and the profile for scoring together: they are one row of a few hundred
      // bytes, and a second statement for the kept candidates' profiles cost more than carrying them.
      documents: db.prepare(`SELECT rowid, names, places, born, subject_id AS subjectId, profile FROM search_documents WHERE ${among}`),
    };
    byDb.set(db, s);
  }
  return s;
}

/** The subjects each key term names (any of its keys), with the hits scoring needs as evidence. */
function keyMatches(db: Database, parsed: ParsedQuery): { perTerm: Set<number>[]; hits: Map<number, KeyHit[]> } {
  const s = statements(db);
  const hits = new Map<number, KeyHit[]>();
  const perTerm = parsed.keyTerms.map((term, index) => {
    const rowids = new Set<number>();
    for (const key of term.keys) {
      for (const row of s.key.all(key.kind, key.value) as KeyRow[]) {
        rowids.add(row.rowid);
        const list = hits.get(row.rowid) ?? [];
        list.push({ term: index, kind: key.kind, field: row.field, shown: row.shown });
        hits.set(row.rowid, list);
      }
    }
    return rowids;
  });
  return { perTerm, hits };
}

/** The documents' text of the given rowids. */
const documentsOf = (db: Database, rowids: Iterable<number>): DocumentRow[] =>
  statements(db).documents.all(JSON.stringify([...rowids])) as DocumentRow[];

/** The documents of the given rowids, best pre-ranked first, at most `keep` of them. */
const rankedDocuments = (db: Database, parsed: ParsedQuery, rowids: Iterable<number>, keep: number): DocumentRow[] =>
  rankDocuments(parsed, documentsOf(db, rowids), keep, byRowid);

/** The kept documents as candidates, in their ranked order, with their profiles and key hits. */
function toCandidates(docs: DocumentRow[], hits: Map<number, KeyHit[]>): Map<number, Candidate> {
  const candidates = new Map<number, Candidate>();
  for (const doc of docs)
    candidates.set(doc.rowid, { subjectId: doc.subjectId, profileJson: doc.profile, keyHits: hits.get(doc.rowid) ?? [] });
  return candidates;
}

/** How many documents match an expression: in full when asked, otherwise up to countCap (then `capped`). */
function countMatches(db: Database, expression: string, exact: boolean, cap: number): { total: number; capped: boolean } {
  const s = statements(db);
  if (exact) return { total: s.wordsCount.get(expression) as number, capped: false };
  const counted = s.wordsCountCapped.get(expression, cap + 1) as number;
  return counted > cap ? { total: cap, capped: true } : { total: counted, capped: false };
}

/**
 * The subjects found by exact keys that also match the strict words: tested on their own text when
 * a few thousand at most (strictMatch.ts), which spares the full-text index walking the doclists of
 * common names over the whole database; otherwise asked of the index.
 */
function narrowKeyMatches(db: Database, strict: FtsAttempt, expression: string, rowids: Set<number>): DocumentRow[] | Set<number> {
  const matcher = rowids.size <= keyRowLimit ? strictMatcher(strict, (word) => correctionsOf(db, word)) : null;
  if (matcher) return documentsOf(db, rowids).filter(matcher);
  return new Set(statements(db).wordsAmong.all(expression, JSON.stringify([...rowids])) as number[]);
}

const intersect = (sets: Set<number>[]): Set<number> => sets.reduce((acc, set) => new Set([...acc].filter((rowid) => set.has(rowid))));

/**
 * Candidates for a query, narrowed before anything is cut off (issue 14: "Jan Jansen 1984" must not
 * lose its one Jan Jansen born in 1984 among the first 120 Jansens). Strict first: the subjects that
 * match every key term and every name word, initial, particle, short word and birth year together;
 * they are counted (exactly up to countCap, or in full when `exactTotal` is asked), and only then the
 * best `wanted`-proportional share is fetched for
 * scoring. When nobody matches everything, the search widens as before (keys alone, then words
 * without narrowing, prefixes, substrings, one word left out), so a typo or an outdated detail
 * still finds the person, ranked by how much of the query they match.
 */
export function collectCandidates(
  db: Database,
  parsed: ParsedQuery,
  wanted: number,
  options: { exactTotal?: boolean; countCap?: number } = {},
): CandidateSet {
  const exact = options.exactTotal ?? false;
  // Another cap only in tests (the demo database is far smaller than 1,000 of one name); never
  // below what can be shown, so "more than N" always means more than are listed.
  const cap = Math.max(options.countCap ?? countCap, wanted * 2);
  const s = statements(db);
  const fetch = Math.max(fetchLimit, wanted * 2);
  const keep = Math.max(scoredCandidates, wanted * 2);
  const { words, initials, particles, shortWords } = parsed.name;
  const strict: FtsAttempt = { index: 'words', words, years: parsed.years, initials, particles, shortWords };
  const hasKeys = parsed.keyTerms.length > 0;
  // A year, an initial or a particle alone names nobody: they only narrow what keys or words found.
  if (!hasKeys && words.length === 0) return { candidates: new Map(), total: 0, totalCapped: false };
  const expression = ftsExpression(db, strict);

  const keys = hasKeys ? keyMatches(db, parsed) : { perTerm: [], hits: new Map<number, KeyHit[]>() };
  if (hasKeys) {
    const all = intersect(keys.perTerm);
    const narrowed = all.size > 0 && expression ? narrowKeyMatches(db, strict, expression, all) : all;
    const count = Array.isArray(narrowed) ? narrowed.length : narrowed.size;
    if (count > 0) {
      const ranked = Array.isArray(narrowed) ? rankDocuments(parsed, narrowed, keep, byRowid) : rankedDocuments(db, parsed, narrowed, keep);
      return { candidates: toCandidates(ranked, keys.hits), total: count, totalCapped: false };
    }
    // Nobody holds every key and word: rank whoever holds any key (an old phone number with a current e-mail).
    const any = new Set(keys.perTerm.flatMap((set) => [...set]));
    if (any.size > 0)
      return { candidates: toCandidates(rankedDocuments(db, parsed, any, keep), keys.hits), total: null, totalCapped: false };
    if (words.length === 0) return { candidates: new Map(), total: 0, totalCapped: false };
  }
  // No key term (or one that names nobody, then it no longer counts as matched): the words narrowed.
  // Fetched and counted in one walk of the index: the rowids up to the count cap (all when the
  // exact total is asked), of which the first `fetch` are ranked. Uncounted when keys named nobody.
  const found = s.words.all(expression, hasKeys ? fetch : exact ? -1 : Math.max(fetch, cap) + 1) as number[];
  if (found.length > 0) {
    const capped = !hasKeys && !exact && found.length > cap;
    // Every one of them holds every word, initial, particle and year: the pre-ranking has nothing to
    // tell them apart by, so only as many as get scored are read (each a random page of a large file).
    return {
      candidates: toCandidates(rankedDocuments(db, parsed, found.slice(0, keep), keep), keys.hits),
      total: hasKeys ? null : capped ? cap : found.length,
      totalCapped: capped,
    };
  }

  // Widening: without the short words (a last word half typed: "Jan van den Be"); words without
  // narrowing; then prefixes; then substrings anywhere; then leaving out one word at a time
  // (mistyped beyond correction, or in another field than expected), until there are enough.
  const plain = { years: [], initials: [], particles: [], shortWords: [] };
  const attempts: FtsAttempt[] = [];
  if (shortWords.length > 0) attempts.push({ ...strict, shortWords: [] });
  if (parsed.years.length + initials.length + particles.length > 0) attempts.push({ index: 'words', words, ...plain });
  attempts.push({ index: 'prefixes', words, ...plain }, { index: 'trigram', words, ...plain });
  if (words.length > 1)
    for (let i = 0; i < words.length; i++) attempts.push({ index: 'words', words: words.filter((_, j) => j !== i), ...plain });
  const widened = new Set<number>();
  let total: number | null = null;
  let totalCapped = false;
  for (const attempt of attempts) {
    const statement = attempt.index === 'trigram' ? s.trigram : s.words;
    const expression = ftsExpression(db, attempt);
    // A prefix query first merges the doclists of every word it covers, whatever the LIMIT: fetching
    // up to the count cap then costs hardly more than fetching `fetch`, and spares counting it again.
    const prefixes = attempt.index === 'prefixes';
    const fetched = statement.all(expression, prefixes ? (exact ? -1 : Math.max(fetch, cap) + 1) : fetch) as number[];
    const rows = fetched.slice(0, fetch);
    for (const rowid of rows) widened.add(rowid);
    // Enough, or every word matched: widening further would only add people who match fewer of the words typed.
    if (widened.size >= wanted || (attempt.words.length === words.length && widened.size > 0)) {
      // One word-index attempt found them all and more than were fetched: that attempt is counted in
      // full. (Substring counts over a million names are too slow while typing: then what was scored.)
      if (rows.length === widened.size && rows.length >= fetch && attempt.index !== 'trigram') {
        totalCapped = !exact && fetched.length > cap;
        total = prefixes ? Math.min(fetched.length, cap) : null;
        if (!prefixes) ({ total, capped: totalCapped } = countMatches(db, expression, exact, cap));
      }
      break;
    }
  }
  return { candidates: toCandidates(rankedDocuments(db, parsed, widened, keep), keys.hits), total, totalCapped };
}
