import type { FtsAttempt } from './ftsExpression.ts';

/** The folded text of a search document as the word index holds it (subjectDocument.ts: names, places, born). */
export interface DocumentText {
  names: string;
  places: string;
  born: string;
}

/**
 * The word index's tokens of a folded text. subjectDocument writes folded words (a–z, 0–9) joined by
 * spaces, initials as "#j#" and the birth date as "1984-05-12"; unicode61 splits all of these on
 * everything that is not a letter or digit, as this does.
 */
const tokensOf = (text: string): string[] => text.split(/[^a-z0-9]+/).filter((token) => token.length > 0);

/** A query term is one token of the index when it is nothing but letters and digits; otherwise it would be a phrase. */
const oneToken = (term: string) => /^[a-z0-9]+$/.test(term);

/**
 * The strict attempt's full-text expression (ftsExpression.ts, index 'words') as a test on a
 * document's own text: every word (or one of its corrections) anywhere, every short word, initial
 * and particle slot in the names, every year in the birth date. It gives the same answer as the
 * MATCH for the documents it is asked about, and lets a handful of documents found by an exact key
 * (a birth date, a postcode) be narrowed without walking the doclists of common words over the
 * whole index (60–90 ms for "Jan Jansen 12-03-1984" at a million subjects; issue 14.2).
 * Null when a term is not a single token (the MATCH would read it as a phrase): then ask the index.
 */
export function strictMatcher(attempt: FtsAttempt, correctionsOf: (word: string) => string[]): ((doc: DocumentText) => boolean) | null {
  if (attempt.index !== 'words') return null;
  const words = attempt.words.map((word) => [word, ...correctionsOf(word)]);
  const inNames = [...attempt.shortWords.map((w) => [w]), ...attempt.initials.map((i) => [i]), ...attempt.particles];
  const years = attempt.years.map(String);
  if (![...words.flat(), ...inNames.flat()].every(oneToken)) return null;
  return (doc) => {
    const names = new Set(tokensOf(doc.names));
    const anywhere = new Set([...names, ...tokensOf(doc.places), ...tokensOf(doc.born)]);
    const born = new Set(tokensOf(doc.born));
    return (
      words.every((alternatives) => alternatives.some((w) => anywhere.has(w))) &&
      inNames.every((alternatives) => alternatives.some((w) => names.has(w))) &&
      years.every((year) => born.has(year))
    );
  };
}
