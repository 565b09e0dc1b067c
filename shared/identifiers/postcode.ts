/** Dutch postcodes: four digits (no leading zero) and two letters; SA, SD and SS are never issued. */

const POSTCODE = /^([1-9]\d{3})\s?([A-Z]{2})$/;
const UNUSED_LETTERS = new Set(['SA', 'SD', 'SS']);

export function normalisePostcode(input: string): string | null {
  const match = POSTCODE.exec(input.trim().toUpperCase());
  if (!match || UNUSED_LETTERS.has(match[2]!)) return null;
  return `${match[1]}${match[2]}`;
}

/** The printed form with a space: "1012 AB". */
export function formatPostcode(input: string): string {
  const compact = normalisePostcode(input);
  return compact ? `${compact.slice(0, 4)} ${compact.slice(4)}` : input;
}
