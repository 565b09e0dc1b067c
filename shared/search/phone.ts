/**
 * Phone numbers to E.164, the form the case records store (`phone_numbers.phone_e164`). Clerks and
 * letters write Dutch numbers as 06-12345678, 06 1234 5678, +31 6 1234 5678, +31 (0)6 …, 0031612345678.
 */
export function phoneToE164(input: string): string | null {
  const text = input.trim().replace(/\(0\)/g, '');
  if (!/^[+\d][\d\s\-.()/]*$/.test(text)) return null;
  const digits = text.replace(/\D/g, '');
  let international: string;
  if (text.startsWith('+')) international = digits;
  else if (digits.startsWith('00')) international = digits.slice(2);
  else if (digits.startsWith('0')) international = `31${digits.slice(1)}`;
  else return null;
  if (international.startsWith('31')) {
    // Dutch numbers: country code, then nine digits, never a leading 0 (that was the trunk prefix).
    return /^31[1-9]\d{8}$/.test(international) ? `+${international}` : null;
  }
  return /^[1-9]\d{7,14}$/.test(international) ? `+${international}` : null;
}
