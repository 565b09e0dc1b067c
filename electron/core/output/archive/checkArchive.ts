import { createHash } from 'node:crypto';
import type { ArchiveProblem } from '../../../../shared/output/verifyChecks.ts';
import { manifestSignatureFileName } from './manifestSignature.ts';
import type { ZipEntry } from './readZip.ts';

/**
 * Checks the archive's entries against its manifest: the manifest is there and well-formed, every
 * file it lists is present with the same SHA-256, and nothing is in the archive that it does not list
 * (but the manifest's own signature, which cannot list itself; verifyFile.ts checks that one).
 * Returns the problems found, each naming the file; empty when everything holds.
 */
export function checkArchiveEntries(entries: ZipEntry[]): ArchiveProblem[] {
  const problems: ArchiveProblem[] = [];
  const byPath = new Map(entries.map((entry) => [entry.name, entry.data]));
  if (byPath.size !== entries.length) problems.push({ kind: 'duplicate-name' });
  const manifestData = byPath.get('manifest.json');
  if (!manifestData) return [...problems, { kind: 'manifest-missing' }];
  let manifest: { files?: { path?: unknown; sha256?: unknown }[]; reference?: unknown };
  try {
    manifest = JSON.parse(manifestData.toString('utf8')) as typeof manifest;
  } catch (error) {
    return [...problems, { kind: 'manifest-invalid', reason: (error as Error).message }];
  }
  if (!Array.isArray(manifest.files) || typeof manifest.reference !== 'string') return [...problems, { kind: 'manifest-incomplete' }];
  const listed = new Set<string>();
  for (const file of manifest.files) {
    if (typeof file.path !== 'string' || typeof file.sha256 !== 'string') {
      problems.push({ kind: 'entry-incomplete' });
      continue;
    }
    listed.add(file.path);
    const data = byPath.get(file.path);
    if (!data) problems.push({ kind: 'missing', file: file.path });
    else if (createHash('sha256').update(data).digest('hex') !== file.sha256) problems.push({ kind: 'changed', file: file.path });
  }
  for (const path of byPath.keys())
    if (path !== 'manifest.json' && path !== manifestSignatureFileName && !listed.has(path))
      problems.push({ kind: 'unlisted', file: path });
  return problems;
}
