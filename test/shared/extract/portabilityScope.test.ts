import { parse } from 'csv-parse/sync';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractPreview } from '../../../renderer/screens/preview/ExtractPreview.tsx';
import type { Db } from '../../../electron/core/db/openDatabase.ts';
import { readLandmarks } from '../../../electron/core/demo/seedDatabase.ts';
import type { DemoLandmarks } from '../../../electron/core/demo/landmarks.ts';
import { portabilityArchiveFiles } from '../../../electron/core/output/archive/portabilityArchive.ts';
import { loadDefaultPolicy } from '../../../electron/core/policy/loadPolicy.ts';
import { loadSubjectProfile } from '../../../electron/core/records/loadSubjectProfile.ts';
import type { RecordRow } from '../../../electron/core/records/loadSubjectRecords.ts';
import { assembleExtract } from '../../../shared/extract/assembleExtract.ts';
import type { ExtractModel, Language } from '../../../shared/extract/extractModel.ts';
import { categoryCsv, shapePortableData } from '../../../shared/output/portableData.ts';
import { seedTestDatabase } from '../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../helpers/tempDir.ts';

/**
 * Issue 12.11, Art. 20(1): the portability archive holds only what the person provided or what their
 * conduct produced (their payments, the contacts they made), on contract or consent; creditor-supplied
 * case data, the organisation's own letters and special-category data kept under Art. 9(2)(f) stay out,
 * and the extract and the archive's README say per kind what was left out and why. The rule is register
 * data (recordKinds.*.portability and .portabilityScope). No CSV repeats a column.
 */
const policy = loadDefaultPolicy();

describe('what the portability archive holds (Art. 20, issue 12.11)', () => {
  const suiteDir = useTempDirs('suite');
  let db: Db;
  let lm: DemoLandmarks;
  const all = (sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as RecordRow[];
  beforeAll(() => {
    db = seedTestDatabase(suiteDir(), 400, '42').db;
    lm = readLandmarks(db)!;
  });
  afterAll(() => db.close());

  const extract = (subjectId: string, language: Language): ExtractModel =>
    assembleExtract(
      loadSubjectProfile(db, [subjectId]),
      policy,
      {
        reference: 'INZ-2026-0412',
        receivedOn: '2026-10-20',
        kind: 'portability',
        language,
        requester: { name: 'Aanvrager' },
        subjectIds: [subjectId],
        clerk: 'C. Lerk',
      },
      '2026-11-01',
    );
  const portableIds = (model: ExtractModel) =>
    new Set(shapePortableData(model).categories.flatMap((c) => c.records.map((r) => r.recordId)));

  it.each(['nl', 'en'] as const)(
    'takes the person’s payments and the contacts they made, not the creditor’s case data or our letters (%s)',
    async (language) => {
      const subjectId = lm.sharedCase.debtor;
      const model = extract(subjectId, language);
      const ids = portableIds(model);
      const cases = all('SELECT case_id FROM case_parties WHERE subject_id = ?', subjectId).map((r) => String(r.case_id));
      const inCases = (table: string) => all(`SELECT * FROM ${table} WHERE case_id IN (${cases.map(() => '?').join(',')})`, ...cases);
      for (const row of all('SELECT id FROM payments WHERE subject_id = ?', subjectId)) expect(ids.has(String(row.id))).toBe(true);
      for (const row of all('SELECT id, direction, source FROM communications WHERE subject_id = ?', subjectId))
        expect(ids.has(String(row.id)), `${String(row.id)} ${String(row.direction)}`).toBe(row.source === 'data-subject');
      expect(all("SELECT id FROM communications WHERE subject_id = ? AND direction = 'out'", subjectId).length).toBeGreaterThan(0);
      for (const table of ['cases', 'claims', 'case_parties']) {
        const rows = table === 'cases' ? cases.map((id) => ({ id })) : inCases(table);
        expect(rows.length).toBeGreaterThan(0);
        for (const row of rows) expect(ids.has(String(row.id)), `${table} ${String(row.id)}`).toBe(false);
      }
      // Her name and address came from the creditor: not provided by her.
      for (const row of all("SELECT id FROM subject_names WHERE subject_id = ? AND source <> 'data-subject'", subjectId))
        expect(ids.has(String(row.id))).toBe(false);
      // Each kind left out (wholly or in part) has one line saying why, in the request's language.
      const excluded = model.portability.excluded;
      const line = (kind: string) => excluded.filter((e) => e.recordKind === kind);
      expect(line('communications')).toHaveLength(1);
      expect(line('communications')[0]!.reason).toBe(policy.recordKinds.communications!.portabilityScope!.outOfScopeReason[language]);
      expect(line('claims')[0]!.reason).toBe(policy.recordKinds.claims!.portabilityReason[language]);
      const kinds = excluded.map((e) => `${e.recordKind}|${e.reason}`);
      expect(new Set(kinds).size).toBe(kinds.length);
      // The extract has a section for it when a copy to take along was asked for; the README repeats the lines.
      expect(model.outline.find((section) => section.id === 'portability')?.heading).toBe(
        language === 'nl' ? 'Uw gegevens om mee te nemen' : 'Your data to take along',
      );
      const markup = renderToStaticMarkup(createElement(ExtractPreview, { model })).replace(/&#x27;/g, "'");
      for (const entry of excluded) expect(markup).toContain(entry.reason);
      const readme = (await portabilityArchiveFiles(model, Buffer.from('%PDF'), 'x.pdf'))
        .find((f) => f.path === 'README.txt')!
        .data.toString('utf8');
      for (const entry of excluded) expect(readme.replace(/\s+/g, ' ')).toContain(entry.reason.replace(/\s+/g, ' '));
    },
  );

  it.each(['nl', 'en'] as const)('leaves out special-category data kept for legal claims under Art. 9(2)(f) (%s)', (language) => {
    const rows = all('SELECT id, legal_ground FROM special_category_data WHERE subject_id = ?', lm.specialCategory);
    expect(rows.map((r) => r.legal_ground)).toEqual(['art9-2-f']);
    const model = extract(lm.specialCategory, language);
    expect(portableIds(model).has(String(rows[0]!.id))).toBe(false);
    expect(model.portability.excluded.find((e) => e.recordKind === 'special_category_data')?.reason).toBe(
      policy.recordKinds.special_category_data!.portabilityScope!.outOfScopeReason[language],
    );
  });

  it('writes no CSV that repeats a column, for every person in the demo database', () => {
    const subjects = all('SELECT id FROM subjects ORDER BY id').map((r) => String(r.id));
    let files = 0;
    for (const subjectId of subjects) {
      for (const category of shapePortableData(extract(subjectId, 'en')).categories) {
        const csv = categoryCsv(category);
        const header = csv.slice(0, csv.indexOf('\r\n')).split(',');
        expect(new Set(header).size, `${subjectId} ${category.csvFile}: ${header.join(',')}`).toBe(header.length);
        // Nor the same values under two names (an "id" beside "record_id").
        const rows = parse(csv, { columns: false }) as string[][];
        for (let a = 0; a < header.length; a++)
          for (let b = a + 1; b < header.length; b++)
            if (rows.length > 2 && rows.slice(1).every((row) => row[a] === row[b] && row[a] !== ''))
              expect.fail(`${subjectId} ${category.csvFile}: ${header[a]} repeats ${header[b]}`);
        files++;
      }
    }
    expect(files).toBeGreaterThan(300);
  });
});
