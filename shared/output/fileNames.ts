import type { Language } from '../extract/extractModel.ts';

const MAX_STEM = 64;
/** "-" and 16 hex digits of the original's hash. */
const HASH_SUFFIX = 17;

/**
 * File names of the outputs come from the request reference only, reduced to [A-Za-z0-9_-]: never
 * from a person's name (a file name is visible in folder listings, mail attachments and backups,
 * so personal data in it would leak; see domain.md §8). A reference that had to be shortened or had
 * characters replaced keeps a hash of the original at the end: two references must never share a
 * name, or one export would overwrite the other in the same folder (issue 13: two long subject ids
 * cut to the same 64 characters).
 */
export function sanitiseFileStem(raw: string): string {
  const cleaned = raw
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '');
  if (cleaned === '') throw new Error(`the reference "${raw}" has no characters usable in a file name (A-Z, a-z, 0-9, - and _)`);
  if (cleaned === raw && cleaned.length <= MAX_STEM) return cleaned;
  const kept = cleaned.slice(0, MAX_STEM - HASH_SUFFIX).replace(/[-_]+$/, '');
  return `${kept}-${fnv1a64(raw)}`;
}

/**
 * FNV-1a, 64 bits, over the UTF-16 code units: this file is shared (no node:crypto here); it tells apart
 * references that were reduced alike, it does not protect a secret.
 */
function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

export function extractPdfFileName(reference: string, language: Language): string {
  return `${sanitiseFileStem(reference)}_extract_${language}.pdf`;
}

export function portabilityArchiveFileName(reference: string): string {
  return `${sanitiseFileStem(reference)}_portability.zip`;
}

/** A category id as a CSV file name inside the archive (ids come from the policy, still sanitised). */
export function csvFileName(categoryId: string): string {
  return `${sanitiseFileStem(categoryId)}.csv`;
}

/** The portability archive's workbook: every category as one sheet (issue 14.11). */
export const workbookFileName = 'data.xlsx';
