import type { Language } from './extractModel.ts';

/**
 * How stored values read in the extract: amounts from cents in euros, ISO dates as words, country
 * codes as names. Written out rather than left to Intl formats so the output is the same on every
 * machine and runtime (the PDF is signed; golden tests compare it).
 */

const MONTHS: Record<Language, readonly string[]> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "2026-03-12" → "12 maart 2026" / "12 March 2026". */
export function formatDate(iso: string, language: Language): string {
  if (iso.length !== 10 || iso[4] !== '-' || iso[7] !== '-') return iso;
  const month = MONTHS[language][Number(iso.slice(5, 7)) - 1];
  const day = Number(iso.slice(8, 10));
  return month && Number.isInteger(day) ? `${day} ${month} ${iso.slice(0, 4)}` : iso;
}

function groupThousands(digits: string, separator: string): string {
  let out = '';
  for (let end = digits.length; end > 0; end -= 3)
    out = end - 3 > 0 ? `${separator}${digits.slice(end - 3, end)}${out}` : `${digits.slice(0, end)}${out}`;
  return out;
}

/** 123456 → "€ 1.234,56" (nl) / "€1,234.56" (en); negative amounts keep their sign in front. */
export function formatCents(cents: number, language: Language): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.round(cents));
  const euros = String(Math.floor(abs / 100));
  const rest = String(abs % 100).padStart(2, '0');
  return language === 'nl' ? `${sign}€ ${groupThousands(euros, '.')},${rest}` : `${sign}€${groupThousands(euros, ',')}.${rest}`;
}

export function formatInteger(value: number, language: Language): string {
  return groupThousands(String(value), language === 'nl' ? '.' : ',');
}

/**
 * Country names for the EEA and the third countries the register names, fixed here so a signed
 * extract reads the same whatever the runtime's ICU data say; other codes fall back to Intl.
 */
const COUNTRIES: Readonly<Record<string, readonly [nl: string, en: string]>> = {
  AT: ['Oostenrijk', 'Austria'],
  BE: ['België', 'Belgium'],
  BG: ['Bulgarije', 'Bulgaria'],
  HR: ['Kroatië', 'Croatia'],
  CY: ['Cyprus', 'Cyprus'],
  CZ: ['Tsjechië', 'Czechia'],
  DK: ['Denemarken', 'Denmark'],
  EE: ['Estland', 'Estonia'],
  FI: ['Finland', 'Finland'],
  FR: ['Frankrijk', 'France'],
  DE: ['Duitsland', 'Germany'],
  GR: ['Griekenland', 'Greece'],
  HU: ['Hongarije', 'Hungary'],
  IE: ['Ierland', 'Ireland'],
  IT: ['Italië', 'Italy'],
  LV: ['Letland', 'Latvia'],
  LT: ['Litouwen', 'Lithuania'],
  LU: ['Luxemburg', 'Luxembourg'],
  MT: ['Malta', 'Malta'],
  NL: ['Nederland', 'the Netherlands'],
  PL: ['Polen', 'Poland'],
  PT: ['Portugal', 'Portugal'],
  RO: ['Roemenië', 'Romania'],
  SK: ['Slowakije', 'Slovakia'],
  SI: ['Slovenië', 'Slovenia'],
  ES: ['Spanje', 'Spain'],
  SE: ['Zweden', 'Sweden'],
  IS: ['IJsland', 'Iceland'],
  LI: ['Liechtenstein', 'Liechtenstein'],
  NO: ['Noorwegen', 'Norway'],
  CH: ['Zwitserland', 'Switzerland'],
  GB: ['het Verenigd Koninkrijk', 'the United Kingdom'],
  TR: ['Turkije', 'Turkey'],
  MA: ['Marokko', 'Morocco'],
  US: ['de Verenigde Staten', 'the United States'],
};

const countryNames = new Map<Language, Intl.DisplayNames | null>();

/** "TR" → "Turkije" / "Turkey"; the code itself where nothing knows a name for it. */
export function countryName(code: string, language: Language): string {
  const known = COUNTRIES[code];
  if (known) return known[language === 'nl' ? 0 : 1];
  if (!countryNames.has(language)) {
    try {
      countryNames.set(language, new Intl.DisplayNames([language], { type: 'region' }));
    } catch {
      countryNames.set(language, null);
    }
  }
  try {
    return countryNames.get(language)?.of(code) ?? code;
  } catch {
    return code;
  }
}
