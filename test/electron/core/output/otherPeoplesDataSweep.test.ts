import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../electron/core/db/openDatabase.ts';
import { recordTables } from '../../../../electron/core/db/recordTables.ts';
import { readZip } from '../../../../electron/core/output/archive/readZip.ts';
import { portabilityArchiveFiles } from '../../../../electron/core/output/archive/portabilityArchive.ts';
import type { RecordRow } from '../../../../electron/core/records/loadSubjectRecords.ts';
import { seedTestDatabase } from '../../../helpers/demoDatabase.ts';
import { loadDefaultPolicy } from '../../../../electron/core/policy/loadPolicy.ts';
import { subjectProfileLoader } from '../../../../electron/core/records/loadSubjectProfile.ts';
import { assembleExtract } from '../../../../shared/extract/assembleExtract.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

/**
 * Issue 12.4, done-when: on the demo database, no extract of a person in a shared case contains another
 * party's identifying values or record ids outside their shared cases (no lift is recorded here). Every
 * person who shares a case is walked, in Dutch and English; what is searched is the extract model the
 * PDF and preview are drawn from and every file of the portability archive.
 */
describe('other parties’ data outside the cases two people share (Art. 15(4), issue 12.4)', () => {
  const suiteDir = useTempDirs('suite');
  let db: Db;
  const all = (sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as RecordRow[];
  beforeAll(() => {
    db = seedTestDatabase(suiteDir(), 400, '42').db;
  });
  afterAll(() => db.close());

  /** Everything of `other` that is not on a case in `shared`: record ids, and values that identify them. */
  function outsideShared(other: string, shared: ReadonlySet<string>): { ids: Set<string>; values: Set<string> } {
    const ids = new Set<string>([other]);
    const values = new Set<string>();
    for (const [table, columns] of Object.entries(recordTables)) {
      if (!(columns as readonly string[]).includes('subject_id')) continue;
      for (const row of all(`SELECT * FROM ${table} WHERE subject_id = ?`, other)) {
        if (row.case_id !== undefined && row.case_id !== null && shared.has(String(row.case_id))) continue;
        ids.add(String(row.id));
        if (table === 'case_parties') ids.add(String(row.case_id));
      }
    }
    for (const row of all('SELECT given_names, particle, surname FROM subject_names WHERE subject_id = ?', other))
      values.add([row.given_names, row.particle, row.surname].filter((p) => p !== null && p !== '').join(' '));
    for (const row of all('SELECT email FROM email_addresses WHERE subject_id = ?', other)) values.add(String(row.email));
    for (const row of all('SELECT phone_e164 FROM phone_numbers WHERE subject_id = ?', other)) values.add(String(row.phone_e164));
    for (const row of all('SELECT iban FROM bank_accounts WHERE subject_id = ?', other)) values.add(String(row.iban));
    return { ids, values };
  }

  /** Values the requester holds themselves (a shared phone number, the same name) prove nothing either way. */
  function ownValues(subjectId: string): Set<string> {
    return new Set(
      [
        ...all('SELECT email AS v FROM email_addresses WHERE subject_id = ?', subjectId),
        ...all('SELECT phone_e164 AS v FROM phone_numbers WHERE subject_id = ?', subjectId),
        ...all('SELECT iban AS v FROM bank_accounts WHERE subject_id = ?', subjectId),
        ...all(
          "SELECT given_names || ' ' || COALESCE(particle || ' ', '') || surname AS v FROM subject_names WHERE subject_id = ?",
          subjectId,
        ),
      ].map((r) => String(r.v)),
    );
  }

  it.each(['nl', 'en'] as const)('holds for every person who shares a case (%s)', async (language) => {
    const policy = loadDefaultPolicy();
    const load = subjectProfileLoader(db);
    const pairs = all(
      'SELECT DISTINCT a.subject_id AS me, b.subject_id AS other FROM case_parties a JOIN case_parties b ' +
        'ON b.case_id = a.case_id AND b.subject_id <> a.subject_id ORDER BY me, other',
    );
    const people = [...new Set(pairs.map((p) => String(p.me)))];
    expect(people.length).toBeGreaterThan(100);
    // Not vacuous: many of the other parties have records outside what they share (their own cases, names, checks).
    let checkedIds = 0;
    for (const me of people) {
      // The requester's and clerk's names are neutral here: the demo helper's are names of demo people.
      const model = assembleExtract(
        load([me]),
        policy,
        {
          reference: 'INZ-2026-0412',
          receivedOn: '2026-10-20',
          kind: 'both',
          language,
          requester: { name: 'Aanvrager' },
          subjectIds: [me],
          clerk: 'C. Lerk',
        },
        '2026-11-01',
      );
      const files = (await portabilityArchiveFiles(model, Buffer.from('%PDF-1.7 placeholder'), 'extract.pdf')).filter(
        (f) => f.path !== 'extract.pdf',
      );
      // The workbook is a zip of XML: its sheets and shared strings are read inflated, as text.
      const texts = files.flatMap((f) => (f.path.endsWith('.xlsx') ? readZip(f.data).map((entry) => entry.data) : [f.data]));
      const text = [JSON.stringify(model), ...texts.map((data) => data.toString('utf8'))].join('\n');
      const tokens = new Set(text.match(/[A-Z]{3}\d{7}|S\d{7}|INC-\d{4}-\d{7}/g) ?? []);
      const mine = ownValues(me);
      for (const other of pairs.filter((p) => p.me === me).map((p) => String(p.other))) {
        const shared = new Set(
          all(
            'SELECT a.case_id FROM case_parties a JOIN case_parties b ON b.case_id = a.case_id WHERE a.subject_id = ? AND b.subject_id = ?',
            me,
            other,
          ).map((r) => String(r.case_id)),
        );
        // A case of theirs the requester is also on through someone else is the requester's own case.
        const mineCases = new Set(all('SELECT case_id FROM case_parties WHERE subject_id = ?', me).map((r) => String(r.case_id)));
        const { ids, values } = outsideShared(other, shared);
        for (const id of ids) {
          if (mineCases.has(id)) continue;
          checkedIds++;
          expect(tokens.has(id), `${me}'s extract names ${id} of ${other}`).toBe(false);
        }
        for (const value of values)
          if (!mine.has(value)) expect(text.includes(value), `${me}'s extract holds a value of ${other}`).toBe(false);
      }
    }
    expect(checkedIds).toBeGreaterThan(500);
  });
});
