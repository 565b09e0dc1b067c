import type { Language } from './extractModel.ts';

/**
 * How stored values read in the extract: amounts from cents in euros, ISO dates as words, country
 * codes as names. Written out rather than left to Intl number/date formats so the output is the same
 * on every machine (the PDF is signed; a golden test compares it).
 */

const MONTHS: Record<Language, readonly string[]> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "2026-03-12" → "12 maart 2026" / "12 March 2026". */
export function formatDate(iso: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const month = MONTHS[language][Number(match[2]) - 1];
  return month ? `${Number(match[3])} ${month} ${match[1]}` : iso;
}

function groupThousands(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
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

const countryNames = new Map<Language, Intl.DisplayNames | null>();

/** "TR" → "Turkije" / "Turkey"; the code itself where the runtime has no name for it. */
export function countryName(code: string, language: Language): string {
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
