/**
 * The word index on PostgreSQL answers what SQLite's search_words (FTS5, unicode61) answers: the same
 * tokens, the same per-field filters. Tokens are cut here, in code, as unicode61 cuts them (runs of
 * letters and digits; "#j#" → "j", "1984-03-12" → 1984, 03, 12), and written as a tsvector literal,
 * so PostgreSQL's own parser and dictionaries (which would read "1984-03-12" as a date-like token or
 * stem words) never change what matches. Fields are weights: names A, places B, birth date C.
 */

const separators = /[^\p{L}\p{N}]+/u;

/** unicode61's tokens of a folded text (already lower case and without diacritics). */
export function wordTokens(text: string): string[] {
  return text.split(separators).filter((token) => token.length > 0);
}

/** A lexeme as tsvector/tsquery text: quoted, inner quotes doubled and backslashes escaped. Never raw syntax. */
export function lexeme(token: string): string {
  return `'${token.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** The tsvector literal of one document: every token of each field with a position and the field's weight. */
export function wordsVector(names: string, places: string, born: string): string {
  const positions = new Map<string, string[]>();
  let position = 0;
  for (const [text, weight] of [
    [names, 'A'],
    [places, 'B'],
    [born, 'C'],
  ] as const) {
    for (const token of wordTokens(text)) {
      // tsvector positions stop at 16383; documents are a few dozen words.
      position = Math.min(position + 1, 16383);
      const list = positions.get(token) ?? [];
      list.push(`${position}${weight}`);
      positions.set(token, list);
    }
  }
  return [...positions].map(([token, list]) => `${lexeme(token)}:${list.join(',')}`).join(' ');
}

/**
 * A named statement for the searches: each pooled connection parses and plans it once and then only
 * executes it. Planning cost more than running a typical search statement (measured on the 20k bench
 * index: 1–7 ms planning against 0.3 ms execution), and a search is typed letter by letter.
 */
export function prepared(name: string, text: string, values: unknown[]): { name: string; text: string; values: unknown[] } {
  return { name: `inzage_search_${name}`, text, values };
}
