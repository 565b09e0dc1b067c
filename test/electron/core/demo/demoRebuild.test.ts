import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../electron/core/api/dispatch.ts';
import { auditEntries } from '../../../../electron/core/audit/auditLog.ts';
import { openDatabase } from '../../../../electron/core/db/openDatabase.ts';
import { cli } from '../../../helpers/cliHarness.ts';
import { seedTestDatabase } from '../../../helpers/demoDatabase.ts';
import { createTestHandlers, waitForJob } from '../../../helpers/handlerHarness.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import { testKeys } from '../../../helpers/testKeys.ts';
import { openKeyedDatabase } from '../../../helpers/testKeys.ts';

/**
 * Issue 13.3: rebuilding the demo database replaced whatever database was open, its register and audit
 * trail included, with no confirmation and no audit entry. Now: only the demo database, only with the
 * typed word, written to the old trail first, and the old file kept as an owner-only backup.
 */
describe('rebuilding the demo database', () => {
  const tempDir = useTempDirs();

  const newRequest = {
    requesterName: 'A. Requester',
    kind: 'access',
    language: 'nl',
    receivedOn: '2026-11-20',
    channel: 'letter',
  };

  /** What a database holds that a rebuild must not lose unnoticed: its requests and its audit trail. */
  function contents(file: string): { requests: number; actions: string[] } {
    const db = openDatabase(file, testKeys.database, { readonly: true });
    try {
      const requests = (db.prepare('SELECT count(*) AS n FROM requests').get() as { n: number }).n;
      return { requests, actions: auditEntries(db).map((e) => e.action) };
    } finally {
      db.close();
    }
  }

  it('in the window: refused without the word or off the demo database, changing nothing', async () => {
    const dir = tempDir();
    const h = createTestHandlers(dir, { subjects: 150 });
    try {
      expect((await dispatch(h.handlers, 'request:create', newRequest)).ok).toBe(true);
      const before = contents(h.databaseFile);
      expect(await dispatch(h.handlers, 'demo:rebuild', { subjects: 150 })).toMatchObject({ ok: false, error: { code: 'input.invalid' } });
      expect(await dispatch(h.handlers, 'demo:rebuild', { subjects: 150, confirm: 'yes' })).toMatchObject({
        ok: false,
        error: { code: 'demo.confirmation-mismatch', params: { word: 'DEMO' } },
      });
      // Real records imported into it (here: one more subject than the generator wrote) make it somebody's data.
      const raw = openKeyedDatabase(h.databaseFile);
      raw.prepare("INSERT INTO subjects (id, created_on, source) SELECT 'S-IMPORTED', created_on, source FROM subjects LIMIT 1").run();
      raw.close();
      expect(await dispatch(h.handlers, 'demo:rebuild', { subjects: 150, confirm: 'DEMO' })).toMatchObject({
        ok: false,
        error: { code: 'demo.not-demo-database' },
      });
      expect(contents(h.databaseFile)).toEqual(before);
      expect(readdirSync(dir).filter((name) => name.includes('backup'))).toEqual([]);
    } finally {
      h.close();
    }
  });

  it('in the window: records the rebuild first, keeps the old file as an owner-only backup, and links the new trail to it', async () => {
    const dir = tempDir();
    const h = createTestHandlers(dir, { subjects: 150 });
    try {
      expect((await dispatch(h.handlers, 'request:create', newRequest)).ok).toBe(true);
      const started = (await dispatch(h.handlers, 'demo:rebuild', { subjects: 120, confirm: 'DEMO' })) as {
        ok: true;
        value: { jobId: string };
      };
      expect(started.ok).toBe(true);
      const done = await waitForJob(h, started.value.jobId);
      expect(done, JSON.stringify(done.error)).toMatchObject({ ok: true });

      const [backup] = readdirSync(dir).filter((name) => /^demo\.db\.backup-\d{4}-\d\d-\d\dT[\d-]+Z$/.test(name));
      expect(backup).toBeDefined();
      const backupFile = join(dir, backup!);
      expect(statSync(backupFile).mode & 0o777).toBe(0o600);
      const old = contents(backupFile);
      expect(old).toEqual({ requests: 1, actions: ['request.create', 'database.rebuild'] });
      expect(await cli(['audit', 'verify', '--db', backupFile, '--checkpoint', `${backupFile}.audit-checkpoint.json`])).toMatchObject({
        code: 0,
      });

      const fresh = openDatabase(h.databaseFile, testKeys.database, { readonly: true });
      expect(auditEntries(fresh)).toEqual([
        expect.objectContaining({
          seq: 1,
          action: 'database.rebuilt',
          target: backup,
          details: expect.objectContaining({ previousEntries: 2 }),
        }),
      ]);
      expect((fresh.prepare('SELECT count(*) AS n FROM subjects').get() as { n: number }).n).toBe(120);
      fresh.close();
      expect(existsSync(`${h.databaseFile}.rebuilding`)).toBe(false);
    } finally {
      h.close();
    }
  });

  it('on the command line: the same rules, --confirm DEMO', async () => {
    const dir = tempDir();
    const { db, file } = seedTestDatabase(dir, 120);
    db.close();
    const env = { INZAGE_CLERK: 'M. de Vries', INZAGE_TODAY: '2026-11-20' };
    await cli(['request', 'new', '--received', '2026-11-20', '--channel', 'letter', '--requester', 'A', '--db', file], env);
    const before = contents(file);

    expect(await cli(['demo', 'rebuild', '--db', file, '--subjects', '100'], env)).toMatchObject({
      code: 1,
      err: expect.stringMatching(/not confirmed: give --confirm DEMO/),
    });
    expect(contents(file)).toEqual(before);

    const rebuilt = await cli(['demo', 'rebuild', '--db', file, '--subjects', '100', '--confirm', 'DEMO'], env);
    expect(rebuilt).toMatchObject({ code: 0, out: expect.stringMatching(/the old file is kept as .*demo\.db\.backup-/) });
    const backupFile = /kept as (.*)\n/.exec(rebuilt.out)![1]!;
    expect(contents(backupFile)).toEqual({ requests: 1, actions: ['request.create', 'database.rebuild'] });
    expect(contents(file)).toEqual({ requests: 0, actions: ['database.rebuilt'] });

    // A seeded file that is not the demo database any more: refused.
    const other = seedTestDatabase(tempDir(), 120);
    other.db.prepare("DELETE FROM meta WHERE key = 'demo.seed'").run();
    other.db.close();
    expect(await cli(['demo', 'rebuild', '--db', other.file, '--confirm', 'DEMO', '--subjects', '100'], env)).toMatchObject({
      code: 1,
      err: expect.stringMatching(/not the demo database/),
    });
  });
});
