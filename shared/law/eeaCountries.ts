/**
 * The states of the European Economic Area (ISO 3166-1 alpha-2). A transfer of personal data to any
 * other country is a transfer to a third country under Chapter V GDPR (Art. 44–49): it needs an
 * adequacy decision (Art. 45) or appropriate safeguards (Art. 46), and an access extract must name
 * those safeguards (Art. 15(2)). The GDPR applies in Iceland, Liechtenstein and Norway through the
 * EEA Agreement, so transfers there are not third-country transfers.
 *
 * Note: ISO codes are used throughout, so Greece is `GR` (the EU's own protocol order uses `EL`).
 */

/** The 27 member states of the European Union. */
export const EU_MEMBER_STATES = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
] as const;

/** EEA members outside the EU. */
export const EEA_EFTA_STATES = ['IS', 'LI', 'NO'] as const;

export const EEA_COUNTRIES: readonly string[] = [...EU_MEMBER_STATES, ...EEA_EFTA_STATES];

const eea = new Set<string>(EEA_COUNTRIES);

/**
 * Whether `code` (ISO 3166-1 alpha-2, case-insensitive, surrounding spaces ignored) is an EEA state.
 * Anything else, including unknown or malformed codes, counts as outside the EEA: treating an unknown
 * destination as a third country errs on the side of requiring a safeguard.
 */
export function isInEea(code: string): boolean {
  return eea.has(code.trim().toUpperCase());
}
