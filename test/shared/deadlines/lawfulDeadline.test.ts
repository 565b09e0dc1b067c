import { describe, expect, it } from 'vitest';
import { computeLawfulDeadline } from '../../../shared/deadlines/lawfulDeadline.ts';
import { defaultHolidays as holidays } from '../../../shared/deadlines/publicHolidays.ts';
import { buildRequestReport } from '../../../shared/reports/requestReport.ts';
import type { StoredRequest } from '../../../shared/requests/requestTypes.ts';
import { storedRequest } from '../../helpers/storedRequest.ts';

/**
 * Registers written before issue 12 may hold pauses the use cases now refuse: one that began after the
 * due date, or one that began after the identity was verified. They stay in the register (the record
 * is kept) but do not move the lawful due date, and the report judges by that date.
 */
const change = (from: StoredRequest['status'] | null, to: StoredRequest['status'], on: string) => ({
  from,
  to,
  on,
  reason: null,
  by: 'c',
  at: `${on}T10:00:00.000Z`,
});

// The case: received 5 Jan 2026, paused 20 Feb (15 days overdue), "resumed" and sent 20 Mar.
const curedLate = storedRequest({
  reference: 'INZ-2026-0001',
  receivedOn: '2026-01-05',
  channel: 'letter',
  requester: { name: 'x' },
  status: 'sent',
  closedOn: '2026-03-20',
  createdAt: 'now',
  identity: { method: 'm', checkedOn: '2026-03-18', checkedBy: 'c', noCopyKept: true },
  pauses: [{ from: '2026-02-20', until: '2026-03-18', by: 'c' }],
  statusHistory: [
    change(null, 'received', '2026-01-05'),
    change('received', 'identity-pending', '2026-02-20'),
    change('identity-pending', 'in-progress', '2026-03-18'),
    change('in-progress', 'ready', '2026-03-20'),
    change('ready', 'sent', '2026-03-20'),
  ],
});

// Verified and in progress on 12 Jan, paused again 30 Jan, identity recorded again 25 Feb, sent 10 Mar.
const pausedAfterCheck = storedRequest({
  reference: 'INZ-2026-0002',
  receivedOn: '2026-01-05',
  channel: 'letter',
  requester: { name: 'x' },
  status: 'sent',
  closedOn: '2026-03-10',
  createdAt: 'now',
  identity: { method: 'm', checkedOn: '2026-02-25', checkedBy: 'c', noCopyKept: true },
  pauses: [{ from: '2026-01-30', until: '2026-02-25', by: 'c' }],
  statusHistory: [
    change(null, 'received', '2026-01-05'),
    change('received', 'in-progress', '2026-01-12'),
    change('in-progress', 'identity-pending', '2026-01-30'),
    change('identity-pending', 'in-progress', '2026-02-25'),
    change('in-progress', 'ready', '2026-03-10'),
    change('ready', 'sent', '2026-03-10'),
  ],
});

describe('the lawful due date', () => {
  it('disregards a pause that began after the due date, and keeps it on record', () => {
    const lawful = computeLawfulDeadline(curedLate);
    expect(lawful).toMatchObject({ originalDue: '2026-02-05', deadline: { state: 'running', due: '2026-02-05' } });
    expect(lawful.disregarded).toEqual([{ pause: curedLate.pauses[0], rule: 'after-due', dueThen: '2026-02-05' }]);
  });

  it('disregards a pause that began after the identity was verified, even when a later check was recorded', () => {
    const lawful = computeLawfulDeadline(pausedAfterCheck);
    expect(lawful).toMatchObject({ originalDue: '2026-02-05', deadline: { state: 'running', due: '2026-02-05' } });
    expect(lawful.disregarded).toEqual([{ pause: pausedAfterCheck.pauses[0], rule: 'identity-verified', dueThen: '2026-02-05' }]);
  });

  it('the report counts both as late (the issue showed answeredInTime: 1 for the first)', () => {
    for (const request of [curedLate, pausedAfterCheck]) {
      const [, total] = buildRequestReport([request], { today: '2026-03-31', holidays });
      expect(total).toMatchObject({ answered: 1, answeredInTime: 0, shareInTime: 0 });
    }
  });

  it('cannot be cured by an extension either: one recorded after the due date is disregarded, and the report counts it late', () => {
    // Received 5 Jan, due 5 Feb; an extension recorded on 10 Feb (found in an older register), answered 20 Mar.
    const extendedLate = storedRequest({
      ...curedLate,
      reference: 'INZ-2026-0003',
      pauses: [],
      identity: { method: 'm', checkedOn: '2026-01-06', checkedBy: 'c', noCopyKept: true },
      extension: { reason: 'complex', recordedOn: '2026-02-10', by: 'c' },
      statusHistory: [
        change(null, 'received', '2026-01-05'),
        change('received', 'in-progress', '2026-01-06'),
        change('in-progress', 'ready', '2026-03-20'),
        change('ready', 'sent', '2026-03-20'),
      ],
    });
    const lawful = computeLawfulDeadline(extendedLate);
    expect(lawful).toMatchObject({ extensionDisregarded: true, deadline: { state: 'running', due: '2026-02-05' } });
    expect(lawful.deadline.state === 'running' && lawful.deadline.extended).toBeUndefined();
    const [, total] = buildRequestReport([extendedLate], { today: '2026-03-31', holidays });
    expect(total).toMatchObject({ answered: 1, answeredInTime: 0 });

    // Recorded on the due date itself it counts: the answer of 20 March is then in time (due 7 April).
    const inTime = storedRequest({ ...extendedLate, extension: { reason: 'complex', recordedOn: '2026-02-05', by: 'c' } });
    expect(computeLawfulDeadline(inTime)).toMatchObject({ extensionDisregarded: false, deadline: { due: '2026-04-07' } });
    expect(buildRequestReport([inTime], { today: '2026-03-31', holidays })[1]).toMatchObject({ answered: 1, answeredInTime: 1 });

    // Nor after a disregarded pause: the late pause does not push the first month's end past the extension.
    const both = storedRequest({ ...curedLate, extension: { reason: 'complex', recordedOn: '2026-02-21', by: 'c' } });
    expect(computeLawfulDeadline(both)).toMatchObject({ extensionDisregarded: true, deadline: { due: '2026-02-05' } });
    expect(buildRequestReport([both], { today: '2026-03-31', holidays })[1]).toMatchObject({ answered: 1, answeredInTime: 0 });
  });
});
