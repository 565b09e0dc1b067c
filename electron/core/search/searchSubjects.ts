import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';
import type { ParsedQuery } from '../../../shared/search/parseQuery.ts';
import { parseSearchQuery } from '../../../shared/search/parseQuery.ts';
import { initialMarker } from '../../../shared/search/nameTokens.ts';
import type { Evidence, KeyHit } from '../../../shared/search/scoreProfile.ts';
import { scoreProfile } from '../../../shared/search/scoreProfile.ts';
import type { SearchProfile } from '../../../shared/search/searchProfile.ts';
import { currentAddressOf, displayNameOf, formatAddress, unpackProfile } from '../../../shared/search/searchProfile.ts';
import { possibleDuplicates } from './possibleDuplicates.ts';
import { correctionsOf } from './vocabulary.ts';

export interface SubjectSearchResult {
  subjectId: string;
  score: number;
  displayName: string;
  birthDate: string | null;
  /** Which fields matched which part of the query, and how (exact, normalised, fuzzy). */
  evidence: Evidence[];
  /** What tells namesakes apart: the current address, the roles held, the number of cases. */
  currentAddress: string | null;
  roles: string[];
  caseCount: number;
  /** Other subjects that are probably the same person (same birth date and address, name spelled differently). */
  possibleDuplicates: string[];
}

export interface SearchOptions {
  limit?: number;
}

/** How many rows one full-text query may return; beyond this the query is too vague to rank. */
const ftsLimit = 120;
/** How many candidates, after a cheap pre-ranking on the folded text, get the full scoring. */
const scoredCandidates = 60;
const minimumCoverage = 0.5;

interface Candidate {
  subjectId: string;
  profileJson: string;
  keyHits: KeyHit[];
}

interface SearchStatements {
  key: Statement;
  words: Statement;
  trigram: Statement;
  documents: Statement;
}
const byDb = new WeakMap<Database, SearchStatements>();

function statements(db: Database): SearchStatements {
  let s = byDb.get(db);
  if (!s) {
    s = {
      key: db.prepare(`
        SELECT d.rowid AS rowid, d.subject_id AS subjectId, d.profile AS profile, k.field AS field, k.shown AS shown
        FROM search_keys k JOIN subjects s ON s.id = k.subject_id JOIN search_documents d ON d.rowid = s.rowid
        WHERE k.kind = ? AND k.value = ? LIMIT ${ftsLimit}`),
      words: db.prepare(`SELECT rowid FROM search_words WHERE search_words MATCH ? LIMIT ${ftsLimit}`).pluck(),
      trigram: db.prepare(`SELECT rowid FROM search_documents WHERE search_documents MATCH ? LIMIT ${ftsLimit}`).pluck(),
      // All candidates' documents in one statement (rowids as a JSON array): a statement per rowid
      // spent about half of the fetch in call overhead (1.5 → 0.8 ms for 120 candidates).
      documents: db.prepare(
        'SELECT rowid, names, places, born, subject_id AS subjectId, profile FROM ' +
          'search_documents WHERE rowid IN (SELECT value FROM json_each(?))',
      ),
    };
    byDb.set(db, s);
  }
  return s;
}

/** An FTS5 string literal: the text in double quotes, inner quotes doubled. Never raw query syntax. */
export function ftsString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

interface FtsAttempt {
  index: 'words' | 'prefixes' | 'trigram';
  words: string[];
  years: number[];
  initials: string[];
  particles: string[][];
}

/**
 * The FTS5 expression for one attempt: every word must occur, as typed (a word prefix in the word
 * index, a substring in the trigram index) or as one of its vocabulary corrections.
 */
