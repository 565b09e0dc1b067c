import type { Database } from 'better-sqlite3-multiple-ciphers';
import { initialMarker } from '../../../shared/search/nameTokens.ts';
import { correctionsOf } from './vocabulary.ts';

/** An FTS5 string literal: the text in double quotes, inner quotes doubled. Never raw query syntax. */
export function ftsString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
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
  const typed = (word: string) => (attempt.index === 'prefixes' ? `${ftsString(word)} *` : ftsString(word));
  const parts = attempt.words.map((word) => anyOf([typed(word), ...correctionsOf(db, word).map(ftsString)]));
  if (words) for (const word of attempt.shortWords) parts.push(`names : ${ftsString(word)}`);
  for (const initial of attempt.initials) parts.push(`names : ${ftsString(words ? initial : initialMarker(initial))}`);
  // In trigrams a two-letter particle ("de") cannot be matched; such a slot is left to scoring.
  for (const slot of attempt.particles) if (words || slot.every((p) => p.length >= 3)) parts.push(`names : ${anyOf(slot.map(ftsString))}`);
  for (const year of attempt.years) parts.push(`born : ${ftsString(words ? String(year) : `${year}-`)}`);
  return parts.join(' AND ');
}
