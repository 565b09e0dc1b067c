import { createHash } from 'node:crypto';
import { manifestSignatureFileName } from './manifestSignature.ts';
import type { ZipEntry } from './readZip.ts';

/**
 * Checks the archive's entries against its manifest: the manifest is there and well-formed, every
 * file it lists is present with the same SHA-256, and nothing is in the archive that it does not list
 * (but the manifest's own signature, which cannot list itself; verifyFile.ts checks that one).
 * Returns the problems found, each naming the file; empty when everything holds.
 */
export function checkArchiveEntries(entries: ZipEntry[]): string[] {
  const problems: string[] = [];
  const byPath = new Map(entries.map((entry) => [entry.name, entry.data]));
  if (byPath.size !== entries.length) problems.push('the archive holds a file name twice');
  const manifestData = byPath.get('manifest.json');
  if (!manifestData) return [...problems, 'manifest.json is missing'];
  let manifest: { files?: { path?: unknown; sha256?: unknown }[]; reference?: unknown };
  try {
    manifest = JSON.parse(manifestData.toString('utf8')) as typeof manifest;
  } catch (error) {
    return [...problems, `manifest.json is not valid JSON: ${(error as Error).message}`];
  }
  if (!Array.isArray(manifest.files) || typeof manifest.reference !== 'string')
    return [...problems, 'manifest.json lacks "files" or "reference"'];
  const listed = new Set<string>();
  for (const file of manifest.files) {
    if (typeof file.path !== 'string' || typeof file.sha256 !== 'string') {
      problems.push('manifest.json has an entry without path or sha256');
      continue;
    }
    listed.add(file.path);
    const data = byPath.get(file.path);
    if (!data) problems.push(`${file.path}: listed in the manifest but missing from the archive`);
    else if (createHash('sha256').update(data).digest('hex') !== file.sha256)
      problems.push(`${file.path}: SHA-256 differs from the manifest (the file was changed)`);
  }
  for (const path of byPath.keys())
    if (path !== 'manifest.json' && path !== manifestSignatureFileName && !listed.has(path))
      problems.push(`${path}: in the archive but not listed in the manifest`);
  return problems;
}
