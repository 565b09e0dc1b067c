import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../electron/core/api/dispatch.ts';
import { fixedClock } from '../../../../electron/core/clock/clock.ts';
import type { Db } from '../../../../electron/core/db/openDatabase.ts';
import { openDatabase } from '../../../../electron/core/db/openDatabase.ts';
import type { DemoLandmarks } from '../../../../electron/core/demo/landmarks.ts';
import { readLandmarks } from '../../../../electron/core/demo/seedDatabase.ts';
import { showSubjectRecords } from '../../../../electron/core/records/recordUseCases.ts';
import { cli } from '../../../helpers/cliHarness.ts';
import { seedTestDatabase } from '../../../helpers/demoDatabase.ts';
import type { HandlerHarness } from '../../../helpers/handlerHarness.ts';
import { createTestHandlers, waitForJob } from '../../../helpers/handlerHarness.ts';
import { makeTempDir, useTempDirs } from '../../../helpers/tempDir.ts';
import { testKeys } from '../../../helpers/testKeys.ts';
import { testUseCaseDeps } from '../../../helpers/useCaseDeps.ts';

/**
 * Issue 11: one behaviour per action. Each row runs one use case of the case records, search, export
 * and demo side through the window's IPC handlers and through `inzage`, on two copies of the same demo
 * database with the same day and clerk, and compares what each left behind: every table's rows (minus
 * timestamps and hashes, which depend on the instant and on the signing key) and the audit entries
 * (who, what, on which request and subject, with which details; not their time or chain hashes).
 * The request register's rows live in the request-register change; its harness has the same shape.
 */

const today = '2026-11-23';
const clerk = 'Test Clerk';
const clock = fixedClock(today, new Date(`${today}T10:00:00Z`));
const subjects = 120;

interface Fixture {
  /** The demo database with one registered request (identity checked, the landmark person linked). */
  baseFile: string;
  reference: string;
  landmarks: DemoLandmarks;
}

/** One side's run: the handlers over its copy, and the CLI's environment and database file over the other. */
interface Sides {
  app: HandlerHarness;
  appDir: string;
  cliFile: string;
  cliDir: string;
  cliEnv: NodeJS.ProcessEnv;
}

interface Row {
  name: string;
  /** The use case through the window: the value it returned (for `same`). */
  app(sides: Sides, fixture: Fixture): Promise<unknown>;
  /** The same use case through `inzage`: the arguments; the run must succeed. */
  cli(sides: Sides, fixture: Fixture): string[];
  /** What both returned that must agree (optional): from the app's value and the CLI's stdout. */
  same?(appValue: unknown, cliOut: string, sides: Sides): { app: unknown; cli: unknown };
  /** The file to compare on the CLI side when the use case writes a new database (default: the copy). */
  cliResultFile?(sides: Sides): string;
  /** Commands to run after the CLI's run (each must exit 0): e.g. verify the files it printed. */
  cliThen?(out: string): string[][];
  /** The exit code those further commands end with (default 0). */
  cliThenCode?: number;
  /** The audit must show at least these actions, from both sides alike. */
  logs: string[];
}

const volatileColumns = /(^|_)(at|sha256|hash|prev_hash)$|^previousHead$/;
/** A backup's name carries the instant it was made (demo/demoRebuild.ts). */
const withoutInstant = (target: string | null) => target?.replace(/\.backup-[\dTZ-]+$/, '.backup-…') ?? null;

/** Every ordinary table's rows (virtual and shadow tables of the search index follow from these), minus volatile columns. */
function tableRows(db: Db): Record<string, unknown[]> {
  const tables = (db.prepare("SELECT name FROM pragma_table_list WHERE type = 'table' AND schema = 'main'").all() as { name: string }[])
    .map((t) => t.name)
    .filter((name) => !name.startsWith('sqlite_') && name !== 'audit_log' && name !== 'audit_anchor')
    .sort();
  return Object.fromEntries(
    tables.map((table) => [
      table,
      (db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all() as Record<string, unknown>[]).map((row) =>
        Object.fromEntries(Object.entries(row).filter(([column]) => !volatileColumns.test(column))),
      ),
    ]),
  );
}

