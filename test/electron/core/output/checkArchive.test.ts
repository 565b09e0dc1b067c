import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkArchiveEntries } from '../../../../electron/core/output/archive/checkArchive.ts';
import { archiveProblemText } from '../../../../shared/output/verifyChecks.ts';

const entry = (name: string, text: string) => ({ name, data: Buffer.from(text) });
const manifestFor = (files: { name: string; data: Buffer }[]) =>
  entry(
    'manifest.json',
    JSON.stringify({
      reference: 'INZ-1',
      files: files.map((file) => ({ path: file.name, sha256: createHash('sha256').update(file.data).digest('hex') })),
    }),
  );

/** The problems as the CLI words them. */
const problemsOf = (entries: Parameters<typeof checkArchiveEntries>[0]) =>
  checkArchiveEntries(entries).map((p) => archiveProblemText(p, 'en', true));

describe('checkArchiveEntries (the manifest of a portability archive)', () => {
  const files = [entry('data.json', '{"a":1}'), entry('csv/payment.csv', 'a,b\r\n1,2\r\n')];

  it('accepts an archive that matches its manifest exactly', () => {
    expect(problemsOf([...files, manifestFor(files)])).toEqual([]);
  });

  it('names a changed, a missing and an extra file', () => {
    const manifest = manifestFor(files);
    expect(problemsOf([entry('data.json', '{"a":2}'), files[1]!, manifest])).toEqual([
      'data.json: SHA-256 differs from the manifest (the file was changed)',
    ]);
    expect(problemsOf([files[0]!, manifest])).toEqual(['csv/payment.csv: listed in the manifest but missing from the archive']);
    expect(problemsOf([...files, entry('extra.txt', 'x'), manifest])).toEqual(['extra.txt: in the archive but not listed in the manifest']);
    expect(problemsOf(files)).toEqual(['manifest.json is missing']);
  });
});
