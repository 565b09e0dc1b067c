import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestSummary } from '../../shared/ipc/types.ts';
import { RequestsScreen } from '../../renderer/screens/RequestsScreen.tsx';
import { useApp } from '../../renderer/store.ts';
import { installFakeBridge, resetApp } from './fakeBridge.ts';

const row = (over: Partial<RequestSummary>): RequestSummary => ({
  id: 'INZ-2026-0001',
  reference: 'INZ-2026-0001',
  requesterName: 'A. Person',
  kind: 'access',
  status: 'in-progress',
  receivedOn: '2026-10-20',
  dueOn: '2026-11-20',
  daysLeft: -3,
  paused: false,
  extended: false,
  subjectCount: 1,
  ...over,
});

describe('RequestsScreen', () => {
  beforeEach(() => resetApp('en'));
  afterEach(cleanup);

  it('lists requests with the deadline state obvious: overdue highlighted, soon in amber, paused', async () => {
    installFakeBridge({
      'request:list': () => [
        row({}),
        row({ id: 'INZ-2026-0002', reference: 'INZ-2026-0002', daysLeft: 5, dueOn: '2026-11-28' }),
        row({ id: 'INZ-2026-0003', reference: 'INZ-2026-0003', status: 'identity-pending', daysLeft: null, dueOn: null, paused: true }),
      ],
    });
    render(<RequestsScreen />);
    const overdue = await screen.findByText('3 days overdue');
    expect(overdue.closest('tr')).toHaveProperty('className', 'row-overdue');
    expect(screen.getByText('5 days left').className).toContain('badge-soon');
    expect(screen.getByText('clock paused')).toBeTruthy();
    expect(screen.getByText('2 open · 1 overdue · 1 due within 7 days')).toBeTruthy();
  });

  it('filters by status and overdue, sending the filters to the register', async () => {
    const bridge = installFakeBridge({ 'request:list': () => [] });
    render(<RequestsScreen />);
    await screen.findByText('No requests yet');
    await userEvent.click(screen.getByLabelText('Overdue only'));
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'in-progress');
    await screen.findByText('No request matches these filters.');
    expect(bridge.calls.at(-1)).toEqual({ channel: 'request:list', input: { status: 'in-progress', overdueOnly: true } });
  });

  it('registers a new request with the keyboard and opens it', async () => {
    const bridge = installFakeBridge({
      'request:list': () => [],
      'request:create': (input) => ({
        ...row({ requesterName: input.requesterName }),
        language: 'nl',
        channel: 'letter',
        identity: null,
        allowedNext: [],
        requesterAddress: null,
        requesterEmail: null,
        subjectIds: [],
        redactions: [],
        letters: [],
        unavailableLetters: [],
        outcome: null,
        representative: null,
        controllers: [],
        history: [],
        exports: [],
      }),
    });
    render(<RequestsScreen />);
    await userEvent.click(await screen.findByRole('button', { name: 'New request' }));
    const form = screen.getByRole('form', { name: 'New request' });
    await userEvent.type(within(form).getByLabelText('Name of the requester'), 'Jan van den Berg{Enter}');
    expect(bridge.calls.find((c) => c.channel === 'request:create')?.input).toMatchObject({
      requesterName: 'Jan van den Berg',
      receivedOn: '2026-11-23',
      kind: 'access',
    });
    expect(useApp.getState().route).toEqual({ screen: 'request', requestId: 'INZ-2026-0001' });
  });

  it('says honestly when the register is not available', async () => {
    installFakeBridge({});
    render(<RequestsScreen />);
    expect(await screen.findByText('Not available yet')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'New request' })).toBeNull();
  });
});
