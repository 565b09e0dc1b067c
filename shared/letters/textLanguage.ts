import type { Language } from '../extract/extractModel.ts';

/**
 * Which of the two letter languages a short text is written in, guessed from stop words (issue 12.8:
 * a reason typed in English into a Dutch letter is flagged to the clerk). This is a deliberately
 * simple heuristic, not language identification: it counts the most frequent function words of each
 * language and answers only when one side has at least two hits and at least twice the other's.
 * Short or mixed texts, names and numbers give `null` (no flag), so it errs towards silence; the clerk,
 * not this function, decides what the letter says. Words that are the same in both ("in", "is", "was")
 * are left out of both lists.
 */
const stopWords: Record<Language, ReadonlySet<string>> = {
  nl: new Set(
    (
      'de het een en van te dat die niet op voor met zijn er aan ook als bij door maar om dan nog wel ' +
      'geen uit naar wordt werd worden heeft hebben heb moet kan kunnen zou wij we ons onze u uw zij hij ' +
      'deze dit omdat verzoek gegevens termijn reden veel meer dossiers jaren zaken'
    ).split(' '),
  ),
  en: new Set(
    (
      'the a an and of to that which not on for with are be there at also as by but then still ' +
      'no out from has have had must can could would our us you your they he this these because ' +
      'request data time reason many more files years cases were been will'
    ).split(' '),
  ),
};

export function guessLanguage(text: string): Language | null {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const hits: Record<Language, number> = { nl: 0, en: 0 };
  for (const word of words) {
    if (stopWords.nl.has(word)) hits.nl++;
    if (stopWords.en.has(word)) hits.en++;
  }
  if (hits.nl >= 2 && hits.nl >= 2 * hits.en) return 'nl';
  if (hits.en >= 2 && hits.en >= 2 * hits.nl) return 'en';
  return null;
}

/** The language a text seems to be in when that is not `expected`; null when it matches or cannot be told. */
export function otherLanguageOf(text: string, expected: Language): Language | null {
  const guessed = guessLanguage(text);
  return guessed !== null && guessed !== expected ? guessed : null;
}
