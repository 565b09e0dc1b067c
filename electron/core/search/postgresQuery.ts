import { initialMarker } from '../../../shared/search/nameTokens.ts';
import type { FtsAttempt } from './ftsExpression.ts';
import { lexeme } from './postgresWords.ts';

/** A condition on search_words for one attempt: SQL text with $n placeholders from `first`, and its values. */
export interface WordsCondition {
  sql: string;
  params: string[];
}

/**
 * The tsquery of one word-index attempt, the same question ftsExpression.ts asks SQLite's FTS5: every
 * word must occur in any field, as typed (a whole word, or a word prefix for 'prefixes') or as one of
 * its vocabulary corrections; every short word, initial and particle narrows on the names (weight A),
 * every year on the birth date (weight C). Empty when the attempt has nothing to ask.
 */
export function wordsQuery(attempt: FtsAttempt, corrections: (word: string) => string[]): string {
  return attemptQuery(attempt, corrections, new Map()) ?? '';
}

/**
 * As wordsQuery, a prefix written as the indexed words it covers where they are known
 * (postgresPrefixes.ts: `expanded` maps a word to them, null when too many): "'pet':*" becomes
 * "('peters' | 'petra' | …)", which matches the same documents. Null when a word covers no indexed
 * word and has no correction: then nobody matches, as the prefix would have found.
 */
export function attemptQuery(
  attempt: FtsAttempt,
  corrections: (word: string) => string[],
  expanded: ReadonlyMap<string, string[] | null>,
): string | null {
  const anyOf = (alternatives: string[]) => (alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(' | ')})`);
  const typed = (word: string): string[] => {
    if (attempt.index !== 'prefixes') return [lexeme(word)];
    const covered = expanded.get(word);
    return covered ? covered.map(lexeme) : [`${lexeme(word)}:*`];
  };
  const words = attempt.words.map((word) => [...new Set([...typed(word), ...corrections(word).map(lexeme)])]);
  if (words.some((alternatives) => alternatives.length === 0)) return null;
  const parts = words.map(anyOf);
  for (const word of attempt.shortWords) parts.push(`${lexeme(word)}:A`);
  for (const initial of attempt.initials) parts.push(`${lexeme(initial)}:A`);
  for (const slot of attempt.particles) parts.push(anyOf(slot.map((p) => `${lexeme(p)}:A`)));
  for (const year of attempt.years) parts.push(`${lexeme(String(year))}:C`);
  return parts.join(' & ');
}

/** A LIKE pattern matching `text` anywhere, its wildcards escaped. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/**
 * The substring attempt on the names (pg_trgm), as SQLite's trigram table answers it: every word (or
 * a correction of it) occurs somewhere in the folded names. A text shorter than three letters matches
 * nobody there (FTS5's trigram tokenizer cannot look it up), so it matches nobody here either; the
 * same goes for a particle slot with a two-letter particle, which is left to scoring. Null when a
 * required part can match nobody.
 */
export function trigramCondition(attempt: FtsAttempt, corrections: (word: string) => string[], first = 1): WordsCondition | null {
  const params: string[] = [];
  const like = (text: string) => {
    params.push(containing(text));
    return `names LIKE $${first + params.length - 1}`;
  };
  const anyOf = (alternatives: string[]): string | null => {
    const usable = alternatives.filter((text) => text.length >= 3);
    return usable.length === 0 ? null : `(${usable.map(like).join(' OR ')})`;
  };
  const parts: (string | null)[] = attempt.words.map((word) => anyOf([word, ...corrections(word)]));
  for (const initial of attempt.initials) parts.push(anyOf([initialMarker(initial)]));
  for (const slot of attempt.particles) if (slot.every((p) => p.length >= 3)) parts.push(anyOf(slot));
  if (parts.length === 0 || parts.some((part) => part === null)) return null;
  return { sql: parts.join(' AND '), params };
}
