import { foldedWords } from './foldText.ts';

/**
 * Dutch surname particles (tussenvoegsels). They are sorted separately in Dutch registers
 * ("Berg, J. van den") and abbreviated by clerks ("vd Berg", "v.d. Berg"), so they are matched
 * as particles, never used on their own to find candidates: "van" alone says nothing about a person.
 */
export const particleWords = new Set([
  'van',
  'de',
  'den',
  'der',
  'het',
  't',
  'te',
  'ter',
  'ten',
  'op',
  'in',
  'aan',
  'bij',
  'uit',
  'onder',
  'over',
  'voor',
  'la',
  'le',
  'du',
  'da',
  'di',
  'von',
  'zu',
  'vom',
  'del',
  'dos',
  'das',
]);

/**
 * Abbreviations of particle groups, as slots of alternatives: "vd" / "v.d." / "v/d" stand for
 * "van" followed by der, den or de.
 */
const abbreviations: Record<string, string[][]> = {
  vd: [['van'], ['der', 'den', 'de']],
  vdr: [['van'], ['der']],
  vdn: [['van'], ['den']],
};

export interface NameQueryWords {
  /** Words of three or more letters that can find candidates (given names, surnames, streets, cities). */
  words: string[];
  /** Single letters and "J.", "JH": initials of given names. */
  initials: string[];
  /** Particle slots: each is satisfied when the person's particle holds one of its alternatives. */
  particles: string[][];
  /** Short words that are neither particle nor initial (two-letter names such as "Bo"). */
  shortWords: string[];
}

/**
 * Splits the name part of a query: "Berg, J. van den", "vd berg", "J.H. de Vries". Order does not
 * matter; a comma only says the surname came first, which the matching ignores anyway.
 */
export function parseNameWords(text: string): NameQueryWords {
  const result: NameQueryWords = { words: [], initials: [], particles: [], shortWords: [] };
  // "v.d." and "v/d" first, before the dots split them into single letters that look like initials.
  const prepared = text.replace(/\bv\s*[./]\s*d\s*\.?(?=\s|$)/gi, ' vd ');
  for (const raw of prepared.split(/[\s,;]+/).filter(Boolean)) {
    // "J.H." or "J." are initials; the dots are what tells them apart from a two-letter name.
    if (/^(\p{L}\.)+\p{L}?\.?$/u.test(raw)) {
      for (const letter of foldedWords(raw.replace(/\./g, ' '))) result.initials.push(letter);
      continue;
    }
    for (const word of foldedWords(raw)) {
      const abbreviation = abbreviations[word];
      if (abbreviation) result.particles.push(...abbreviation);
      else if (particleWords.has(word)) result.particles.push([word]);
      else if (word.length === 1) result.initials.push(word);
      else if (word.length >= 3) result.words.push(word);
      else result.shortWords.push(word);
    }
  }
  return result;
}

/** Initial letters of given names: "Jan Hendrik" → ["j", "h"]. */
export function initialsOfGivenNames(givenNames: string | null): string[] {
  return givenNames ? foldedWords(givenNames).map((word) => word[0]!) : [];
}

/** How an initial is written in the search document: a three-character token of its own for the trigram index. */
export function initialMarker(letter: string): string {
  return `#${letter}#`;
}
