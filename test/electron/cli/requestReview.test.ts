import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractModel } from '../../../shared/extract/extractModel.ts';
import { cli } from '../../helpers/cliHarness.ts';
import { seedTestDatabase } from '../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../helpers/tempDir.ts';

/** Issue 14.3 from the command line: the same review use cases as the window, and the warning at export. */
describe('inzage request review / withhold, and the unreviewed warning of extract', () => {
  const tempDir = useTempDirs();
  const env = { INZAGE_TODAY: '2026-11-24', INZAGE_CLERK: 'Eva Bos' };

  it('marks a category, withholds a case (a note with "other"), and names the unreviewed categories when exporting', async () => {
    const dir = tempDir();
    const { db, file, result } = seedTestDatabase(dir, 200, 'cli-review');
    db.close();
    const run = (...args: string[]) => cli([...args, '--db', file], { ...env, INZAGE_USER_DATA: dir });
    const created = await run('request', 'new', '--received', '2026-11-20', '--channel', 'letter', '--requester', 'Anna de Jong', '--json');
    const reference = JSON.parse(created.out).reference as string;
    const { debtor, caseId } = result.landmarks.sharedCase;
    expect((await run('request', 'link', reference, debtor)).code).toBe(0);
    const model = JSON.parse((await run('extract', '--request', reference, '--format', 'json')).out) as ExtractModel;
    const withRecords = model.categories.filter((c) => c.records.length > 0);
    const first = withRecords[0]!;

    const marked = await run('request', 'review', reference, first.id);
    expect(marked.code).toBe(0);
    expect(marked.out).toBe(`reviewed  ${first.id}  2026-11-24  Eva Bos\n`);
    const typo = await run('request', 'review', reference, 'contact-histroy');
    expect(typo.code).not.toBe(0);
    expect(typo.err).toContain('the processing register has no data category "contact-histroy"');

    const noNote = await run('request', 'withhold', reference, '--case', caseId, '--reason', 'other');
    expect(noNote.code).not.toBe(0);
    expect(noNote.err).toContain('--reason other needs --note');
    const withheld = await run('request', 'withhold', reference, '--case', caseId, '--reason', 'other', '--note', 'Court file');
    expect(withheld.code).toBe(0);
    expect(withheld.out).toMatch(new RegExp(`^withheld \\d+ records of case ${caseId}\\n$`));

    const exported = await run('extract', '--request', reference, '--out', join(dir, 'out'));
    expect(exported.code).toBe(0);
    const rest = withRecords.slice(1);
    expect(exported.err).toContain(
      `Warning: ${reference}: ${rest.length} categories are not marked reviewed: ` +
        `${rest.map((c) => `${c.label} (${c.records.length})`).join(', ')}. The extract is made all the same`,
    );
    expect(exported.err).not.toContain(`${first.label} (`);

    for (const category of rest) expect((await run('request', 'review', reference, category.id)).code).toBe(0);
    const again = await run('extract', '--request', reference, '--out', join(dir, 'out2'));
    expect(again.code).toBe(0);
    expect(again.err).not.toContain('Warning');
  });
});
