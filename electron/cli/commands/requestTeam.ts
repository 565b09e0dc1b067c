import { holidaysOf } from '../../../shared/deadlines/publicHolidays.ts';
import type { QueueRow, RequestTeamState } from '../../../shared/team/teamTypes.ts';
import { addNote, changeStatus, listRequests, rejectSubject } from '../../core/requests/useCases/index.ts';
import {
  approveRequest,
  changeAtVersion,
  dueSoonWarning,
  handOverRequest,
  rejectRequest,
  takeRequest,
  workQueue,
} from '../../core/team/useCases/index.ts';
import { parseCommandArgs } from '../args.ts';
import type { CliIo } from '../cliTypes.ts';
import { UsageError } from '../cliTypes.ts';
import { withUseCaseDeps } from '../useCaseDeps.ts';
import { mutateRequest } from './requestAttach.ts';
import { deadlineSummary, deadlineText } from './requestFormat.ts';
import { isRequestStatus, requestStatuses } from '../../../shared/requests/requestStatus.ts';

/**
 * Several clerks on one register (issue 15.3, 15.4): take, hand over, my requests, the list by due date,
 * the four-eyes approve/reject, and `--version N` on a change (the version `request list` showed): when
 * a colleague changed the request since, nothing is saved and the message names who and when.
 */

const common = { db: { type: 'string' }, clerk: { type: 'string' }, json: { type: 'boolean' } } as const;
const versioned = { ...common, version: { type: 'string' } } as const;

/** `--version N`: the version the clerk saw (0 or more); absent: no check. */
export function versionFlag(value: string | undefined, required = false): number | undefined {
  if (value === undefined) {
    if (required) throw new UsageError('--version N is required: the version of the request you reviewed (see: inzage request list)');
    return undefined;
  }
  if (!/^\d+$/.test(value)) throw new UsageError(`--version must be a whole number, got "${value}"`);
  return Number(value);
}

function oneReference(rest: string[], names = ['REF']): string[] {
  if (rest.length !== names.length) throw new UsageError(`expected ${names.join(' ')}`);
  return rest;
}

function printState(values: { json?: boolean | undefined }, io: CliIo, state: RequestTeamState): number {
  io.out(
    values.json ? `${JSON.stringify(state, null, 2)}\n` : `${state.reference}  owner ${state.owner ?? '—'}, version ${state.version}\n`,
  );
  return 0;
}

function queueLine(row: QueueRow, text: string): string {
  const approval = row.approval ? `  ${row.approval.decision === 'approve' ? 'approved' : 'rejected'} by ${row.approval.by}` : '';
  const version = `v${row.version}`.padEnd(4);
  const owner = (row.owner ?? '—').padEnd(16);
  return `${row.reference}  ${row.receivedOn}  ${row.status.padEnd(16)}  ${version}  ${owner}  ${text}${approval}\n`;
}

export async function listSubcommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals: rest } = parseCommandArgs(args, {
    ...common,
    overdue: { type: 'boolean' },
    open: { type: 'boolean' },
    mine: { type: 'boolean' },
  });
  oneReference(rest, []);
  return withUseCaseDeps(values, io, { readonly: true, needsClerk: values.mine ?? false }, async (deps) => {
    const today = deps.clock.today();
    const holidays = holidaysOf(deps.register);
    const byReference = new Map((await listRequests(deps)).map((r) => [r.reference, r]));
    // The nearest due date first (team/useCases/workQueue.ts), closed requests too unless --open.
    const rows = (await workQueue(deps, { mine: values.mine ?? false, includeClosed: !values.open }))
      .map((row) => ({ row, request: byReference.get(row.reference)! }))
      .map(({ row, request }) => ({ row, request, deadline: deadlineSummary(request, today, holidays) }))
      .filter(({ deadline }) => !values.overdue || deadline.overdue);
    if (values.json) {
      const json = rows.map(({ row, request, deadline }) => ({
        reference: request.reference,
        receivedOn: request.receivedOn,
        status: request.status,
        ...deadline,
        owner: row.owner,
        version: row.version,
        approval: row.approval,
      }));
      io.out(`${JSON.stringify(json, null, 2)}\n`);
      return 0;
    }
    if (rows.length === 0) io.out(values.overdue ? 'No overdue requests.\n' : values.mine ? 'No requests of yours.\n' : 'No requests.\n');
    for (const { row, deadline } of rows) io.out(queueLine(row, deadlineText(deadline)));
    return 0;
  });
}

