import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, writeFileAtomicSync } from '../../../../electron/core/files/atomicWrite.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

describe('writeFileAtomic', () => {
  const tempDir = useTempDirs();

  it('writes the bytes under the final name and leaves no temporary file', async () => {
    const dir = tempDir();
    await writeFileAtomic(join(dir, 'a.pdf'), Buffer.from('complete'));
    expect(readFileSync(join(dir, 'a.pdf'), 'utf8')).toBe('complete');
    expect(readdirSync(dir)).toEqual(['a.pdf']);
  });

  it('keeps the previous file and removes the temporary one when the check fails', async () => {
    const dir = tempDir();
    const file = join(dir, 'a.pdf');
    writeFileSync(file, 'previous');
    let seen = '';
    await expect(
      writeFileAtomic(file, Buffer.from('half'), {
        check: (temp) => {
          seen = temp;
          throw new Error('signature does not cover the file');
        },
      }),
    ).rejects.toThrow(/signature does not cover/);
    expect(seen.startsWith(join(dir, '.a.pdf.'))).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('previous');
    expect(readdirSync(dir)).toEqual(['a.pdf']);
  });

  it('leaves nothing under the final name when producing the file fails half-way (e.g. a full disk)', async () => {
    const dir = tempDir();
    const file = join(dir, 'b.zip');
    await expect(
      writeFileAtomic(file, async (temp) => {
        writeFileSync(temp, 'first half');
        throw new Error('ENOSPC: no space left on device');
      }),
    ).rejects.toThrow(/ENOSPC/);
    expect(existsSync(file)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("writeFileAtomicSync (the CLI's letters, reports and audit exports)", () => {
  const tempDir = useTempDirs();

  it('replaces the file whole and returns the SHA-256 and size of what it wrote, leaving no temporary file', () => {
    const dir = tempDir();
    const file = join(dir, 'letter.txt');
    writeFileSync(file, 'previous version');
    const text = 'Geachte heer Müller-Öztürk,\n';
    const result = writeFileAtomicSync(file, text);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(result).toEqual({ sha256: createHash('sha256').update(text, 'utf8').digest('hex'), bytes: Buffer.byteLength(text) });
    expect(readdirSync(dir)).toEqual(['letter.txt']);
  });

  it('leaves the final name untouched and no temporary file when the rename fails', () => {
    const dir = tempDir();
    const target = join(dir, 'report.csv');
    mkdirSync(join(target, 'occupied'), { recursive: true });
    expect(() => writeFileAtomicSync(target, 'a,b\r\n')).toThrow();
    expect(readdirSync(dir)).toEqual(['report.csv']);
    expect(readdirSync(target)).toEqual(['occupied']);
  });

  it('takes the content piece by piece, hashing what it wrote, and leaves nothing when producing fails', () => {
    const dir = tempDir();
    const file = join(dir, 'export.jsonl');
    const result = writeFileAtomicSync(file, (write) => {
      write('{"a":1}\n');
      write(Buffer.from('{"b":"Zoë"}\n', 'utf8'));
    });
    const whole = '{"a":1}\n{"b":"Zoë"}\n';
    expect(readFileSync(file, 'utf8')).toBe(whole);
    expect(result).toEqual({ sha256: createHash('sha256').update(whole, 'utf8').digest('hex'), bytes: Buffer.byteLength(whole) });

    const failing = join(dir, 'half.jsonl');
    expect(() =>
      writeFileAtomicSync(failing, (write) => {
        write('{"a":1}\n');
        throw new Error('disk full');
      }),
    ).toThrow('disk full');
    expect(readdirSync(dir)).toEqual(['export.jsonl']);
  });
});
