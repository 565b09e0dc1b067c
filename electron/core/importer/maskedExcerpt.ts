/** Characters of a value an error message shows at most. */
const excerptChars = 16;

/**
 * How an import error quotes the offending value (issue 13: no birth dates or IBANs on stderr): its
 * shape only, and only its start. Digits become 9, capitals X, other letters x, the rest stays, so
 * "1975-02-30" reads "9999-99-99": enough to see a wrong format at the named line, not the data.
 */
export function maskedExcerpt(value: unknown): string {
  if (value === null || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  const text = typeof value === 'string' ? value : String(value);
  const chars = [...text.slice(0, excerptChars * 2)].slice(0, excerptChars);
  const masked = chars.map((c) => (/\p{N}/u.test(c) ? '9' : /\p{Lu}/u.test(c) ? 'X' : /\p{L}/u.test(c) ? 'x' : c)).join('');
  const shown = [...text].length > excerptChars ? `${masked}…` : masked;
  return typeof value === 'string' ? `"${shown}"` : shown;
}
