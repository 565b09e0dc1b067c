import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixedClock } from '../../electron/core/clock/clock.ts';
import { dispatch } from '../../electron/core/api/dispatch.ts';
import type { DemoLandmarks } from '../../electron/core/demo/landmarks.ts';
import { readLandmarks } from '../../electron/core/demo/seedDatabase.ts';
import { cliErrorMessages } from '../../electron/cli/cliErrorMessages.ts';
import type { ErrorCode } from '../../shared/errors/errorCodes.ts';
import { fillPlaceholders } from '../../shared/errors/errorMessages.ts';
import type { ChannelName } from '../../shared/ipc/channelNames.ts';
import { cli } from './cliHarness.ts';
import { seedTestDatabase } from './demoDatabase.ts';
import { createTestHandlers } from './handlerHarness.ts';
import { openKeyedDatabase } from './testKeys.ts';

/**
 * The two front ends side by side (issue 11, "one behaviour per action"): a row is a use case as a
 * list of steps, each given once as the window's IPC call and once as the `inzage` argv. The row runs
 * through the real IPC handlers on one copy of a demo database and through runCli on another, with
 * the same fixed day and the same clerk; then the two databases are compared (see `snapshot`).
 *
 * To add rows for another feature: write them in a test file of your own and call `compareFrontEnds`;
 * add the tables your use cases write to `tables` (and the columns that hold clock time or row ids to
 * `volatile`).
 */

export interface FrontEndStep {
  ipc: { channel: ChannelName; input: unknown };
  /** The same action as `inzage` arguments, without --db (added). */
  cli: string[];
  /** Both front ends must refuse this step with this code (the CLI: exit 1 with its text for the code). */
  refused?: { code: ErrorCode; params: Record<string, string | number> };
}

/** The demo's landmarks, and two real records of the shared case's debtor (a redaction must name one). */
export interface FrontEndDemo extends DemoLandmarks {
  debtorRecords: { caseParty: string; letter: string };
  /** The clients (controllers) whose invoices the invoice recipient has, in id order (the processor role, issue 12.6). */
  invoiceClients: string[];
  /** The co-debtor's role in the shared case: withheld automatically from the debtor's extract (Art. 15(4)). */
  coDebtorCaseParty: string;
}

export interface FrontEndRow {
  name: string;
  steps: (demo: FrontEndDemo) => FrontEndStep[];
}

export const frontEndDay = '2026-11-23';
export const frontEndClerk = 'Test Clerk';

/** One seeded demo database per test file; each row runs on two fresh copies of it. */
export function frontEndTemplate(dir: string, subjects = 60): { file: string; demo: FrontEndDemo } {
  const { db, file } = seedTestDatabase(dir, subjects, 'front-ends', 'template.db');
  const landmarks = readLandmarks(db)!;
  const firstOf = (table: string) =>
    (db.prepare(`SELECT id FROM ${table} WHERE subject_id = ? ORDER BY id LIMIT 1`).get(landmarks.sharedCase.debtor) as { id: string }).id;
  const invoiceClients = (
    db
      .prepare('SELECT DISTINCT client_id FROM invoice_service_records WHERE subject_id = ? ORDER BY client_id')
      .all(landmarks.invoiceRecipient) as { client_id: string }[]
  ).map((r) => r.client_id);
  const coDebtorCaseParty = (
    db
      .prepare('SELECT id FROM case_parties WHERE subject_id = ? AND case_id = ?')
      .get(landmarks.sharedCase.coDebtor, landmarks.sharedCase.caseId) as { id: string }
  ).id;
  const demo = {
    ...landmarks,
    debtorRecords: { caseParty: firstOf('case_parties'), letter: firstOf('communications') },
    invoiceClients,
    coDebtorCaseParty,
  };
  db.close();
  return { file, demo };
}

async function copyOf(template: string, file: string): Promise<string> {
  copyFileSync(template, file);
  return file;
}

/** What each step did in one front end: ok, or the refusal's code. */
type Outcome = { ok: true } | { ok: false; code: string; text: string };

/** The CLI acts as INZAGE_CLERK, a name without a function (electron/cli/actor.ts): so does the window's clerk here. */
const appClerkRole = null;

async function viaIpc(file: string, dir: string, steps: FrontEndStep[]): Promise<Outcome[]> {
  const harness = createTestHandlers(dir, { databaseFile: file, clock: fixedClock(frontEndDay), clerkRole: appClerkRole });
  const outcomes: Outcome[] = [];
  try {
    for (const step of steps) {
      const result = await dispatch(harness.handlers, step.ipc.channel, step.ipc.input);
      outcomes.push(result.ok ? { ok: true } : { ok: false, code: result.error.code, text: JSON.stringify(result.error.params) });
    }
  } finally {
    harness.close();
  }
  return outcomes;
}

