import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cliHarness.ts';
import { seedTestDatabase } from '../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../helpers/tempDir.ts';
import { openKeyedDatabase } from '../../helpers/testKeys.ts';

/** The request register, letters, audit trail and report driven end to end through the CLI. */
describe('inzage request / audit / report', () => {
  const tempDir = useTempDirs('suite');
  let template = '';
  let debtor = '';

  beforeAll(() => {
    const dir = tempDir();
    const { db, file } = seedTestDatabase(dir, 40, 'cli-requests');
    debtor = (db.prepare("SELECT value FROM meta WHERE key = 'demo.landmarks'").get() as { value: string }).value;
    debtor = JSON.parse(debtor).sharedCase.debtor as string;
    db.close();
    template = file;
  });

  /** A fresh copy of the seeded database per test. */
  async function freshDb(): Promise<string> {
    const file = join(tempDir(), 'db.db');
    copyFileSync(template, file);
    return file;
  }

  const env = (today: string) => ({ INZAGE_CLERK: 'M. de Vries', INZAGE_TODAY: today });

  /** Ids of two of the debtor's own records: a redaction must name one of the linked subjects' records. */
  function ownRecords(file: string): { party: string; letter: string } {
    const db = openKeyedDatabase(file, { readonly: true });
    const id = (table: string) =>
      (db.prepare(`SELECT id FROM ${table} WHERE subject_id = ? ORDER BY id LIMIT 1`).get(debtor) as { id: string }).id;
    const records = { party: id('case_parties'), letter: id('communications') };
    db.close();
    return records;
  }

  it('registers a request and prints its reference and due date', async () => {
    const db = await freshDb();
    const json = await cli(
      ['request', 'new', '--db', db, '--received', '2026-03-05', '--channel', 'letter', '--requester', 'Anna de Jong', '--json'],
      env('2026-03-06'),
    );
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)).toEqual({ reference: 'INZ-2026-0001', receivedOn: '2026-03-05', due: '2026-04-07', daysLeft: 32 });
    const text = await cli(
      ['request', 'new', '--db', db, '--received', '2026-03-27', '--channel', 'portal', '--requester', 'B. Bakker'],
      env('2026-03-27'),
    );
    expect(text.out).toMatch(/^INZ-2026-0002 {2}received 2026-03-27, due 2026-04-28, 32 day\(s\) left/);
  });

  it('refuses bad arguments with exit code 2 and names the flag', async () => {
    const db = await freshDb();
    const bad = await cli(
      ['request', 'new', '--db', db, '--received', '5-3-2026', '--channel', 'letter', '--requester', 'A'],
      env('2026-03-06'),
    );
    expect(bad).toMatchObject({ code: 2, err: expect.stringMatching(/--received must be a date YYYY-MM-DD, got "5-3-2026"/) });
    const channel = await cli(
      ['request', 'new', '--db', db, '--received', '2026-03-05', '--channel', 'fax', '--requester', 'A'],
      env('2026-03-06'),
    );
    expect(channel).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--channel must be one of letter, email, portal, phone, got "fax"/),
    });
    expect((await cli(['request', 'status', 'INZ-2026-0001', 'lost', '--db', db], env('2026-03-06'))).err).toMatch(/STATUS must be one of/);
    expect((await cli(['request', 'frob'], env('2026-03-06'))).code).toBe(2);
    const missing = await cli(['request', 'show', 'INZ-2026-0099', '--db', db], env('2026-03-06'));
    expect(missing).toMatchObject({ code: 1, err: expect.stringMatching(/No request with reference "INZ-2026-0099"/) });
  });

  it('walks a request through identity, extension, letters and sending; refuses what makes no sense', async () => {
    const db = await freshDb();
    const run = (today: string, ...args: string[]) => cli([...args, '--db', db], env(today));
    await run(
      '2026-11-16',
      'request',
      'new',
      '--received',
      '2026-11-16',
      '--channel',
      'email',
      '--requester',
      'Anna de Jong',
      '--email',
      'anna@example.org',
      '--lang',
      'en',
    );
    const early = await run('2026-11-17', 'request', 'status', 'INZ-2026-0001', 'in-progress');
    expect(early).toMatchObject({ code: 1, err: expect.stringMatching(/before the identity is verified/) });
    // Recording the identity check moves the request on to "in-progress", as in the app (one use case).
    const identity = await run(
      '2026-11-17',
      'request',
      'identity',
      'INZ-2026-0001',
      '--method',
      'date of birth and previous address match',
    );
    expect(identity.code).toBe(0);
    expect(identity.out).toMatch(/^INZ-2026-0001 {2}in-progress/);
    const already = await run('2026-11-17', 'request', 'status', 'INZ-2026-0001', 'in-progress');
    expect(already).toMatchObject({ code: 1, err: expect.stringMatching(/INZ-2026-0001: the request is already "in-progress"/) });
    expect((await run('2026-11-17', 'request', 'link', 'INZ-2026-0001', debtor, '--evidence', '{"matched":["email"]}')).code).toBe(0);
    expect((await run('2026-11-18', 'show', debtor, '--request', 'INZ-2026-0001', '--json')).code).toBe(0);

    const extended = await run('2026-12-16', 'request', 'extend', 'INZ-2026-0001', '--reason', '14 cases to review', '--json');
    expect(JSON.parse(extended.out).deadline).toMatchObject({ due: '2027-02-16', extended: true, daysLeft: 62 });
    const letterFile = join(tempDir(), 'extension.txt');
    const letter = await run('2026-12-16', 'request', 'letter', 'INZ-2026-0001', '--kind', 'extension', '--out', letterFile);
    expect(letter.code).toBe(0);
    const letterText = readFileSync(letterFile, 'utf8');
    expect(letterText).toMatch(/14 cases to review/);
    expect(letterText).toMatch(/16\s+February\s+2027/);
    expect(readdirSync(join(letterFile, '..')).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    for (const status of ['ready', 'sent']) expect((await run('2027-01-20', 'request', 'status', 'INZ-2026-0001', status)).code).toBe(0);
    const again = await run('2027-01-21', 'request', 'extend', 'INZ-2026-0001', '--reason', 'more');
    expect(again).toMatchObject({ code: 1, err: expect.stringMatching(/Cannot extend a request that is "sent"/) });

    const shown = JSON.parse((await run('2027-01-21', 'request', 'show', 'INZ-2026-0001', '--json')).out);
    expect(shown).toMatchObject({ status: 'sent', closedOn: '2027-01-20', identity: { noCopyKept: true } });
    expect(shown.outputs).toEqual([
      expect.objectContaining({
        fileName: 'extension.txt',
        kind: 'letter-extension',
        sha256: createHash('sha256').update(letterText).digest('hex'),
      }),
    ]);

    const history = await run('2027-01-21', 'audit', 'export', '--request', 'INZ-2026-0001');
    const exported = JSON.parse(history.out);
    expect(exported.chain).toMatchObject({ ok: true });
    expect(exported.entries.map((e: { action: string }) => e.action)).toEqual([
      'request.create',
      'request.identity',
      'request.status',
      'request.link-subject',
      'subject.open',
      'request.extend',
      // The letter written out is fixed first (issue 14.8), then recorded as an output.
      'letter.fix',
      'export',
      'request.status',
      'request.status',
    ]);
    expect(history.out).not.toMatch(/Anna|anna@example/);
  });

  it('refuses an extension asked for too late, and lists overdue requests', async () => {
    const db = await freshDb();
    const run = (today: string, ...args: string[]) => cli([...args, '--db', db], env(today));
    await run('2026-03-05', 'request', 'new', '--received', '2026-03-05', '--channel', 'letter', '--requester', 'A');
    await run('2026-04-01', 'request', 'new', '--received', '2026-04-01', '--channel', 'letter', '--requester', 'B');
    const late = await run('2026-04-08', 'request', 'extend', 'INZ-2026-0001', '--reason', 'complex');
    expect(late).toMatchObject({
      code: 1,
      err: expect.stringMatching(/first month ended on 2026-04-07, and 2026-04-08 is 1 day\(s\) later/),
    });
    const overdue = await run('2026-04-08', 'request', 'list', '--overdue');
    expect(overdue.out).toMatch(/INZ-2026-0001 .*OVERDUE by 1 day\(s\)/);
    expect(overdue.out).not.toMatch(/INZ-2026-0002/);
    const all = JSON.parse((await run('2026-04-08', 'request', 'list', '--json')).out);
    expect(all.map((r: { reference: string; daysLeft: number }) => [r.reference, r.daysLeft])).toEqual([
      ['INZ-2026-0001', -1],
      ['INZ-2026-0002', 23],
    ]); // due 1 May 2026, a Friday
  });

  it('audit verify passes on an untouched log and names the first bad entry after tampering', async () => {
    const db = await freshDb();
    const run = (today: string, ...args: string[]) => cli([...args, '--db', db], env(today));
    for (const name of ['A', 'B', 'C'])
      await run('2026-03-05', 'request', 'new', '--received', '2026-03-05', '--channel', 'letter', '--requester', name);
    await run('2026-03-05', 'show', debtor);
    expect(await run('2026-03-06', 'audit', 'verify')).toMatchObject({ code: 0, out: expect.stringMatching(/intact: 4 entries/) });
    const raw = openKeyedDatabase(db);
    raw.exec('DROP TRIGGER audit_log_no_update');
    raw.prepare("UPDATE audit_log SET actor = 'someone else' WHERE seq = 2").run();
    raw.close();
    const broken = await run('2026-03-06', 'audit', 'verify');
    expect(broken).toMatchObject({ code: 1, err: expect.stringMatching(/BROKEN at entry 2: entry 2 was changed/) });
    expect(JSON.parse((await run('2026-03-06', 'audit', 'verify', '--json')).out)).toMatchObject({ ok: false, firstBad: 2 });
  });

  it('refuses a late identity pause, and the report counts a pause recorded before that rule as late (issue 12)', async () => {
    const db = await freshDb();
    const run = (today: string, ...args: string[]) => cli([...args, '--db', db], env(today));
    await run('2026-01-05', 'request', 'new', '--received', '2026-01-05', '--channel', 'letter', '--requester', 'A');
    // Due 5 Feb 2026; on 20 Feb the request is 15 days overdue and the pause is refused, saying why.
    const refused = await run('2026-02-20', 'request', 'status', 'INZ-2026-0001', 'identity-pending');
    expect(refused).toMatchObject({ code: 1, err: expect.stringMatching(/deadline ended on 2026-02-05.*15 day\(s\) later/) });
    await run('2026-03-18', 'request', 'identity', 'INZ-2026-0001', '--method', 'signature matches');
    for (const to of ['ready', 'sent']) await run('2026-03-20', 'request', 'status', 'INZ-2026-0001', to);
    // A register written before the rule holds the pause the issue found (20 Feb to 18 Mar): it stays on
    // record but does not move the due date, so the answer of 20 Mar is late (the issue saw answeredInTime: 1).
    const raw = openKeyedDatabase(db);
    raw
      .prepare(
        "INSERT INTO request_pauses (request_id, reason, from_on, until_on, by) SELECT id, 'identity', '2026-02-20', '2026-03-18', 'c' " +
          "FROM requests WHERE reference = 'INZ-2026-0001'",
      )
      .run();
    raw.close();
    const shown = await run('2026-03-31', 'request', 'show', 'INZ-2026-0001');
    expect(shown.out).toMatch(/pause +identity: 2026-02-20 → 2026-03-18/);
    const total = JSON.parse((await run('2026-03-31', 'report', '--json')).out).report.at(-1);
    expect(total).toMatchObject({ month: 'total', answered: 1, answeredInTime: 0 });
  });

  it('reports per month as a table and as RFC 4180 CSV', async () => {
    const db = await freshDb();
    const run = (today: string, ...args: string[]) => cli([...args, '--db', db], env(today));
    await run('2026-03-05', 'request', 'new', '--received', '2026-03-05', '--channel', 'letter', '--requester', 'A');
    await run('2026-03-06', 'request', 'status', 'INZ-2026-0001', 'refused', '--reason', 'manifestly unfounded');
    await run('2026-04-01', 'request', 'new', '--received', '2026-04-01', '--channel', 'phone', '--requester', 'B');
    const csvFile = join(tempDir(), 'report.csv');
    const report = await run('2026-05-10', 'report', '--csv', csvFile);
    expect(report.code).toBe(0);
    expect(report.out).toMatch(/^month +received +answered/);
    expect(report.out).toMatch(/2026-03 +1 +1 +0 +1 /);
    expect(existsSync(csvFile)).toBe(true);
    const rows = parse(readFileSync(csvFile, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.month, r.received, r.refused, r.overdue, r.maxDaysToAnswer])).toEqual([
      ['2026-03', '1', '1', '0', '1'],
      ['2026-04', '1', '0', '1', ''],
      ['total', '2', '1', '1', '1'],
    ]);
    expect((await run('2026-05-10', 'report', '--from', '2026-05-01', '--to', '2026-04-01')).code).toBe(2);
  });

  it('records redactions, lifted redactions and outputs, and builds on them', async () => {
    const db = await freshDb();
    const run = (today: string, ...args: string[]) => cli([...args, '--db', db], env(today));
    await run('2026-03-05', 'request', 'new', '--received', '2026-03-05', '--channel', 'letter', '--requester', 'A');
    await run('2026-03-05', 'request', 'link', 'INZ-2026-0001', debtor);
    const { party, letter } = ownRecords(db);
    const bad = await run('2026-03-06', 'request', 'redact', 'INZ-2026-0001', '--record', 'cases', '--reason', 'other');
    expect(bad).toMatchObject({ code: 2, err: expect.stringMatching(/--record must be TABLE:ID/) });
    expect((await run('2026-03-06', 'request', 'redact', 'INZ-2026-0001', '--record', 'cases:C1', '--reason', 'gossip')).err).toMatch(
      /--reason must be one of third-party-data/,
    );
    expect(
      (
        await run(
          '2026-03-06',
          'request',
          'redact',
          'INZ-2026-0001',
          '--record',
          `case_parties:${party}`,
          '--field',
          'subject_id',
          '--reason',
          'third-party-data',
          '--note',
          'co-debtor',
        )
      ).code,
    ).toBe(0);
    // Lifting names a withholding: nothing withheld there yet is refused (issue 12.4); the clerk's own is lifted.
    const nothing = await run('2026-03-06', 'request', 'unredact', 'INZ-2026-0001', '--record', `communications:${letter}`);
    expect(nothing).toMatchObject({ code: 1, err: expect.stringContaining(`nothing is withheld as communications:${letter}:*`) });
    expect(
      (await run('2026-03-06', 'request', 'redact', 'INZ-2026-0001', '--record', `communications:${letter}`, '--reason', 'legal-privilege'))
        .code,
    ).toBe(0);
    expect((await run('2026-03-06', 'request', 'unredact', 'INZ-2026-0001', '--record', `communications:${letter}`)).code).toBe(0);
    const file = join(tempDir(), 'extract.pdf');
    writeFileSync(file, 'not really a PDF');
    const output = JSON.parse((await run('2026-03-07', 'request', 'output', 'INZ-2026-0001', file, '--kind', 'extract-pdf', '--json')).out);
    expect(output.outputs).toEqual([
      expect.objectContaining({
        fileName: 'extract.pdf',
        kind: 'extract-pdf',
        sha256: createHash('sha256').update('not really a PDF').digest('hex'),
      }),
    ]);
    expect(output.redactions.map((r: { recordKind: string; lifted: boolean }) => [r.recordKind, r.lifted])).toEqual([
      ['case_parties', false],
      ['communications', true],
    ]);
    const entries = JSON.parse((await run('2026-03-07', 'audit', 'export', '--request', 'INZ-2026-0001')).out).entries;
    expect(entries.map((e: { action: string; target: string }) => `${e.action} ${e.target}`)).toEqual([
      'request.create null',
      'request.link-subject null',
      `record.redact case_parties:${party}:subject_id`,
      `record.redact communications:${letter}:*`,
      `record.lift-redaction communications:${letter}:*`,
      'export extract.pdf',
    ]);
  });

  it('refuses a redaction that names nothing (a misspelt table), and makes no extract while one does not resolve', async () => {
    const db = await freshDb();
    const run = (today: string, ...args: string[]) => cli([...args, '--db', db], env(today));
    await run('2026-03-05', 'request', 'new', '--received', '2026-03-05', '--channel', 'letter', '--requester', 'A');
    await run('2026-03-05', 'request', 'link', 'INZ-2026-0001', debtor);
    const { letter } = ownRecords(db);
    const typo = await run('2026-03-06', 'request', 'redact', 'INZ-2026-0001', '--record', `comunications:${letter}`, '--reason', 'other');
    expect(typo).toMatchObject({ code: 1, err: expect.stringContaining(`no record comunications:${letter} among the linked subjects`) });
    const field = await run(
      '2026-03-06',
      'request',
      'redact',
      'INZ-2026-0001',
      '--record',
      `communications:${letter}`,
      '--field',
      'x',
      '--reason',
      'other',
    );
    expect(field).toMatchObject({ code: 1, err: expect.stringContaining('records in communications have no field "x"') });
    expect(JSON.parse((await run('2026-03-06', 'request', 'show', 'INZ-2026-0001', '--json')).out).redactions).toEqual([]);

    // One stored before this check existed: the extract is refused rather than made without it.
    const raw = openKeyedDatabase(db);
    const requestId = (raw.prepare("SELECT id FROM requests WHERE reference = 'INZ-2026-0001'").get() as { id: number }).id;
    raw
      .prepare(
        'INSERT INTO request_redactions (request_id, record_kind, record_id, field, reason, note, by, on_date) ' +
          "VALUES (?, 'comunications', ?, NULL, 'third-party-data', NULL, 'M. de Vries', '2026-03-06')",
      )
      .run(requestId, letter);
    raw.close();
    const extract = await run('2026-03-07', 'extract', '--request', 'INZ-2026-0001', '--format', 'json');
    expect(extract).toMatchObject({
      code: 1,
      out: '',
      err: expect.stringContaining(`the redaction comunications:${letter}:* names nothing`),
    });
  });

  /** Each way of tampering, done as someone with the sqlite3 shell would (triggers dropped first). */
  const tampering: { what: string; sql: string[]; firstBad: number; problem: RegExp }[] = [
    { what: 'changing an entry', sql: ["UPDATE audit_log SET target = 'sent' WHERE seq = 3"], firstBad: 3, problem: /entry 3 was changed/ },
    { what: 'deleting a middle entry', sql: ['DELETE FROM audit_log WHERE seq = 2'], firstBad: 2, problem: /entry 2 is missing/ },
    { what: 'deleting the last entry', sql: ['DELETE FROM audit_log WHERE seq = 5'], firstBad: 5, problem: /entry 5 deleted/ },
    {
      what: 'reordering two entries',
      sql: [
        'UPDATE audit_log SET seq = 99 WHERE seq = 2',
        'UPDATE audit_log SET seq = 2 WHERE seq = 3',
        'UPDATE audit_log SET seq = 3 WHERE seq = 99',
      ],
      firstBad: 2,
      problem: /entry 2 does not follow entry 1/,
    },
    {
      what: 'inserting an entry',
      sql: [
        'UPDATE audit_log SET seq = seq + 10 WHERE seq >= 4',
        'UPDATE audit_log SET seq = seq - 9 WHERE seq >= 14',
        'INSERT INTO audit_log (seq, at, actor, action, prev_hash, hash) SELECT ' +
          "4, at, actor, 'export', hash, hash FROM audit_log WHERE seq = 3",
      ],
      firstBad: 4,
      problem: /entry 4/,
    },
  ];

  it.each(tampering)('audit verify fails after $what and names entry $firstBad', async ({ sql, firstBad, problem }) => {
    const db = await freshDb();
    const run = (today: string, ...args: string[]) => cli([...args, '--db', db], env(today));
    await run('2026-03-05', 'request', 'new', '--received', '2026-03-05', '--channel', 'letter', '--requester', 'A');
    await run('2026-03-05', 'request', 'status', 'INZ-2026-0001', 'identity-pending');
    await run('2026-03-06', 'request', 'identity', 'INZ-2026-0001', '--method', 'desk'); // and on to in-progress
    await run('2026-03-06', 'show', debtor, '--request', 'INZ-2026-0001');
    expect((await run('2026-03-06', 'audit', 'verify')).out).toMatch(/intact: 5 entries/);
    const raw = openKeyedDatabase(db);
    raw.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
    for (const statement of sql) raw.prepare(statement).run();
    raw.close();
    const result = await run('2026-03-06', 'audit', 'verify');
    expect(result.code).toBe(1);
    expect(result.err).toMatch(new RegExp(`BROKEN at entry ${firstBad}: `));
    expect(result.err).toMatch(problem);
  });
});