function ftsExpression(db: Database, attempt: FtsAttempt): string {
  const words = attempt.index !== 'trigram';
  const anyOf = (alternatives: string[]) => (alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(' OR ')})`);
  // Prefix queries merge the doclists of every word they cover ("jan" → jansen, janssen, …): only
  // when whole words found nobody.
  const typed = (word: string) => (attempt.index === 'prefixes' ? `${ftsString(word)} *` : ftsString(word));
  const parts = attempt.words.map((word) => anyOf([typed(word), ...correctionsOf(db, word).map(ftsString)]));
  for (const initial of attempt.initials) parts.push(`names : ${ftsString(words ? initial : initialMarker(initial))}`);
  // In trigrams a two-letter particle ("de") cannot be matched; such a slot is left to scoring.
  for (const slot of attempt.particles) if (words || slot.every((p) => p.length >= 3)) parts.push(`names : ${anyOf(slot.map(ftsString))}`);
  for (const year of attempt.years) parts.push(`born : ${ftsString(words ? String(year) : `${year}-`)}`);
  return parts.join(' AND ');
}

/** A cheap first ranking on the folded document text, so only the likeliest candidates are fully scored. */
function preRank(parsed: ParsedQuery, doc: { names: string; places: string; born: string }): number {
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

function collectCandidates(db: Database, parsed: ParsedQuery, wanted: number): Map<number, Candidate> {
  const s = statements(db);
  const candidates = new Map<number, Candidate>();
  parsed.keyTerms.forEach((term, index) => {
    for (const key of term.keys) {
      for (const row of s.key.all(key.kind, key.value) as {
        rowid: number;
        subjectId: string;
        profile: string;
        field: string;
        shown: string;
      }[]) {
        let candidate = candidates.get(row.rowid);
        if (!candidate) candidates.set(row.rowid, (candidate = { subjectId: row.subjectId, profileJson: row.profile, keyHits: [] }));
        candidate.keyHits.push({ term: index, kind: key.kind, field: row.field, shown: row.shown });
      }
    }
  });
  // An identifier that matched names its person: names then only rank those candidates. Otherwise
  // the words find candidates: whole words or prefixes first, narrowed by initials, particles and
  // year; then without those; then as substrings anywhere; then leaving out one word at a time
  // (mistyped beyond correction, or in another field than expected), until there are enough.
  const words = parsed.name.words;
  if (candidates.size > 0 || words.length === 0) return candidates;
  const { initials, particles } = parsed.name;
  const plain = { years: [], initials: [], particles: [] };
  const attempts: FtsAttempt[] = [{ index: 'words', words, years: parsed.years, initials, particles }];
  if (parsed.years.length + initials.length + particles.length > 0) attempts.push({ index: 'words', words, ...plain });
  attempts.push({ index: 'prefixes', words, ...plain }, { index: 'trigram', words, ...plain });
  if (words.length > 1)
    for (let i = 0; i < words.length; i++) attempts.push({ index: 'words', words: words.filter((_, j) => j !== i), ...plain });
  const found = new Set<number>();
  for (const attempt of attempts) {
    const statement = attempt.index === 'trigram' ? s.trigram : s.words;
    for (const rowid of statement.all(ftsExpression(db, attempt)) as number[]) found.add(rowid);
    // Enough, or every word matched without narrowing: widening further would only add people
    // who match fewer of the words typed.
    const allWordsPlain =
      attempt.words.length === words.length && attempt.years.length + attempt.initials.length + attempt.particles.length === 0;
    if (found.size >= wanted || (allWordsPlain && found.size > 0)) break;
  }
  const rows = s.documents.all(JSON.stringify([...found])) as {
    rowid: number;
    names: string;
    places: string;
    born: string;
    subjectId: string;
    profile: string;
  }[];
  const documents = rows.map((doc) => ({ rowid: doc.rowid, doc, rank: preRank(parsed, doc) }));
  documents.sort((a, b) => b.rank - a.rank || a.rowid - b.rowid);
  for (const { rowid, doc } of documents.slice(0, Math.max(scoredCandidates, wanted * 2))) {
    candidates.set(rowid, { subjectId: doc.subjectId, profileJson: doc.profile, keyHits: [] });
  }
  return candidates;
}

/**
 * Finds data subjects for a free-text query: names in any order and spelling, birth date, postcode
 * and house number, street and city, e-mail, phone, IBAN, case number, client reference, combined.
 * Results are grouped per subject, best first, with the evidence of every match and what tells
 * namesakes apart. This is processing of personal data (docs/domain.md §8): the caller logs the
 * search in the audit log; this function logs nothing.
 */
export function searchSubjects(db: Database, query: string, options: SearchOptions = {}): SubjectSearchResult[] {
  const limit = options.limit ?? 20;
  const parsed = parseSearchQuery(query);
  const candidates = collectCandidates(db, parsed, limit);

  const scored: { subjectId: string; profile: SearchProfile; score: number; evidence: Evidence[] }[] = [];
  for (const candidate of candidates.values()) {
    const profile = unpackProfile(candidate.profileJson);
    const result = scoreProfile(parsed, query, profile, candidate.keyHits);
    if (result.coverage >= minimumCoverage && result.score > 0)
      scored.push({ subjectId: candidate.subjectId, profile, score: result.score, evidence: result.evidence });
  }
  scored.sort((a, b) => b.score - a.score || (a.subjectId < b.subjectId ? -1 : 1));
  const top = scored.slice(0, limit);

  // A probable duplicate of a listed person is listed too, so the clerk can take both into one request.
  const listed = new Set(top.map((r) => r.subjectId));
  const duplicates = new Map<string, string[]>();
  for (const result of [...top]) {
    const found = possibleDuplicates(db, result.subjectId, result.profile);
    duplicates.set(
      result.subjectId,
      found.map((d) => d.subjectId),
    );
    for (const other of found) {
      if (listed.has(other.subjectId)) continue;
      listed.add(other.subjectId);
      const rescored = scoreProfile(parsed, query, other.profile, []);
      top.push({ subjectId: other.subjectId, profile: other.profile, score: rescored.score, evidence: rescored.evidence });
      duplicates.set(
        other.subjectId,
        possibleDuplicates(db, other.subjectId, other.profile).map((d) => d.subjectId),
      );
    }
  }

  return top.map((result) => {
    const address = currentAddressOf(result.profile);
    return {
      subjectId: result.subjectId,
      score: result.score,
      displayName: displayNameOf(result.profile),
      birthDate: result.profile.birthDate,
      evidence: result.evidence,
      currentAddress: address ? formatAddress(address) : null,
      roles: result.profile.roles,
      caseCount: result.profile.caseCount,
      possibleDuplicates: duplicates.get(result.subjectId) ?? [],
    };
  });
}
