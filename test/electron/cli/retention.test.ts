import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/core/db/openDatabase.ts';
import { cli } from '../../helpers/cliHarness.ts';
import { seedTestDatabase } from '../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../helpers/tempDir.ts';

/**
 * Issue 12.3 on the demo database (seed 42, as in the issue; its first 2,000 subjects are those of the
 * 20,000-subject demo): `inzage retention --overdue` must list no record that must still be kept. What
 * must be kept is worked out here independently, in SQL and plain date arithmetic, from the records.
 */
const TODAY = '2026-12-07';

interface Report {
  count: number;
  records: { table: string; recordId: string; ruleId: string; until: string; reason: string }[];
  heldPastPeriod: { table: string; recordId: string; ruleId: string; normalUntil: string; holdId: string; holdStartedOn: string }[];
}

/** Five years on; 29 February becomes 28 February (the last day of that month). */
function plusFiveYears(date: string): string {
  const [y, m, d] = date.split('-');
  const year = Number(y) + 5;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${year}-${m}-${m === '02' && d === '29' && !leap ? '28' : d}`;
}

describe('inzage retention --overdue on the demo database (issue 12.3)', () => {
  const suiteDir = useTempDirs('suite');
  let file: string;
  let db: Db;
  let report: Report;
  const all = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as T[];

  beforeAll(async () => {
    const seeded = seedTestDatabase(suiteDir(), 2000, '42');
    file = seeded.file;
    db = seeded.db;
    const result = await cli(['retention', '--overdue', '--db', file, '--today', TODAY, '--json']);
    expect(result.code).toBe(0);
    report = JSON.parse(result.out) as Report;
  }, 60_000);

  const listed = () => new Set(report.records.map((r) => `${r.table}:${r.recordId}`));

  it('lists no AML check whose business relationship still runs, nor one within five years of its end (Wwft art. 33)', () => {
    const checks = all<{
      id: string;
      subject_id: string;
      organisation_id: string | null;
      transaction_on: string | null;
      ended: string | null;
    }>('SELECT id, subject_id, organisation_id, transaction_on, relationship_ended_on AS ended FROM aml_checks');
    const roles = all<{ subject_id: string; organisation_id: string; ended_on: string | null }>(
      'SELECT subject_id, organisation_id, ended_on FROM organisation_roles',
    );
    const mustKeep: string[] = [];
    let running = 0;
    for (const check of checks) {
      const own = roles.filter((r) => r.subject_id === check.subject_id && r.organisation_id === check.organisation_id);
      if (own.some((r) => r.ended_on === null)) {
        running++;
        mustKeep.push(check.id);
        continue;
      }
      const ends = [check.ended, ...own.map((r) => r.ended_on)].filter((d): d is string => d !== null).sort();
      const trigger = ends.at(-1) ?? check.transaction_on;
      if (trigger === null || plusFiveYears(trigger) >= TODAY) mustKeep.push(check.id);
    }
    expect(running).toBeGreaterThan(0);
    expect(mustKeep).toContain('AML0000014'); // S0001686, still a guarantor at ORG0003 (ROL0000063)
    const wrong = mustKeep.filter((id) => listed().has(`aml_checks:${id}`));
    expect(wrong).toEqual([]);
    // And what is listed under the AML rule is past five years.
    const amlListed = report.records.filter((r) => r.table === 'aml_checks');
    for (const record of amlListed) expect(mustKeep).not.toContain(record.recordId);
    expect(amlListed.length + mustKeep.length).toBe(checks.length);
  });

  it('lists no record of a running case nor one a legal hold keeps, and flags the held records of S0000016', () => {
    const tables = all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
      .map((t) => t.name)
      .filter((name) => all<{ name: string }>(`SELECT name FROM pragma_table_info('${name}')`).some((c) => c.name === 'case_id'));
    const keptCasesSql =
      'SELECT id FROM cases WHERE closed_on IS NULL UNION SELECT case_id FROM legal_holds WHERE ended_on IS NULL AND case_id IS NOT NULL';
    const keptCases = all<{ id: string }>(keptCasesSql).map((c) => c.id);
    expect(keptCases.length).toBeGreaterThan(0);
    const mustKeep = new Set(keptCases.map((id) => `cases:${id}`));
    for (const table of tables.filter((name) => !name.startsWith('request'))) {
      for (const row of all<{ id: string }>(`SELECT id FROM ${table} WHERE case_id IN (${keptCasesSql})`))
        mustKeep.add(`${table}:${row.id}`);
    }
    const wrong = [...listed()].filter((key) => mustKeep.has(key));
    expect(wrong).toEqual([]);

    // The demo's hold: placed on 2022-11-15 on a case closed 2019-08-30, whose 36 months had ended on 2022-08-30.
    const hold = all<{ id: string; case_id: string; started_on: string }>("SELECT * FROM legal_holds WHERE subject_id = 'S0000016'")[0]!;
    const flagged = report.heldPastPeriod.filter((r) => r.holdId === hold.id);
    expect(flagged.map((r) => `${r.table}:${r.recordId}`)).toContain(`cases:${hold.case_id}`);
    for (const record of flagged) {
      expect(record.normalUntil < hold.started_on).toBe(true);
      expect(listed().has(`${record.table}:${record.recordId}`)).toBe(false);
    }
  });

  it('says so in the text output, by id and rule only', async () => {
    const text = await cli(['retention', '--overdue', '--db', file, '--today', TODAY]);
    expect(text.out).toMatch(/records kept by a legal hold whose own period had ended before the hold began/);
    expect(text.out).toMatch(/cases\tINC-\d{4}-\d{7}\tcase-closed\+36m\tnormally until 2022-08-30\tHLD0000001 since 2022-11-15/);
    expect(text.out).not.toMatch(/AML0000014/);
  });
});
