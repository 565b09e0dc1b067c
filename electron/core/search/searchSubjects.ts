import type { Database, Statement } from 'better-sqlite3';
import type { ParsedQuery } from '../../../shared/search/parseQuery.ts';
import { parseSearchQuery } from '../../../shared/search/parseQuery.ts';
import { initialMarker } from '../../../shared/search/nameTokens.ts';
import type { Evidence, KeyHit } from '../../../shared/search/scoreProfile.ts';
import { scoreProfile } from '../../../shared/search/scoreProfile.ts';
import type { SearchProfile } from '../../../shared/search/searchProfile.ts';
import { currentAddressOf, displayNameOf, formatAddress, unpackProfile } from '../../../shared/search/searchProfile.ts';
import { possibleDuplicates, subjectFacts } from './subjectFacts.ts';
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

/** How many candidates the full-text step may hand to scoring; beyond this the query is too vague to rank. */
const candidateLimit = 1000;
const minimumCoverage = 0.5;

interface Candidate { subjectId: string; profileJson: string; keyHits: KeyHit[] }

interface SearchStatements { key: Statement; fts: Statement }
const byDb = new WeakMap<Database, SearchStatements>();

function statements(db: Database): SearchStatements {
  let s = byDb.get(db);
  if (!s) {
    s = {
      key: db.prepare(`
        SELECT d.rowid AS rowid, d.subject_id AS subjectId, d.profile AS profile, k.field AS field, k.shown AS shown
        FROM search_keys k JOIN subjects s ON s.id = k.subject_id JOIN search_documents d ON d.rowid = s.rowid
        WHERE k.kind = ? AND k.value = ? LIMIT ${candidateLimit}`),
      fts: db.prepare(`SELECT rowid, subject_id AS subjectId, profile FROM search_documents WHERE search_documents MATCH ? LIMIT ${candidateLimit}`),
    };
    byDb.set(db, s);
  }
  return s;
}

/** An FTS5 string literal: the text in double quotes, inner quotes doubled. Never raw query syntax. */
export function ftsString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The FTS5 expression for name and place words: every word must occur (as a substring, the trigram
 * tokenizer's unit), each either as typed or as one of its vocabulary corrections.
 */
interface FtsAttempt { words: string[]; years: number[]; initials: string[]; particles: string[][] }

function ftsExpression(db: Database, attempt: FtsAttempt): string {
  const anyOf = (alternatives: string[]) => (alternatives.length === 1 ? ftsString(alternatives[0]!) : `(${alternatives.map(ftsString).join(' OR ')})`);
  const parts = attempt.words.map((word) => anyOf([word, ...correctionsOf(db, word)]));
  for (const initial of attempt.initials) parts.push(`names : ${ftsString(initialMarker(initial))}`);
  // Particle slots narrow the candidates; a slot with a two-letter alternative ("de") cannot, in trigrams.
  for (const slot of attempt.particles) if (slot.every((p) => p.length >= 3)) parts.push(`names : ${anyOf(slot)}`);
  for (const year of attempt.years) parts.push(`born : ${ftsString(`${year}-`)}`);
  return parts.join(' AND ');
}

function collectCandidates(db: Database, parsed: ParsedQuery, wanted: number): Map<number, Candidate> {
  const s = statements(db);
  const candidates = new Map<number, Candidate>();
  parsed.keyTerms.forEach((term, index) => {
    for (const key of term.keys) {
      for (const row of s.key.all(key.kind, key.value) as { rowid: number; subjectId: string; profile: string; field: string; shown: string }[]) {
        let candidate = candidates.get(row.rowid);
        if (!candidate) candidates.set(row.rowid, (candidate = { subjectId: row.subjectId, profileJson: row.profile, keyHits: [] }));
        candidate.keyHits.push({ term: index, kind: key.kind, field: row.field, shown: row.shown });
      }
    }
  });
  // An identifier that matched names its person: names then only rank those candidates. Otherwise
  // the words find candidates, all of them first, then leaving out one word at a time (a word may be
  // mistyped beyond correction, or belong to another field than expected), until there are enough.
  const words = parsed.name.words;
  if (candidates.size > 0 || words.length === 0) return candidates;
  const { initials, particles } = parsed.name;
  const attempts: FtsAttempt[] = [{ words, years: parsed.years, initials, particles }];
  if (parsed.years.length + initials.length + particles.length > 0) attempts.push({ words, years: [], initials: [], particles: [] });
  if (words.length > 1) for (let i = 0; i < words.length; i++) attempts.push({ words: words.filter((_, j) => j !== i), years: [], initials: [], particles: [] });
  for (const attempt of attempts) {
    const rows = s.fts.all(ftsExpression(db, attempt)) as { rowid: number; subjectId: string; profile: string }[];
    for (const row of rows) candidates.set(row.rowid, { subjectId: row.subjectId, profileJson: row.profile, keyHits: [] });
    if (candidates.size >= wanted) break;
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
    if (result.coverage >= minimumCoverage && result.score > 0) scored.push({ subjectId: candidate.subjectId, profile, score: result.score, evidence: result.evidence });
  }
  scored.sort((a, b) => b.score - a.score || (a.subjectId < b.subjectId ? -1 : 1));
  const top = scored.slice(0, limit);

  // A probable duplicate of a listed person is listed too, so the clerk can take both into one request.
  const listed = new Set(top.map((r) => r.subjectId));
  const duplicates = new Map<string, string[]>();
  for (const result of [...top]) {
    const found = possibleDuplicates(db, result.subjectId, result.profile);
    duplicates.set(result.subjectId, found.map((d) => d.subjectId));
    for (const other of found) {
      if (listed.has(other.subjectId)) continue;
      listed.add(other.subjectId);
      const rescored = scoreProfile(parsed, query, other.profile, []);
      top.push({ subjectId: other.subjectId, profile: other.profile, score: rescored.score, evidence: rescored.evidence });
      duplicates.set(other.subjectId, possibleDuplicates(db, other.subjectId, other.profile).map((d) => d.subjectId));
    }
  }

  return top.map((result) => {
    const facts = subjectFacts(db, result.subjectId);
    const address = currentAddressOf(result.profile);
    return {
      subjectId: result.subjectId,
      score: result.score,
      displayName: displayNameOf(result.profile),
      birthDate: result.profile.birthDate,
      evidence: result.evidence,
      currentAddress: address ? formatAddress(address) : null,
      roles: facts.roles,
      caseCount: facts.caseCount,
      possibleDuplicates: duplicates.get(result.subjectId) ?? [],
    };
  });
}
