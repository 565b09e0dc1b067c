import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DemoLandmarks } from '../../../electron/core/demo/landmarks.ts';
import { readLandmarks } from '../../../electron/core/demo/seedDatabase.ts';
import { loadDefaultPolicy } from '../../../electron/core/policy/loadPolicy.ts';
import { extractModelSchema } from '../../../shared/extract/extractModel.ts';
import { cli } from '../../helpers/cliHarness.ts';
import { seedTestDatabase } from '../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../helpers/tempDir.ts';

describe('inzage extract and inzage retention', () => {
  const suiteDir = useTempDirs('suite');
  const tempDir = useTempDirs();
  let file: string;
  let lm: DemoLandmarks;
  beforeAll(() => {
    const seeded = seedTestDatabase(suiteDir(), 200, 'cli-extract');
    file = seeded.file;
    lm = readLandmarks(seeded.db)!;
    seeded.db.close();
  });

  it('prints the extract model of a merged person as JSON in the language asked for', async () => {
    const [a, b] = lm.duplicatePair;
    const result = await cli([
      'extract',
      '--db',
      file,
      '--subject',
      a,
      '--subject',
      b,
      '--format',
      'json',
      '--lang',
      'en',
      '--today',
      '2026-11-01',
      '--reference',
      'REF-7',
      '--clerk',
      'C. Lerk',
    ]);
    expect(result.code).toBe(0);
    const model = extractModelSchema.parse(JSON.parse(result.out));
    expect(model.subjects.map((s) => s.subjectId)).toEqual([a, b]);
    expect(model).toMatchObject({
      language: 'en',
      generatedOn: '2026-11-01',
      request: { reference: 'REF-7', clerk: 'C. Lerk', receivedOn: '2026-11-01' },
    });
    expect(model.request.requesterName).toBe(model.subjects[0]!.displayName);
  });

  it('writes the model to --out through a temporary file, with the audit checkpoint beside it and nothing else', async () => {
    const dir = tempDir();
    const out = join(dir, 'extract.json');
    const result = await cli(['extract', '--db', file, '--subject', lm.legalHold, '--format', 'json', '--out', out], {
      INZAGE_TODAY: '2026-11-01',
      INZAGE_CLERK: 'D. Esk',
    });
    expect(result).toMatchObject({ code: 0, out: '' });
    expect(readdirSync(dir).sort()).toEqual(['audit-checkpoint.json', 'extract.json']);
    const model = extractModelSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(model).toMatchObject({ language: 'nl', generatedOn: '2026-11-01', request: { clerk: 'D. Esk' } });
    expect(result.err).not.toContain(model.subjects[0]!.displayName); // no personal data in the log
  });

  it('refuses bad arguments with exit code 2 and an unknown subject with exit code 1', async () => {
    expect((await cli(['extract', '--db', file, '--format', 'json'])).err).toMatch(/at least one --subject/);
    expect((await cli(['extract', '--db', file, '--subject', lm.legalHold])).code).toBe(2);
    expect((await cli(['extract', '--db', file, '--subject', lm.legalHold, '--format', 'docx'])).err).toMatch(
      /--format must be one of pdf, json/,
    );
    expect((await cli(['extract', '--db', file, '--subject', lm.legalHold, '--format', 'json', '--lang', 'de'])).code).toBe(2);
    expect((await cli(['extract', '--db', file, '--subject', lm.legalHold, '--format', 'json', '--today', '1-11-2026'])).code).toBe(2);
    const missing = await cli(['extract', '--db', file, '--subject', 'S9999999', '--format', 'json']);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/No data subject with id "S9999999"/);
    const out = join(tempDir(), 'x.json');
    await cli(['extract', '--db', file, '--subject', 'S9999999', '--format', 'json', '--out', out]);
    expect(existsSync(out)).toBe(false);
  });

  it('lists overdue records by id and rule, with no personal data, the unsubscribed prospect among them', async () => {
    const result = await cli(['retention', '--overdue', '--db', file, '--today', '2026-11-01', '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out) as {
      count: number;
      records: { table: string; recordId: string; ruleId: string; until: string; reason: string }[];
    };
    expect(report.count).toBe(report.records.length);
    const ruleIds = new Set(loadDefaultPolicy().retentionRules.map((r) => r.id));
    for (const record of report.records) {
      expect(ruleIds.has(record.ruleId)).toBe(true);
      expect(record.until <= '2026-11-01').toBe(true);
    }
    expect(report.records.some((r) => r.table === 'marketing_contacts' && r.reason === 'unsubscribed')).toBe(true);
    const text = await cli(['retention', '--overdue', '--db', file, '--today', '2026-11-01']);
    expect(text.out).toMatch(/^[\d,]+ records past their retention date on 2026-11-01/);
    expect(text.out).not.toMatch(/Sanne|Kok/);
    expect((await cli(['retention', '--db', file])).code).toBe(2);
  });
});
