/**
 * Folding of names and places for matching: a clerk types "Muller" for "Müller" and "Lukasz" for
 * "Łukasz". NFD + stripping combining marks handles most Latin letters; a few letters have no
 * decomposition (Ł, ı, ø, ß, æ, đ, …), so they are mapped explicitly. SQLite's remove_diacritics
 * does not fold them either, which is why the search documents are folded here, in code.
 */

const explicit: Record<string, string> = {
  ł: 'l',
  ı: 'i',
  ø: 'o',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ħ: 'h',
  ŀ: 'l',
  ĳ: 'ij',
  ſ: 's',
};

const marks = /[\u0300-\u036f]/g;
const unmapped = /[łıøßæœđðþħŀĳſ]/g;

/** Lower-case, diacritics removed, special letters mapped; other characters are kept as they are. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(marks, '')
    .replace(unmapped, (ch) => explicit[ch] ?? ch);
}

const memo = new Map<string, string[]>();

/**
 * Folded words: letters and digits only, split on everything else ("Müller-Öztürk" → muller, ozturk).
 * Memoised (bounded): names and places repeat endlessly, and scoring folds them for every candidate.
 */
export function foldedWords(text: string): string[] {
  const known = memo.get(text);
  if (known) return known;
  const words = foldText(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
  if (memo.size > 50_000) memo.clear();
  memo.set(text, words);
  return words;
}
