import type Database from 'better-sqlite3-multiple-ciphers';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { forgeAuditLog, insertForgedEntry } from '../../helpers/auditForger.ts';
import { cli } from '../../helpers/cliHarness.ts';
import { seedTestDatabase } from '../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../helpers/tempDir.ts';
import { openDatabase } from '../../../electron/core/db/openDatabase.ts';
import { otherKeys } from '../../helpers/testKeys.ts';

/** The other installation's secret as INZAGE_KEY gives it (testKeys.ts: 32 bytes of 0xee). */
const otherSecretHex = 'ee'.repeat(32);

/**
 * Issue 13.4: someone holding the database file (not the installation's key) rewrites the audit log and
 * recomputes its chain and anchor as the published source describes. Each attack passed `inzage audit
 * verify` before the chain was keyed and anchored outside the database; now each is caught, the ones
 * that leave a shorter but consistent log (a cut-off tail, an emptied log) against the last checkpoint.
 */
describe('inzage audit verify against someone holding the file', () => {
  const tempDir = useTempDirs('suite');
  let template = '';
  let debtor = '';

  beforeAll(() => {
    const { db, file } = seedTestDatabase(tempDir(), 40, 'audit-attacks');
    debtor = JSON.parse((db.prepare("SELECT value FROM meta WHERE key = 'demo.landmarks'").get() as { value: string }).value).sharedCase
      .debtor as string;
    db.close();
    template = file;
  });

  const env = { INZAGE_CLERK: 'M. de Vries', INZAGE_TODAY: '2026-03-06' };

  /** A database with six real entries and the checkpoint a report printed after them. */
  async function loggedDatabase(): Promise<{ file: string; checkpoint: string }> {
    const dir = tempDir();
    const file = join(dir, 'db.db');
    copyFileSync(template, file);
    const run = (...args: string[]) => cli([...args, '--db', file], env);
    await run('request', 'new', '--received', '2026-03-05', '--channel', 'letter', '--requester', 'A');
    await run('request', 'new', '--received', '2026-03-05', '--channel', 'letter', '--requester', 'B');
    await run('request', 'status', 'INZ-2026-0001', 'identity-pending');
    await run('request', 'identity', 'INZ-2026-0001', '--method', 'desk');
    await run('show', debtor, '--request', 'INZ-2026-0001');
    expect((await run('audit', 'verify')).out).toMatch(/intact: 6 entries/);
    const report = await run('report', '--json');
    const checkpoint = join(dir, 'audit-checkpoint.json');
    writeFileSync(checkpoint, JSON.stringify(JSON.parse(report.out).auditCheckpoint));
    return { file, checkpoint };
  }

  const verify = (file: string, ...args: string[]) => cli(['audit', 'verify', '--db', file, ...args], env);

  const attacks: {
    what: string;
    tamper: (db: Database.Database) => void;
    from: number;
    /** The first entry verify names without a checkpoint; null: the log alone looks whole (only the checkpoint shows it). */
    alone: number | null;
    withCheckpoint: number;
    problem: RegExp;
  }[] = [
    {
      what: 'an appended forged entry',
      tamper: (db) => insertForgedEntry(db, 7),
      from: 7,
      alone: 7,
      withCheckpoint: 7,
      problem: /entry 7/,
    },
    {
      what: 'a truncated tail',
      tamper: (db) => db.prepare('DELETE FROM audit_log WHERE seq > 4').run(),
      from: 5,
      alone: null,
      withCheckpoint: 5,
      problem: /holds 4 entries, but the checkpoint of .* records 6: entry 5 to 6 removed/,
    },
    {
      what: 'an emptied log',
      tamper: (db) => db.prepare('DELETE FROM audit_log').run(),
      from: 1,
      alone: null,
      withCheckpoint: 1,
      problem: /holds 0 entries, but the checkpoint of .* records 6: entry 1 to 6 removed/,
    },
    {
      what: 'an edited entry with the chain recomputed',
      tamper: (db) => db.prepare("UPDATE audit_log SET target = 'sent' WHERE seq = 3").run(),
      from: 3,
      alone: 3,
      withCheckpoint: 3,
      problem: /entry 3 was changed/,
    },
    {
      what: 'a deleted entry with the rest renumbered and rechained',
      tamper: (db) => {
        db.prepare('DELETE FROM audit_log WHERE seq = 3').run();
        for (const seq of [4, 5, 6]) db.prepare('UPDATE audit_log SET seq = ? WHERE seq = ?').run(seq - 1, seq);
      },
      from: 3,
      alone: 3,
      withCheckpoint: 3,
      problem: /entry 3 was changed/,
    },
    {
      what: 'two entries swapped and rechained',
      tamper: (db) => {
        for (const [to, from] of [
          [99, 2],
          [2, 3],
          [3, 99],
        ] as const)
          db.prepare('UPDATE audit_log SET seq = ? WHERE seq = ?').run(to, from);
      },
      from: 2,
      alone: 2,
      withCheckpoint: 2,
      problem: /entry 2 was changed/,
    },
    {
      what: 'an edit hidden by moving the switch-over past the end and rechaining everything unkeyed',
      tamper: (db) => db.prepare("UPDATE audit_log SET target = 'sent' WHERE seq = 3").run(),
      from: 1,
      alone: null,
      withCheckpoint: 1,
      problem: /switch-over to the keyed chain was moved: the checkpoint of .* records it at entry 1, the database at entry 7/,
    },
  ];

  it.each(attacks)('catches $what', async ({ what, tamper, from, alone, withCheckpoint, problem }) => {
    const { file, checkpoint } = await loggedDatabase();
    forgeAuditLog(file, tamper, { from, downgrade: what.includes('switch-over') });

    const plain = await verify(file);
    if (alone === null) {
      // What the database alone cannot show: the rewritten log is consistent, and verify says a checkpoint is needed.
      expect(plain).toMatchObject({ code: 0, out: expect.stringMatching(/No checkpoint given/) });
    } else expect(plain).toMatchObject({ code: 1, err: expect.stringMatching(new RegExp(`BROKEN at entry ${alone}: `)) });

    const checked = await verify(file, '--checkpoint', checkpoint);
    expect(checked.code).toBe(1);
    expect(checked.err).toMatch(new RegExp(`BROKEN at entry ${withCheckpoint}: `));
    expect(checked.err).toMatch(problem);
  });

  it('passes an untouched log against its checkpoint, and one that only grew since', async () => {
    const { file, checkpoint } = await loggedDatabase();
    expect(await verify(file, '--checkpoint', checkpoint)).toMatchObject({
      code: 0,
      out: expect.stringMatching(/intact: 6 entries[^]*checkpoint of \d{4}-.*: its 6 entries are all still there, unchanged/),
    });
    await cli(['request', 'new', '--received', '2026-03-06', '--channel', 'email', '--requester', 'C', '--db', file], env);
    expect(await verify(file, '--checkpoint', checkpoint)).toMatchObject({ code: 0, out: expect.stringMatching(/intact: 7 entries/) });
  });

  it('refuses a checkpoint it did not make, or one changed to fit a shorter log', async () => {
    const { file, checkpoint } = await loggedDatabase();
    // A genuine checkpoint, but of another installation (its own, empty, log under its own key; its
    // database is encrypted under its own key too, so it cannot even open this one).
    const otherFile = join(tempDir(), 'other.db');
    openDatabase(otherFile, otherKeys.database).close();
    const other = await cli(['audit', 'checkpoint', '--db', otherFile], { ...env, INZAGE_KEY: otherSecretHex });
    expect(other.code).toBe(0);
    const foreign = join(tempDir(), 'foreign.json');
    writeFileSync(foreign, other.out);
    expect(await verify(file, '--checkpoint', foreign)).toMatchObject({
      code: 1,
      err: expect.stringMatching(/not made with this installation/),
    });

    const edited = JSON.parse(readFileSync(checkpoint, 'utf8'));
    writeFileSync(checkpoint, JSON.stringify({ ...edited, count: 4 }));
    expect(await verify(file, '--checkpoint', checkpoint)).toMatchObject({
      code: 1,
      err: expect.stringMatching(/not made with this installation/),
    });
    writeFileSync(checkpoint, '{"format":"something else"}');
    expect(await verify(file, '--checkpoint', checkpoint)).toMatchObject({
      code: 1,
      err: expect.stringMatching(/not an Inzage audit checkpoint/),
    });
  });

  it('will not extend a log under another installation’s key', async () => {
    const { file } = await loggedDatabase();
    const wrongKey = { ...env, INZAGE_KEY: 'cd'.repeat(32) };
    const refused = await cli(
      ['request', 'new', '--received', '2026-03-06', '--channel', 'email', '--requester', 'C', '--db', file],
      wrongKey,
    );
    // The database is encrypted under this installation's key (issue 13.7), so another key does not even
    // open it; the audit chain's own refusal of a foreign key is tested in the core (keyedSwitchOver.test.ts).
    expect(refused).toMatchObject({ code: 1, err: expect.stringMatching(/encrypted with another installation key/) });
    expect(await verify(file)).toMatchObject({ code: 0, out: expect.stringMatching(/intact: 6 entries/) });
    expect(await cli(['audit', 'verify', '--db', file], wrongKey)).toMatchObject({
      code: 1,
      err: expect.stringMatching(/encrypted with another installation key/),
    });
  });
});
