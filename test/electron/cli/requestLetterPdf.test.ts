import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cliHarness.ts';
import { seedTestDatabase } from '../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../helpers/tempDir.ts';

/** `inzage request letter … --pdf FILE` and `request show` on the same core as the window (issue 14.7, 14.8). */
describe('inzage request letter --pdf, and the extension in request show', () => {
  const tempDir = useTempDirs('test');

  it('saves the fixed letter as a PDF (free paragraph, address), recorded with its SHA-256; show says why no extension', async () => {
    const dir = tempDir();
    const { db, file } = seedTestDatabase(dir, 40, 'letter-pdf-cli');
    db.close();
    const run = (today: string, ...args: string[]) => cli([...args, '--db', file], { INZAGE_CLERK: 'M. de Vries', INZAGE_TODAY: today });
    const registered = await run(
      '2026-03-05',
      ...['request', 'new', '--received', '2026-03-05', '--channel', 'letter', '--requester', 'Anna de Jong'],
      ...['--address', 'Kerkstraat 1, 1011 AA Amsterdam', '--lang', 'en'],
    );
    expect(registered.code).toBe(0);
    const ref = 'INZ-2026-0001';
    expect((await run('2026-03-20', 'request', 'show', ref)).out).toMatch(/^extension +possible until 2026-04-07$/m);

    const pdf = join(dir, 'acknowledgement.pdf');
    const saved = await run(
      '2026-04-20',
      'request',
      'letter',
      ref,
      '--kind',
      'acknowledgement',
      '--pdf',
      pdf,
      '--paragraph',
      'We also wrote to you by e-mail.',
    );
    expect(saved).toMatchObject({ code: 0 });
    const sha256 = createHash('sha256').update(readFileSync(pdf)).digest('hex');
    expect(saved.out).toContain(`sha256 ${sha256}`);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('We also wrote to you by e-mail.');
    expect(text).toContain('20 April 2026');
    expect(text).toContain('Kerkstraat 1');
    expect(text).toMatch(/We should have answered your request by 7 April 2026/);

    const shown = (await run('2026-04-20', 'request', 'show', ref)).out;
    expect(shown).toMatch(new RegExp(`^output +\\d{4}-\\d{2}-\\d{2} letter-acknowledgement acknowledgement\\.pdf sha256 ${sha256}$`, 'm'));
    expect(shown).toMatch(/^extension +not possible: .*first month .*2026-04-07.*13 day\(s\) later/m);

    // The letter is fixed: a different paragraph is refused, the same save reproduces it.
    const changed = await run(
      '2026-04-21',
      'request',
      'letter',
      ref,
      '--kind',
      'acknowledgement',
      '--pdf',
      pdf,
      '--paragraph',
      'Other words.',
    );
    expect(changed.code).not.toBe(0);
    expect(changed.err).toMatch(/was fixed on 2026-04-20 by M\. de Vries/);
  });
});
