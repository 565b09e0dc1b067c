import type { Database } from 'better-sqlite3-multiple-ciphers';
import { initialMarker, particleWords } from '../../../shared/search/nameTokens.ts';
import { correctionsOf, termsStartingWith } from './vocabulary.ts';

/** An FTS5 string literal: the text in double quotes, inner quotes doubled. Never raw query syntax. */
export function ftsString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** More words than this under one prefix, and the index's own prefix query is asked after all. */
const expandedPrefixLimit = 64;

/**
 * A typed prefix as the word index should be asked for it: the OR of the whole words it covers,
 * which FTS5 walks lazily and stops at the LIMIT, where a prefix query ("pet" *) first merges the
 * doclists of every covered word in full (issue 14.2: "Pet Bos" 10 → 2 ms at a million subjects).
 * The same rows: the index's words of three or more letters are the vocabulary (subjectDocument.ts
 * terms) plus the particles, which the vocabulary leaves out; shorter tokens (initials, "de") and
 * the birth date's digits cannot start with a typed word of three letters. When no word starts
 * with it, the prefix itself (no such token: no rows, as the prefix query).
 */
function prefixOf(db: Database, word: string): string {
  const covered = word.length >= 3 ? termsStartingWith(db, word, expandedPrefixLimit) : null;
  if (!covered) return `${ftsString(word)} *`;
  const words = [...covered, ...[...particleWords].filter((particle) => particle.startsWith(word))];
  if (words.length === 0) return ftsString(word);
  return words.length === 1 ? ftsString(words[0]!) : `(${words.map(ftsString).join(' OR ')})`;
}

/** One way of asking the full-text index for the query's name words and narrowing terms. */
export interface FtsAttempt {
  index: 'words' | 'prefixes' | 'trigram';
  words: string[];
  years: number[];
  initials: string[];
  particles: string[][];
  /** Two-letter words that are neither particle nor initial ("Bo"): they narrow only in the strict attempt. */
  shortWords: string[];
}

/**
 * The FTS5 expression for one attempt: every word must occur, as typed (a word prefix in the word
 * index, a substring in the trigram index) or as one of its vocabulary corrections; every initial,
 * particle and year narrows. Empty when the attempt has nothing to ask.
 */
export function ftsExpression(db: Database, attempt: FtsAttempt): string {
  const words = attempt.index !== 'trigram';
  const anyOf = (alternatives: string[]) => (alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(' OR ')})`);
  // Prefix queries merge the doclists of every word they cover ("jan" → jansen, janssen, …): only
  // when whole words found nobody.
  const typed = (word: string) => (attempt.index === 'prefixes' ? prefixOf(db, word) : ftsString(word));
  const parts = attempt.words.map((word) => anyOf([typed(word), ...correctionsOf(db, word).map(ftsString)]));
  if (words) for (const word of attempt.shortWords) parts.push(`names : ${ftsString(word)}`);
  for (const initial of attempt.initials) parts.push(`names : ${ftsString(words ? initial : initialMarker(initial))}`);
  // In trigrams a two-letter particle ("de") cannot be matched; such a slot is left to scoring.
  for (const slot of attempt.particles) if (words || slot.every((p) => p.length >= 3)) parts.push(`names : ${anyOf(slot.map(ftsString))}`);
  for (const year of attempt.years) parts.push(`born : ${ftsString(words ? String(year) : `${year}-`)}`);
  return parts.join(' AND ');
}
