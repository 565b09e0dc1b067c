import type { Language } from '../extract/extractModel.ts';

/**
 * File names of the outputs come from the request reference only, reduced to [A-Za-z0-9_-]: never
 * from a person's name (a file name is visible in folder listings, mail attachments and backups,
 * so personal data in it would leak; see domain.md §8).
 */
export function sanitiseFileStem(raw: string): string {
  const cleaned = raw
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '')
    .slice(0, 64);
  if (cleaned === '') throw new Error(`the reference "${raw}" has no characters usable in a file name (A-Z, a-z, 0-9, - and _)`);
  return cleaned;
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
