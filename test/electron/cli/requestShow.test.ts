import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cliHarness.ts';
import { seedTestDatabase } from '../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../helpers/tempDir.ts';
import { openKeyedDatabase } from '../../helpers/testKeys.ts';

/**
 * `inzage request show` gives the deadline's whole account (issue 12.1): the original due date, every
 * pause with its reason, and any pause or extension that does not count and why.
 */
describe('inzage request show: the account of the deadline', () => {
  const tempDir = useTempDirs('test');
  const env = (today: string) => ({ INZAGE_CLERK: 'M. de Vries', INZAGE_TODAY: today });

  it('shows the original and lawful due dates, a lawful pause with its reason, and what was disregarded and why', async () => {
    const { db: seeded, file } = seedTestDatabase(tempDir(), 40, 'request-show');
    seeded.close();
    const run = (today: string, ...args: string[]) => cli([...args, '--db', file], env(today));
    await run('2026-01-05', 'request', 'new', '--received', '2026-01-05', '--channel', 'letter', '--requester', 'A');
    const paused = await run('2026-01-09', 'request', 'status', 'INZ-2026-0001', 'identity-pending', '--reason', 'signature differs');
    expect(paused.code).toBe(0);
    await run('2026-01-20', 'request', 'identity', 'INZ-2026-0001', '--method', 'copy of ID with BSN masked, not kept');
    const lawful = (await run('2026-01-21', 'request', 'show', 'INZ-2026-0001')).out;
    // One month from 20 January (the day the information arrived): 20 February.
    expect(lawful).toMatch(/^original +due 2026-02-05 \(one month from receipt\); lawful due 2026-02-20$/m);
    expect(lawful).toMatch(/^pause +identity: 2026-01-09 → 2026-01-20 by M\. de Vries; reason: signature differs; counts$/m);

    // A register written before issue 12 may hold a second pause after the identity was verified and an
    // extension recorded after the first month had ended: both stay on record, neither moves the due date.
    const raw = openKeyedDatabase(file);
    const id = (raw.prepare("SELECT id FROM requests WHERE reference = 'INZ-2026-0001'").get() as { id: number }).id;
    raw
      .prepare(
        'INSERT INTO request_status_history (request_id, from_status, to_status, reason, changed_on, changed_by, changed_at) ' +
          "VALUES (?, 'in-progress', 'identity-pending', 'new address', '2026-02-10', 'c', '2026-02-10T09:00:00.000Z'), " +
          "(?, 'identity-pending', 'in-progress', NULL, '2026-02-25', 'c', '2026-02-25T09:00:00.000Z')",
      )
      .run(id, id);
    raw
      .prepare(
        "INSERT INTO request_pauses (request_id, reason, from_on, until_on, by) VALUES (?, 'identity', '2026-02-10', '2026-02-25', 'c')",
      )
      .run(id);
    raw
      .prepare("UPDATE requests SET extension_reason = 'complex', extension_recorded_on = '2026-03-01', extension_by = 'c' WHERE id = ?")
      .run(id);
    raw.close();

    const shown = await run('2026-03-02', 'request', 'show', 'INZ-2026-0001');
    expect(shown.out).toMatch(/^deadline +due 2026-02-20, OVERDUE by 10 day\(s\)$/m);
    expect(shown.out).toMatch(/^original +due 2026-02-05 \(one month from receipt\); lawful due 2026-02-20$/m);
    const secondPause = shown.out.split('\n').find((line) => line.includes('identity: 2026-02-10'));
    expect(secondPause).toBe(
      'pause      identity: 2026-02-10 → 2026-02-25 by c; reason: new address; ' +
        'DISREGARDED: asked after the identity had been verified (due date then 2026-02-20)',
    );
    expect(shown.out).toMatch(
      /^extension +recorded 2026-03-01 by c: complex; DISREGARDED: recorded after the first month ended on 2026-02-20$/m,
    );
    const json = JSON.parse((await run('2026-03-02', 'request', 'show', 'INZ-2026-0001', '--json')).out) as { deadlineAccount: unknown };
    expect(json.deadlineAccount).toMatchObject({
      originalDue: '2026-02-05',
      lawfulDue: '2026-02-20',
      pauses: [
        { from: '2026-01-09', reason: 'signature differs', disregarded: null },
        { from: '2026-02-10', reason: 'new address', disregarded: { rule: 'identity-verified', dueThen: '2026-02-20' } },
      ],
      extension: { recordedOn: '2026-03-01', counted: false, firstDue: '2026-02-20' },
    });
  });
});
