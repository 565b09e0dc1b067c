import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/errors/domainError.ts';
import type { RequestTeamView } from '../../../shared/team/teamTypes.ts';
import { RequestTeamPanel } from '../../../renderer/screens/team/RequestTeamPanel.tsx';
import { DueSoonWarning } from '../../../renderer/screens/team/DueSoonWarning.tsx';
import { installFakeBridge, resetApp } from '../fakeBridge.ts';

const view = (over: Partial<RequestTeamView['state']> = {}, mayDecide = true): RequestTeamView => ({
  state: { reference: 'INZ-2026-0001', owner: 'Anna', version: 6, changedBy: 'Anna', changedAt: '2026-11-20T09:00:00.000Z', ...over },
  approvals: [],
  settings: { roleChecks: true, fourEyes: true },
  clerk: 'Bram',
  roles: ['clerk', 'approver'],
  mayDecide,
});

describe('the team panel and the due-soon warning (issue 15.3, 15.4)', () => {
  beforeEach(() => resetApp('en'));
  afterEach(cleanup);

  it('keeps the typed reason when a colleague changed the request first, names them, and decides on the new version', async () => {
    let current = view();
    const bridge = installFakeBridge({
      'team:request': () => current,
      'team:reject': ({ version, reason }) => {
        if (version !== current.state.version) {
          throw new DomainError('request.changed-meanwhile', {
            reference: 'INZ-2026-0001',
            by: current.state.changedBy!,
            at: current.state.changedAt!,
            seen: version,
            current: current.state.version,
          });
        }
        current = {
          ...view({ version: version + 1, changedBy: 'Bram' }),
          approvals: [{ decision: 'reject', reason, by: 'Bram', at: '2026-11-20T10:00:00.000Z', version: version + 1 }],
        };
        return current;
      },
    });
    const user = userEvent.setup();
    render(<RequestTeamPanel requestId="INZ-2026-0001" onChanged={() => undefined} />);
    const panel = await screen.findByTestId('team-panel');
    expect(within(panel).getByTestId('team-owner').textContent).toBe('Anna');

    // Meanwhile Dirk adds a note: the request moves to version 7 on the server.
    current = view({ version: 7, changedBy: 'Dirk', changedAt: '2026-11-20T09:30:00.000Z' });
    const reason = within(panel).getByLabelText('Reason (required to reject)');
    await user.click(reason);
    await user.keyboard('Redact the co-debtor');
    // By keyboard: Tab past Approve to Reject, Enter.
    await user.tab();
    await user.tab();
    expect(document.activeElement?.textContent).toBe('Reject');
    await user.keyboard('{Enter}');

    const alert = await within(panel).findByRole('alert');
    expect(alert.textContent).toContain('Dirk changed request INZ-2026-0001 in the meantime (2026-11-20T09:30:00.000Z)');
    expect((reason as HTMLTextAreaElement).value).toBe('Redact the co-debtor');
    expect(bridge.calls.filter((c) => c.channel === 'team:reject').map((c) => (c.input as { version: number }).version)).toEqual([6]);

    await user.click(within(alert).getByRole('button', { name: 'Show the current state' }));
    expect(await within(panel).findByText(/version 7/)).toBeTruthy();
    expect((reason as HTMLTextAreaElement).value).toBe('Redact the co-debtor');
    await user.click(within(panel).getByRole('button', { name: 'Reject' }));
    expect(await within(panel).findByText('Rejected')).toBeTruthy();
    expect(bridge.calls.filter((c) => c.channel === 'team:reject').map((c) => (c.input as { version: number }).version)).toEqual([6, 7]);
    expect((reason as HTMLTextAreaElement).value).toBe('');
  });

  it('offers no decision to the clerk who prepared it, and says why (Dutch)', async () => {
    resetApp('nl');
    installFakeBridge({ 'team:request': () => view({ owner: 'Bram' }, false) });
    render(<RequestTeamPanel requestId="INZ-2026-0001" onChanged={() => undefined} />);
    const panel = await screen.findByTestId('team-panel');
    expect(within(panel).queryByRole('button', { name: 'Afwijzen' })).toBeNull();
    expect(within(panel).getByText(/andere goedkeurder dan de voorbereider/)).toBeTruthy();
    expect(within(panel).queryByRole('button', { name: 'Dit verzoek oppakken' })).toBeNull();
  });

  it('warns on start about what is due within seven days, each a link to the request', async () => {
    installFakeBridge({
      'team:dueSoon': () => ({
        count: 2,
        requests: [
          {
            reference: 'INZ-2026-0002',
            status: 'received',
            receivedOn: '2026-10-16',
            owner: null,
            version: 1,
            due: '2026-11-16',
            daysLeft: -9,
            dueSoon: true,
            approval: null,
          },
          {
            reference: 'INZ-2026-0001',
            status: 'in-progress',
            receivedOn: '2026-11-02',
            owner: 'Anna',
            version: 3,
            due: '2026-12-02',
            daysLeft: 7,
            dueSoon: true,
            approval: null,
          },
        ],
      }),
    });
    render(<DueSoonWarning />);
    const warning = await screen.findByTestId('due-soon');
    expect(within(warning).getByRole('heading').textContent).toBe('2 open request(s) due within seven days or overdue');
    expect(warning.textContent).toContain('overdue by 9 day(s)');
    expect(warning.textContent).toContain('(7 day(s) left) · Anna');
    expect(
      within(warning)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['INZ-2026-0002', 'INZ-2026-0001']);
  });
});
