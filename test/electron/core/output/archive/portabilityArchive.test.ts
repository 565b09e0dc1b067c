import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writePortabilityArchive, zipFiles } from '../../../../../electron/core/output/archive/portabilityArchive.ts';
import { readZip, readZipDirectory, ZipReadError } from '../../../../../electron/core/output/archive/readZip.ts';
import { useTempDirs } from '../../../../helpers/tempDir.ts';

const files = [
  {
    path: 'data.json',
    data: Buffer.from(JSON.stringify({ name: 'Łukasz Müller-Öztürk', rows: Array.from({ length: 500 }, (_, index) => index) })),
  },
  { path: 'csv/payment.csv', data: Buffer.from('amount,date\r\n1.234,56,2026-11-01\r\n') },
  { path: 'extract.pdf', data: Buffer.from('%PDF-1.7 not really compressed data '.repeat(200)) },
];

describe('writing the portability archive', () => {
  const tempDir = useTempDirs('test');

  it('zipFiles returns exactly the bytes it wrote, and the directory lists every file with its size', async () => {
    const path = join(tempDir(), 'a.zip');
    const produced = Buffer.concat(await zipFiles(path, files));
    expect(readFileSync(path).equals(produced)).toBe(true);
    expect(readZipDirectory(produced).map((entry) => [entry.name, entry.size])).toEqual(files.map((file) => [file.path, file.data.length]));
  });

  it('writes an archive that reads back with every entry intact, and leaves no temporary file', async () => {
    const dir = tempDir();
    await writePortabilityArchive(join(dir, 'out.zip'), files);
    expect(readdirSync(dir)).toEqual(['out.zip']);
    expect(readZip(readFileSync(join(dir, 'out.zip'))).map((entry) => entry.data.toString())).toEqual(
      files.map((file) => file.data.toString()),
    );
  });

  it('readZipDirectory refuses a truncated or damaged zip', async () => {
    const dir = tempDir();
    const zip = Buffer.concat(await zipFiles(join(dir, 'b.zip'), files));
    expect(() => readZipDirectory(zip.subarray(0, zip.length - 30))).toThrow(ZipReadError);
    const damaged = Buffer.from(zip);
    damaged.writeUInt32LE(0, 0);
    expect(() => readZipDirectory(damaged)).toThrow(/local header/);
  });
});