/** The audit entries after `afterSeq`: who did what on which request/subject/file, with details minus hashes. */
function auditEntries(db: Db, afterSeq: number) {
  const rows = db
    .prepare('SELECT actor, action, request_ref, subject_id, target, details FROM audit_log WHERE seq > ? ORDER BY seq')
    .all(afterSeq) as { actor: string; action: string; target: string | null; details: string | null }[];
  return rows.map((row) => {
    const details = row.details ? (JSON.parse(row.details) as Record<string, unknown>) : null;
    if (details) for (const key of Object.keys(details)) if (volatileColumns.test(key)) delete details[key];
    return { ...row, target: withoutInstant(row.target), details };
  });
}

function snapshot(file: string, afterSeq: number) {
  const db = openDatabase(file, testKeys.database, { readonly: true });
  try {
    return { tables: tableRows(db), audit: auditEntries(db, afterSeq) };
  } finally {
    db.close();
  }
}

function lastSeq(file: string): number {
  const db = openDatabase(file, testKeys.database, { readonly: true });
  try {
    return (db.prepare('SELECT coalesce(max(seq), 0) FROM audit_log').pluck().get() as number) ?? 0;
  } finally {
    db.close();
  }
}

async function call<T>(h: HandlerHarness, channel: string, input: unknown): Promise<T> {
  const result = await dispatch(h.handlers, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

const rows: Row[] = [
  {
    name: 'search subjects',
    app: async ({ app }) => call(app, 'search:subjects', { query: 'Jan van den Berg', limit: 20 }),
    cli: () => ['search', 'Jan van den Berg', '--limit', '20', '--json'],
    same: (appValue, out) => ({
      app: (appValue as { groups: { subjectId: string }[] }).groups.map((g) => g.subjectId),
      cli: (JSON.parse(out) as { subjectId: string }[]).map((r) => r.subjectId),
    }),
    logs: ['search'],
  },
  {
    name: 'search for a request',
    app: async ({ app }, { reference }) => call(app, 'search:subjects', { query: '06-87654321', limit: 5, requestId: reference }),
    cli: (_, { reference }) => ['search', '06-87654321', '--limit', '5', '--request', reference],
    logs: ['search'],
  },
  {
    // The window opens records through the review (extract:review); `inzage show` keeps the use case, run here as the app's core would.
    name: "show a subject's records",
    app: async ({ app }, { landmarks }) => {
      const db = openDatabase(app.databaseFile, testKeys.database);
      try {
        return await showSubjectRecords(testUseCaseDeps(db, clerk).on(today, clock), { subjectId: landmarks.sharedCase.debtor });
      } finally {
        db.close();
      }
    },
    cli: (_, { landmarks }) => ['show', landmarks.sharedCase.debtor, '--json'],
    same: (appValue, out) => ({
      app: (appValue as { recordCount: number }).recordCount,
      cli: Object.values((JSON.parse(out) as { records: Record<string, unknown[]> }).records).flat().length,
    }),
    logs: ['subject.open'],
  },
  {
    name: 'stats',
    app: async ({ app }) => call(app, 'stats:get', {}),
    cli: () => ['stats', '--json'],
    same: (appValue, out) => ({
      app: (appValue as { tables: unknown; schemaVersion: number }).tables,
      cli: (JSON.parse(out) as { tables: unknown }).tables,
    }),
    logs: [],
  },
  {
    name: 'preview the extract of a request',
    app: async ({ app }, { reference }) => call(app, 'extract:preview', { requestId: reference }),
    cli: (_, { reference }) => ['extract', '--request', reference, '--format', 'json'],
    same: (appValue, out) => ({ app: appValue, cli: JSON.parse(out) }),
    logs: ['extract.preview'],
  },
  {
    name: 'export a request (signed PDF + archive) and verify it',
    app: async ({ app }, { reference }) => {
      const { jobId } = await call<{ jobId: string }>(app, 'export:start', { requestId: reference, archive: true });
      const done = await waitForJob(app, jobId);
      if (!done.ok) throw new Error(`export failed: ${JSON.stringify(done.error)}`);
      const verified = await call<{ verdict: string }>(app, 'export:verify', { requestId: reference });
      return { files: done.result!.files.map((f) => f.name).sort(), verified: verified.verdict };
    },
    cli: ({ cliDir }, { reference }) => ['extract', '--request', reference, '--out', join(cliDir, 'out', reference)],
    same: (appValue, out) => ({
      app: (appValue as { files: string[] }).files,
      cli: out
        .trim()
        .split('\n')
        .map((path) => path.slice(path.lastIndexOf('/') + 1))
        .sort(),
    }),
    cliThen: (out) =>
      out
        .trim()
        .split('\n')
        .map((path) => ['verify', path]),
    // Intact, signed with the self-signed demo certificate, which no trust anchor names (issue 13.5).
    cliThenCode: 3,
    logs: ['extract.assemble', 'export', 'export'],
  },
  {
    name: 'rebuild the demo database',
    app: async ({ app }) => {
      const { jobId } = await call<{ jobId: string }>(app, 'demo:rebuild', { subjects: 100, confirm: 'DEMO' });
      const done = await waitForJob(app, jobId);
      if (!done.ok) throw new Error(`rebuild failed: ${JSON.stringify(done.error)}`);
      return null;
    },
    cli: () => ['demo', 'rebuild', '--subjects', '100', '--confirm', 'DEMO'],
    // The rebuilt database's whole trail: it starts with the entry naming the backup of the old one (issue 13.3).
    cliResultFile: ({ cliFile }) => cliFile,
    logs: ['database.rebuilt'],
  },
];

describe('one behaviour per action: the window and the command line (case records, search, export, demo)', () => {
  const tempDir = useTempDirs('test');
  let fixtureDir: string;
  let fixture: Fixture;

  beforeAll(async () => {
    fixtureDir = makeTempDir();
    const seeded = seedTestDatabase(fixtureDir, subjects);
    const landmarks = readLandmarks(seeded.db)!;
    seeded.db.close();
    const h = createTestHandlers(fixtureDir, { databaseFile: seeded.file, today, clock, clerkRole: null });
    try {
      const request = await call<{ id: string }>(h, 'request:create', {
        requesterName: 'Test Person',
        kind: 'both',
        language: 'en',
        receivedOn: '2026-11-10',
        channel: 'letter',
      });
      await call(h, 'request:checkIdentity', { requestId: request.id, method: 'signed letter' });
      await call(h, 'request:linkSubjects', { requestId: request.id, subjectIds: [landmarks.sharedCase.debtor], reason: 'name, address' });
      fixture = { baseFile: seeded.file, reference: request.id, landmarks };
    } finally {
      h.close();
    }
  }, 120_000);

  afterAll(() => rmSync(fixtureDir, { recursive: true, force: true }));

  it.each(rows)(
    '$name',
    async (row) => {
      const appDir = tempDir();
      const cliDir = tempDir();
      const appFile = join(appDir, 'inzage.db');
      const cliFile = join(cliDir, 'inzage.db');
      copyFileSync(fixture.baseFile, appFile);
      copyFileSync(fixture.baseFile, cliFile);
      const since = lastSeq(fixture.baseFile);
      // The CLI acts as INZAGE_CLERK, a name without a function (electron/cli/actor.ts): so does the window's clerk here.
      const app = createTestHandlers(appDir, { databaseFile: appFile, today, clock, clerkRole: null });
      const sides: Sides = {
        app,
        appDir,
        cliFile,
        cliDir,
        cliEnv: { INZAGE_TODAY: today, INZAGE_CLERK: clerk, INZAGE_USER_DATA: cliDir },
      };
      let appValue: unknown;
      try {
        appValue = await row.app(sides, fixture);
      } finally {
        app.close(); // flushes the window's pending search audit entry, as closing the app does
      }
      const args = row.cli(sides, fixture);
      const run = await cli(args[0] === 'seed' ? args : [...args, '--db', cliFile], sides.cliEnv);
      expect(run.code, run.err).toBe(0);
      for (const then of row.cliThen?.(run.out) ?? []) {
        const next = await cli(then, sides.cliEnv);
        expect(next.code, next.err).toBe(row.cliThenCode ?? 0);
      }

      const viaApp = snapshot(appFile, row.cliResultFile ? 0 : since);
      const viaCli = snapshot(row.cliResultFile?.(sides) ?? cliFile, row.cliResultFile ? 0 : since);
      expect(viaCli.tables).toEqual(viaApp.tables);
      expect(viaCli.audit).toEqual(viaApp.audit);
      expect(viaApp.audit.map((e) => e.action)).toEqual(expect.arrayContaining(row.logs));
      expect(viaApp.audit.every((e) => e.actor === clerk)).toBe(true);
      if (row.same) {
        const { app: fromApp, cli: fromCli } = row.same(appValue, run.out, sides);
        expect(fromCli).toEqual(fromApp);
      }
    },
    120_000,
  );
});
