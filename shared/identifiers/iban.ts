/** IBAN helpers (ISO 13616): normalising user input and the mod-97 check digits. */

export function normaliseIban(input: string): string {
  return input.replace(/[\s.-]/g, '').toUpperCase();
}

/** Remainder of the IBAN's numeric form modulo 97, computed piecewise so no big integers are needed. */
function mod97(rearranged: string): number {
  let remainder = 0;
  for (const char of rearranged) {
    const code = char.charCodeAt(0);
    const digits = code >= 65 && code <= 90 ? String(code - 55) : char;
    for (const digit of digits) remainder = (remainder * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  return remainder;
}

export function isValidIban(input: string): boolean {
  const iban = normaliseIban(input);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return false;
  return mod97(iban.slice(4) + iban.slice(0, 4)) === 1;
}

/** Builds a valid IBAN from country code and BBAN by computing the two check digits. */
export function ibanFromBban(country: string, bban: string): string {
  const check = 98 - mod97(bban + country + '00');
  return country + String(check).padStart(2, '0') + bban;
}

/** Groups of four, as printed on statements: "NL91 ABNA 0417 1643 00". */
export function formatIban(input: string): string {
  return normaliseIban(input).replace(/(.{4})(?=.)/g, '$1 ');
}
