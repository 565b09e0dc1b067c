import type { IsoDate } from '../../../../shared/dates/isoDate.ts';
import { daysLeft } from '../../../../shared/deadlines/computeDueDate.ts';
import { holidaysOf } from '../../../../shared/deadlines/publicHolidays.ts';
import type { ReportRow } from '../../../../shared/reports/requestReport.ts';
import { buildRequestReport } from '../../../../shared/reports/requestReport.ts';
import type { RequestStatus } from '../../../../shared/requests/requestStatus.ts';
import { finalStatuses } from '../../../../shared/requests/requestStatus.ts';
import type { StoredRequest } from '../../../../shared/requests/requestTypes.ts';
import type { UseCaseDeps } from '../../store/useCaseDeps.ts';
import { requestDeadline } from '../requestRepository.ts';
import { loadRequest } from './requestUseCase.ts';

/** Reading the register: nothing is written, so no transaction and no audit entry (no personal data of subjects). */

export async function findRequest(deps: Pick<UseCaseDeps, 'store'>, reference: string): Promise<StoredRequest> {
  return loadRequest(deps.store, reference);
}

export async function listRequests(deps: Pick<UseCaseDeps, 'store'>, statuses?: readonly RequestStatus[]): Promise<StoredRequest[]> {
  const all = await deps.store.requests.list();
  return statuses ? all.filter((r) => statuses.includes(r.status)) : all;
}

/** Accountability figures per month of receipt (Art. 5(2)), by the clock's day (shared/reports/requestReport.ts). */
export async function requestReport(
  deps: Pick<UseCaseDeps, 'store' | 'clock' | 'register'>,
  range: { from?: IsoDate; to?: IsoDate } = {},
): Promise<ReportRow[]> {
  return buildRequestReport(await deps.store.requests.list(), { today: deps.clock.today(), holidays: holidaysOf(deps.register), ...range });
}

export interface RegisterSummary {
  total: number;
  open: number;
  overdue: number;
  dueWithin7Days: number;
  answered: number;
  medianDaysToAnswer: number | null;
  byStatus: Record<string, number>;
}

/** The register at a glance (the Reports screen): the report's totals plus what is due within a week. */
export async function registerSummary(deps: Pick<UseCaseDeps, 'store' | 'clock' | 'register'>): Promise<RegisterSummary> {
  const today = deps.clock.today();
  const holidays = holidaysOf(deps.register);
  const requests = await deps.store.requests.list();
  const total = buildRequestReport(requests, { today, holidays }).at(-1)!;
  const byStatus: Record<string, number> = {};
  let dueWithin7Days = 0;
  for (const r of requests) {
    byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
    const deadline = requestDeadline(r, holidays);
    if (finalStatuses.includes(r.status) || deadline.state !== 'running') continue;
    const left = daysLeft(deadline.due, today);
    if (left >= 0 && left <= 7) dueWithin7Days++;
  }
  return {
    total: requests.length,
    open: requests.filter((r) => !finalStatuses.includes(r.status)).length,
    overdue: total.overdue,
    dueWithin7Days,
    answered: total.answered,
    medianDaysToAnswer: total.medianDaysToAnswer,
    byStatus,
  };
}
