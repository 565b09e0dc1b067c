import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { ZipArchive } from 'archiver';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NativeCrcZipArchive } from '../../../../../electron/core/output/archive/nativeCrcZipArchive.ts';
import type { ArchiveFile } from '../../../../../electron/core/output/archive/portabilityArchive.ts';
import { portabilityArchiveFiles, zipFiles } from '../../../../../electron/core/output/archive/portabilityArchive.ts';
import { readZip } from '../../../../../electron/core/output/archive/readZip.ts';
import { seedTestDatabase } from '../../../../helpers/demoDatabase.ts';
import { demoExtractModel } from '../../../../helpers/demoExtractModel.ts';
import { useTempDirs } from '../../../../helpers/tempDir.ts';

/** The zip archiver makes of `files`, all in memory: what zipFiles streams to its file. */
function zipWith(archive: ZipArchive, files: ArchiveFile[], date: Date): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    archive.on('data', (chunk: Buffer) => chunks.push(chunk));
    archive.on('end', () => resolve(Buffer.concat(chunks)));
    archive.on('error', reject);
    for (const file of files) archive.append(file.data, { name: file.path, date, store: file.path.endsWith('.pdf') });
    void archive.finalize();
  });
}

describe('the zip archive with native CRC-32s', () => {
  const tempDir = useTempDirs('suite');
  afterEach(() => {
    vi.useRealTimers();
  });

  // The heavy debtor's archive files from the demo database, with an incompressible stand-in for the signed
  // PDF (stored, as a PDF is) and an empty file (which archiver always stores).
  const archiveFiles = (() => {
    let files: ArchiveFile[] | undefined;
    return async () => {
      if (!files) {
        const { db, result } = seedTestDatabase(tempDir());
        const model = demoExtractModel(db, result.landmarks.heavyDebtor);
        db.close();
        files = [
          ...(await portabilityArchiveFiles(model, randomBytes(300_000), 'extract.pdf')),
          { path: 'empty.txt', data: Buffer.alloc(0) },
        ];
      }
      return files;
    };
  })();

  it('writes byte for byte the zip stock archiver writes, deflated, stored and empty entries alike', async () => {
    const files = await archiveFiles();
    const date = new Date('2026-11-01T10:11:12Z');
    const options = { zlib: { level: 6 }, forceLocalTime: false };
    const ours = await zipWith(new NativeCrcZipArchive(options), files, date);
    const stock = await zipWith(new ZipArchive(options), files, date);
    expect(ours.length).toBe(stock.length);
    expect(ours.equals(stock)).toBe(true);
    expect(readZip(ours).map((entry) => [entry.name, entry.data.equals(files.find((file) => file.path === entry.name)!.data)])).toEqual(
      files.map((file) => [file.path, true]),
    );
  });

  it('leaves zipFiles writing what stock archiver writes for the same files at the same time', async () => {
    const files = await archiveFiles();
    // The entries' time comes from the use case's clock (docs/architecture.md § One clock), passed in.
    const date = new Date('2026-11-01T10:11:12Z');
    const written = Buffer.concat(await zipFiles(join(tempDir(), 'a.zip'), files, undefined, date));
    const stock = await zipWith(new ZipArchive({ zlib: { level: 6 }, forceLocalTime: false }), files, date);
    expect(written.equals(stock)).toBe(true);
  });
});