export const teamRequestSubcommands: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  async take(args, io) {
    const { values, positionals: rest } = parseCommandArgs(args, versioned);
    const [reference] = oneReference(rest);
    const seen = versionFlag(values.version);
    return withUseCaseDeps(values, io, {}, async (deps) => printState(values, io, await takeRequest(deps, reference!, seen)));
  },

  async handover(args, io) {
    const { values, positionals: rest } = parseCommandArgs(args, { ...versioned, to: { type: 'string' } });
    const [reference] = oneReference(rest);
    if (!values.to?.trim()) throw new UsageError('--to "NAME" is required: the clerk who takes the request over');
    const seen = versionFlag(values.version);
    return withUseCaseDeps(values, io, {}, async (deps) =>
      printState(values, io, await handOverRequest(deps, reference!, values.to!, seen)),
    );
  },

  async approve(args, io) {
    const { values, positionals: rest } = parseCommandArgs(args, { ...versioned, reason: { type: 'string' } });
    const [reference] = oneReference(rest);
    const seen = versionFlag(values.version, true)!;
    return withUseCaseDeps(values, io, {}, async (deps) => {
      const entry = await approveRequest(deps, reference!, seen, values.reason);
      io.out(
        values.json ? `${JSON.stringify(entry, null, 2)}\n` : `${reference}  approved by ${entry.by} (now version ${entry.version})\n`,
      );
      return 0;
    });
  },

  /**
   * `reject REF --version N --reason "…"`: the four-eyes rejection. With a SUBJECT_ID after REF it is the
   * older meaning, a matched candidate who is not the requester (request.ts), kept as it was.
   */
  async reject(args, io) {
    const { values, positionals: rest } = parseCommandArgs(args, {
      ...versioned,
      reason: { type: 'string' },
      evidence: { type: 'string' },
    });
    if (rest.length === 2) {
      if (!values.reason?.trim()) throw new UsageError('--reason "…" is required: why this candidate is not the requester');
      const evidence = values.evidence === undefined ? null : parseEvidence(values.evidence);
      const seen = versionFlag(values.version);
      return mutateRequest(values, io, (deps) =>
        changeAtVersion(deps, rest[0]!, seen, (inner) => rejectSubject(inner, rest[0]!, rest[1]!, evidence, values.reason!)),
      );
    }
    const [reference] = oneReference(rest);
    const seen = versionFlag(values.version, true)!;
    if (!values.reason?.trim()) throw new UsageError('--reason "…" is required: what the preparing clerk must put right');
    return withUseCaseDeps(values, io, {}, async (deps) => {
      const entry = await rejectRequest(deps, reference!, seen, values.reason!);
      io.out(
        values.json ? `${JSON.stringify(entry, null, 2)}\n` : `${reference}  rejected by ${entry.by} (now version ${entry.version})\n`,
      );
      return 0;
    });
  },

  async status(args, io) {
    const { values, positionals: rest } = parseCommandArgs(args, { ...versioned, reason: { type: 'string' } });
    const [reference, status] = oneReference(rest, ['REF', 'STATUS']);
    if (!isRequestStatus(status!)) throw new UsageError(`STATUS must be one of ${requestStatuses.join(', ')}, got "${status}"`);
    const seen = versionFlag(values.version);
    return mutateRequest(values, io, (deps) =>
      changeAtVersion(deps, reference!, seen, (inner) => changeStatus(inner, reference!, status, values.reason)),
    );
  },

  async note(args, io) {
    const { values, positionals: rest } = parseCommandArgs(args, versioned);
    const [reference, text] = oneReference(rest, ['REF', 'TEXT']);
    const seen = versionFlag(values.version);
    return mutateRequest(values, io, (deps) => changeAtVersion(deps, reference!, seen, (inner) => addNote(inner, reference!, text!)));
  },

  async due(args, io) {
    const { values, positionals: rest } = parseCommandArgs(args, { ...common, mine: { type: 'boolean' } });
    oneReference(rest, []);
    return withUseCaseDeps(values, io, { readonly: true, needsClerk: values.mine ?? false }, async (deps) => {
      const warning = await dueSoonWarning(deps, { mine: values.mine ?? false });
      if (values.json) {
        io.out(`${JSON.stringify(warning, null, 2)}\n`);
        return 0;
      }
      io.out(
        warning.count === 0
          ? 'No open requests due within seven days.\n'
          : `${warning.count} open request(s) due within seven days or overdue:\n`,
      );
      for (const row of warning.requests) {
        const left =
          row.daysLeft! < 0 ? `OVERDUE by ${-row.daysLeft!} day(s)` : row.daysLeft === 0 ? 'due TODAY' : `${row.daysLeft} day(s) left`;
        io.out(`  ${row.reference}  due ${row.due}, ${left}  owner ${row.owner ?? '—'}\n`);
      }
      return 0;
    });
  },
};

function parseEvidence(value: string): unknown {
  try {
    return JSON.parse(value) as unknown;
  } catch (error) {
    throw new UsageError(`--evidence must be JSON: ${(error as Error).message}`);
  }
}
