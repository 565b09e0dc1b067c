import { daysLeft } from '../../../../shared/deadlines/computeDueDate.ts';
import { holidaysOf } from '../../../../shared/deadlines/publicHolidays.ts';
import { finalStatuses } from '../../../../shared/requests/requestStatus.ts';
import type { StoredRequest } from '../../../../shared/requests/requestTypes.ts';
import type { DueSoonWarning, QueueRow, RequestTeamState } from '../../../../shared/team/teamTypes.ts';
import type { UseCaseDeps } from '../../store/useCaseDeps.ts';
import { requestDeadline } from '../../requests/requestRepository.ts';
import { initialState } from '../teamRepository.ts';

/** Open requests due within this many days are announced on start (issue 15.3): a week leaves time to finish. */
export const dueSoonDays = 7;

export interface QueueFilter {
  /** Only the acting clerk's requests ("my requests"). */
  mine?: boolean;
  /** Closed requests too (sent, refused, withdrawn); by default only open ones. */
  includeClosed?: boolean;
}

function queueRow(request: StoredRequest, state: RequestTeamState, deps: Pick<UseCaseDeps, 'clock' | 'register'>): QueueRow {
  const open = !finalStatuses.includes(request.status);
  const deadline = requestDeadline(request, holidaysOf(deps.register));
  const due = deadline.state === 'running' ? deadline.due : null;
  const left = due === null ? null : daysLeft(due, deps.clock.today());
  return {
    reference: request.reference,
    status: request.status,
    receivedOn: request.receivedOn,
    owner: state.owner,
    version: state.version,
    due,
    daysLeft: left,
    dueSoon: open && left !== null && left <= dueSoonDays,
    approval: null,
  };
}

/**
 * The work queue (issue 15.3): the requests with their owner and version, the nearest due date first
 * (overdue ones on top), paused ones (no running deadline) after them, then by reference. Reading only:
 * no transaction, no audit entry (no personal data of subjects is shown).
 */
export async function workQueue(
  deps: Pick<UseCaseDeps, 'store' | 'clock' | 'register' | 'clerk'>,
  filter: QueueFilter = {},
): Promise<QueueRow[]> {
  const [requests, states] = await Promise.all([deps.store.requests.list(), deps.store.team.states()]);
  const byReference = new Map(states.map((s) => [s.reference, s]));
  const clerk = deps.clerk.name.trim();
  const rows = requests
    .filter((r) => filter.includeClosed || !finalStatuses.includes(r.status))
    .map((r) => queueRow(r, byReference.get(r.reference) ?? initialState(r.reference), deps))
    .filter((row) => !filter.mine || row.owner === clerk);
  for (const row of rows) row.approval = (await deps.store.team.approvals(row.reference)).at(-1) ?? null;
  return rows.sort(byDueDate);
}

export function byDueDate(a: QueueRow, b: QueueRow): number {
  if (a.due !== b.due) {
    if (a.due === null) return 1;
    if (b.due === null) return -1;
    return a.due < b.due ? -1 : 1;
  }
  return a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : 0;
}

/** What the app says on start: how many open requests are due within seven days or overdue, and which. */
export async function dueSoonWarning(
  deps: Pick<UseCaseDeps, 'store' | 'clock' | 'register' | 'clerk'>,
  filter: Pick<QueueFilter, 'mine'> = {},
): Promise<DueSoonWarning> {
  const requests = (await workQueue(deps, filter)).filter((row) => row.dueSoon);
  return { count: requests.length, requests };
}
