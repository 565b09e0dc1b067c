import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { totalLine } from '../../../electron/cli/commands/search.ts';
import { cli } from '../../helpers/cliHarness.ts';
import { useTempDirs } from '../../helpers/tempDir.ts';
import { exportJsonl } from '../../../electron/core/importer/exportJsonl.ts';
import { openKeyedDatabase } from '../../helpers/testKeys.ts';

describe('inzage search and inzage import', () => {
  const tempDir = useTempDirs();

  it('searches a seeded database and prints JSON with subjectId, score, displayName, birthDate and evidence', async () => {
    const file = join(tempDir(), 'demo.db');
    expect((await cli(['seed', '--db', file, '--subjects', '100', '--seed', 'cli-search'])).code).toBe(0);
    const json = await cli(['search', 'Jan van den Berg', '--db', file, '--json', '--limit', '3']);
    expect(json.code).toBe(0);
    const results = JSON.parse(json.out) as {
      subjectId: string;
      score: number;
      displayName: string;
      birthDate: string;
      evidence: unknown[];
    }[];
    expect(results.length).toBeLessThanOrEqual(3);
    expect(
      results
        .slice(0, 2)
        .map((r) => r.birthDate)
        .sort(),
    ).toEqual(['1961-07-30', '1984-03-12']);
    expect(results[0]).toMatchObject({
      displayName: 'Jan van den Berg',
      evidence: expect.arrayContaining([expect.objectContaining({ field: 'surname', how: 'exact' })]),
    });
    // How many are shown of how many match, in both languages (issue 14).
    expect((await cli(['search', 'Jan van den Berg', '--db', file, '--limit', '1'])).out).toMatch(
      /^1 of 2 shown: add a birth date or postcode, or give --limit\. \/ 1 van 2 getoond: /,
    );
    expect((await cli(['search', 'Jan van den Berg', '--db', file])).out).toMatch(/^2 found\. \/ 2 gevonden\.\n/);
    // Counting every match is asked with --count-all; beyond the cap (1,000) the line says "more than" (issue 14.9).
    expect((await cli(['search', 'Jan van den Berg', '--db', file, '--count-all'])).out).toMatch(/^2 found\. \/ 2 gevonden\.\n/);
    expect(totalLine(20, 1000, true)).toMatch(/^20 of more than 1000 shown: .*--count-all.* \/ 20 van meer dan 1000 getoond: /);
    const text = await cli(['search', '06-87654321', '--db', file]);
    expect(text.out).toMatch(/Jan van den Berg +born 1984-03-12[\s\S]*matched: phone normalised "\+31687654321"/);
    // Found by his phone alone, Jan is still shown with his namesake, who is not among the results (issue 14.2).
    expect(text.out).not.toMatch(/Jan van den Berg +born 1961-07-30/);
    expect(text.out).toMatch(/same name as \/ zelfde naam als: S\d+ \(born 1961-07-30, Herestraat 7/);
    expect((await cli(['search', '--db', file])).code).toBe(2);
    expect((await cli(['search', 'x', '--db', file, '--limit', '0'])).code).toBe(2);
  });

  it('imports an export into a new database with progress on stderr, and fails with exit 1 and the line on a bad file', async () => {
    const dir = tempDir();
    const source = join(dir, 'source.db');
    await cli(['seed', '--db', source, '--subjects', '60', '--seed', 'cli-import']);
    const exported = join(dir, 'export.jsonl');
    const records = exportJsonl(openKeyedDatabase(source, { readonly: true }), exported);
    const target = join(dir, 'target.db');
    await cli(['seed', '--db', target, '--subjects', '40', '--seed', 'other']);
    const imported = await cli(['import', exported, '--db', target]);
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(new RegExp(`Imported ${records.toLocaleString('en')} records`));
    expect(imported.err).toMatch(/updating the search index/);
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(
      bad,
      '{"format":"inzage-case-records","version":1}\n' +
        '{"table":"subjects","record":{"id":"X1","birth_date":"1984-13-01","created_on":"2020-01-01","source":"client"}}\n',
    );
    const failed = await cli(['import', bad, '--db', target]);
    expect(failed.code).toBe(1);
    expect(failed.err).toBe(
      'inzage import: bad.jsonl:2: subjects.birth_date: must be a calendar date ' +
        'written YYYY-MM-DD; got "9999-99-99" (nothing was imported)\n',
    );
  });
});