async function viaCli(file: string, steps: FrontEndStep[]): Promise<Outcome[]> {
  const env = { INZAGE_TODAY: frontEndDay, INZAGE_CLERK: frontEndClerk };
  const outcomes: Outcome[] = [];
  for (const step of steps) {
    const run = await cli([...step.cli, '--db', file], env);
    outcomes.push(run.code === 0 ? { ok: true } : { ok: false, code: `exit ${run.code}`, text: run.err });
  }
  return outcomes;
}

/** The tables the register's use cases write, and the columns that hold clock time or a row id. */
export const tables = [
  'requests',
  'request_status_history',
  'request_pauses',
  'request_subjects',
  'request_rejected_candidates',
  'request_notes',
  'request_outputs',
  'request_redactions',
  'request_representatives',
  'request_controllers',
  'audit_log',
];
export const volatile = new Set(['id', 'request_id', 'created_at', 'changed_at', 'written_at', 'at', 'hash', 'prev_hash']);

/** Every row of `tables`, in insertion order, without its volatile columns: what must be equal between the front ends. */
export function snapshot(file: string, which: readonly string[] = tables): Record<string, Record<string, unknown>[]> {
  const db = openKeyedDatabase(file, { readonly: true });
  try {
    return Object.fromEntries(
      which.map((table) => [
        table,
        (db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all() as Record<string, unknown>[]).map((row) =>
          Object.fromEntries(Object.entries(row).filter(([column]) => !volatile.has(column))),
        ),
      ]),
    );
  } finally {
    db.close();
  }
}

export interface FrontEndComparison {
  ipc: { outcomes: Outcome[]; snapshot: ReturnType<typeof snapshot> };
  cli: { outcomes: Outcome[]; snapshot: ReturnType<typeof snapshot> };
  /** The snapshot of the untouched copy, to show that a row changed something at all. */
  before: ReturnType<typeof snapshot>;
  steps: FrontEndStep[];
  /** The two databases afterwards, for reading them through both front ends (reports, audit). */
  files: { ipc: string; cli: string };
}

/** Runs `row` through both front ends on fresh copies of `template` (in `dir`). */
export async function compareFrontEnds(
  row: FrontEndRow,
  template: { file: string; demo: FrontEndDemo },
  dir: string,
  which: readonly string[] = tables,
): Promise<FrontEndComparison> {
  const steps = row.steps(template.demo);
  const ipcFile = await copyOf(template.file, join(dir, 'ipc.db'));
  const cliFile = await copyOf(template.file, join(dir, 'cli.db'));
  const ipcOutcomes = await viaIpc(ipcFile, dir, steps);
  const cliOutcomes = await viaCli(cliFile, steps);
  return {
    ipc: { outcomes: ipcOutcomes, snapshot: snapshot(ipcFile, which) },
    cli: { outcomes: cliOutcomes, snapshot: snapshot(cliFile, which) },
    before: snapshot(template.file, which),
    steps,
    files: { ipc: ipcFile, cli: cliFile },
  };
}

/** What each step should have come to in each front end: ok, or the refusal (the CLI's text for the same code). */
export function expectedOutcomes(steps: FrontEndStep[]): { ipc: Outcome[]; cli: Outcome[] } {
  return {
    ipc: steps.map((s) => (s.refused ? { ok: false, code: s.refused.code, text: JSON.stringify(s.refused.params) } : { ok: true })),
    cli: steps.map((s) => {
      if (!s.refused) return { ok: true };
      const command = s.cli[0]!;
      return {
        ok: false,
        code: 'exit 1',
        text: `inzage ${command}: ${fillPlaceholders(cliErrorMessages[s.refused.code], s.refused.params)}\n`,
      };
    }),
  };
}

/** Reads through the window's handlers (same day and clerk as the rows): for read-only use cases. */
export async function readViaIpc<T>(file: string, dir: string, channel: ChannelName, input: unknown): Promise<T> {
  const harness = createTestHandlers(dir, { databaseFile: file, clock: fixedClock(frontEndDay), clerkRole: appClerkRole });
  try {
    const result = await dispatch(harness.handlers, channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
    return result.value as T;
  } finally {
    harness.close();
  }
}

/** Reads through `inzage` (same day and clerk as the rows): its stdout and exit code. */
export async function readViaCli(file: string, argv: string[]): Promise<{ code: number; out: string }> {
  const run = await cli([...argv, '--db', file], { INZAGE_TODAY: frontEndDay, INZAGE_CLERK: frontEndClerk });
  return { code: run.code, out: run.out };
}
