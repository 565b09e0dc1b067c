import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cliHarness.ts';
import { seedTestDatabase } from '../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../helpers/tempDir.ts';

/** `inzage request letter` and the letter rules of issue 12.8, in Dutch and English: refused with the reason, flagged on stderr. */
describe.each(['nl', 'en'] as const)('inzage request letter: the rules of issue 12.8 (%s)', (lang) => {
  const tempDir = useTempDirs('suite');
  let db = '';
  beforeAll(() => {
    const seeded = seedTestDatabase(tempDir(), 40, `letters-${lang}`);
    seeded.db.close();
    db = seeded.file;
  });
  const run = (today: string, ...args: string[]) => cli([...args, '--db', db], { INZAGE_CLERK: 'M. de Vries', INZAGE_TODAY: today });

  it('refuses an extension notice after the first month, flags a reason in the other language, and closes with no data', async () => {
    // Received 2 Nov 2026: the first month ends on 2 Dec 2026.
    expect(
      (
        await run(
          '2026-11-02',
          'request',
          'new',
          '--received',
          '2026-11-02',
          '--channel',
          'letter',
          '--requester',
          'Nomen Nescio',
          '--lang',
          lang,
        )
      ).code,
    ).toBe(0);
    const ref = 'INZ-2026-0001';
    const reason =
      lang === 'nl' ? 'the request covers many files from many years' : 'het verzoek betreft veel dossiers van een groot aantal jaren';
    expect((await run('2026-11-20', 'request', 'extend', ref, '--reason', reason)).code).toBe(0);
    const inTime = await run('2026-12-02', 'request', 'letter', ref, '--kind', 'extension');
    expect(inTime.code).toBe(0);
    expect(inTime.err).toMatch(
      new RegExp(`extension-reason seems to be written in "${lang === 'nl' ? 'en' : 'nl'}" while the letter is in "${lang}"`),
    );
    expect(inTime.out).toMatch(/Alektum B\.V\.\nPostbus 20723\n1001 NS Amsterdam/);
    expect(inTime.out).toMatch(lang === 'nl' ? /Geachte Nomen Nescio,/ : /Dear Nomen Nescio,/);
    const late = await run('2026-12-03', 'request', 'letter', ref, '--kind', 'extension');
    expect(late).toMatchObject({
      code: 1,
      err: expect.stringMatching(/within the first month .* ended on 2026-12-02; today \(2026-12-03\) is 1 day\(s\) later/),
    });

    const file = join(tempDir(), 'no-data.txt');
    expect((await run('2026-12-03', 'request', 'close', ref, '--outcome', 'no-data')).code).toBe(0);
    expect((await run('2026-12-03', 'request', 'letter', ref, '--kind', 'no-data', '--out', file)).code).toBe(0);
    expect(readFileSync(file, 'utf8').replace(/\s+/g, ' ')).toMatch(
      lang === 'nl' ? /Wij verwerken geen persoonsgegevens over u/ : /We hold no personal data about you/,
    );
    const shown = JSON.parse((await run('2026-12-03', 'request', 'show', ref, '--json')).out);
    expect(shown).toMatchObject({ status: 'sent', outcome: 'no-data', outputs: [expect.objectContaining({ kind: 'letter-no-data' })] });
  });
});
