import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { temporaryNameFor, writeFileAtomic, writeFileAtomicSync } from '../../../../electron/core/files/atomicWrite.ts';
import { removeLeftoverPartials } from '../../../../electron/core/files/leftoverPartials.ts';
import { createTestHandlers } from '../../../helpers/handlerHarness.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

const atomicWrite = fileURLToPath(new URL('../../../../electron/core/files/atomicWrite.ts', import.meta.url));

/**
 * A writer killed half-way through an export (kill -9, a power cut, the app closed by force): it
 * streams part of a PDF into its temporary file, says so, and is killed before the rename. What it
 * leaves behind is what issue 13.9 found: a hidden `.partial` with part of a person's data.
 */
async function killedWriter(dir: string, name: string): Promise<string> {
  const script = join(dir, 'writer.mts');
  writeFileSync(
    script,
    `import { writeFile } from 'node:fs/promises';
import { writeFileAtomic } from ${JSON.stringify(atomicWrite)};
await writeFileAtomic(${JSON.stringify(join(dir, name))}, async (temp) => {
  await writeFile(temp, '%PDF-1.7 part of an extract');
  process.stdout.write('written\\n');
  await new Promise(() => setInterval(() => undefined, 1000));
});
`,
  );
  const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('written') && resolve());
    child.on('exit', (code) => reject(new Error(`the writer ended by itself (${code})`)));
  });
  child.removeAllListeners('exit');
  const gone = new Promise((resolve) => child.on('exit', resolve));
  child.kill('SIGKILL');
  await gone;
  const left = readdirSync(dir).filter((f) => f.endsWith('.partial'));
  expect(left).toHaveLength(1);
  return left[0]!;
}

describe('temporary files of a killed export (issue 13.9)', () => {
  const tempDir = useTempDirs();

  it('are removed by the next write into that folder (the next export, from the app or the CLI)', async () => {
    const dir = tempDir();
    const left = await killedWriter(dir, 'INZ-2026-0001-extract-nl.pdf');
    expect(left).toMatch(/^\.INZ-2026-0001-extract-nl\.pdf\.\d+-[0-9a-f]{12}\.partial$/);
    await writeFileAtomic(join(dir, 'INZ-2026-0001-extract-nl.pdf'), Buffer.from('%PDF-1.7 complete'));
    expect(readdirSync(dir).sort()).toEqual(['INZ-2026-0001-extract-nl.pdf', 'writer.mts']);
    // The same for the small files the CLI writes (letters, reports).
    const again = await killedWriter(dir, 'letter.txt');
    writeFileAtomicSync(join(dir, 'report.csv'), 'a,b\n');
    expect(readdirSync(dir)).not.toContain(again);
  }, 60_000);

  it('are removed at start from the output folder and its request folders, keeping files still being written and all else', async () => {
    const output = tempDir();
    const request = join(output, 'INZ-2026-0002');
    mkdirSync(request);
    const left = await killedWriter(request, 'INZ-2026-0002-extract-en.pdf');
    // A write in progress in a live process (this one), a partial named by an older version (no pid)
    // that is recent and one that is old, and files that only look alike.
    const live = temporaryNameFor(join(request, 'INZ-2026-0002-data.zip'));
    writeFileSync(live, 'being written');
    const recentUnowned = join(output, '.old.pdf.0123456789ab.partial');
    const oldUnowned = join(output, '.older.pdf.ba9876543210.partial');
    writeFileSync(recentUnowned, 'x');
    writeFileSync(oldUnowned, 'x');
    const twoHoursAgo = (Date.now() - 2 * 3600_000) / 1000;
    utimesSync(oldUnowned, twoHoursAgo, twoHoursAgo);
    const notOurs = ['notes.partial', '.notes.partial', 'report.1-0123456789ab.partial'];
    for (const name of notOurs) writeFileSync(join(output, name), 'keep');

    expect(removeLeftoverPartials(output, { depth: 1 })).toBe(2);
    expect(existsSync(join(request, left))).toBe(false);
    expect(existsSync(oldUnowned)).toBe(false);
    expect(readFileSync(live, 'utf8')).toBe('being written');
    expect(existsSync(recentUnowned)).toBe(true);
    for (const name of notOurs) expect(existsSync(join(output, name)), name).toBe(true);
    // A folder that is not there (an output folder on a removed USB disk) is no error at start.
    expect(removeLeftoverPartials(join(output, 'missing'), { depth: 1 })).toBe(0);
  }, 60_000);

  it('are removed when the app starts (its handlers are created), from the output folder in its settings', async () => {
    const dir = tempDir();
    const output = join(dir, 'exports');
    const request = join(output, 'INZ-2026-0003');
    mkdirSync(request, { recursive: true });
    const left = await killedWriter(request, 'INZ-2026-0003-data.zip');
    writeFileSync(
      join(dir, 'settings.json'),
      JSON.stringify({
        language: 'en',
        clerkName: 'Test Clerk',
        outputFolder: output,
        policyFile: null,
        certificate: null,
        certificatePassphrase: null,
      }),
    );
    const h = createTestHandlers(dir, { subjects: 40 });
    h.close();
    expect(existsSync(join(request, left))).toBe(false);
    expect(readdirSync(request)).toEqual(['writer.mts']);
  }, 60_000);
});
