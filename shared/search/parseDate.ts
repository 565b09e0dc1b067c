import type { IsoDate } from '../dates/isoDate.ts';
import { isIsoDate, toIsoDate } from '../dates/isoDate.ts';

/** Dutch and English month names and their usual abbreviations. */
const months: Record<string, number> = {
  jan: 1,
  januari: 1,
  january: 1,
  feb: 2,
  febr: 2,
  februari: 2,
  february: 2,
  mrt: 3,
  maart: 3,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  mei: 5,
  may: 5,
  jun: 6,
  juni: 6,
  june: 6,
  jul: 7,
  juli: 7,
  july: 7,
  aug: 8,
  augustus: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oct: 10,
  oktober: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

export function monthNumber(word: string): number | null {
  return months[word.toLowerCase().replace(/\.$/, '')] ?? null;
}

/**
 * Two-digit years are birth years here: "12-03-84" is 1984. Anything up to the current two-digit
 * year (passed in, so this stays pure) is read as this century.
 */
function fullYear(year: string, pivot: number): number {
  if (year.length === 4) return Number(year);
  const yy = Number(year);
  return yy <= pivot ? 2000 + yy : 1900 + yy;
}

function checked(year: number, month: number, day: number): IsoDate | null {
  const iso = toIsoDate(year, month, day);
  return isIsoDate(iso) ? iso : null;
}

/**
 * One date as written in Dutch practice or ISO: 12-03-1984, 12.3.1984, 12/03/84, 1984-03-12,
 * "12 maart 1984" (one string with spaces). Day comes before month, as in Dutch. Null if not a date.
 */
export function parseDate(input: string, twoDigitYearPivot = 26): IsoDate | null {
  const text = input.trim();
  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (match) return checked(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/.exec(text);
  if (match) return checked(fullYear(match[3]!, twoDigitYearPivot), Number(match[2]), Number(match[1]));
  match = /^(\d{1,2})\s+(\p{L}+\.?)\s+(\d{4})$/u.exec(text);
  if (match) {
    const month = monthNumber(match[2]!);
    return month ? checked(Number(match[3]), month, Number(match[1])) : null;
  }
  return null;
}
