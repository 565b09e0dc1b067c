import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestDetail } from '../../shared/ipc/types.ts';
import { RequestScreen } from '../../renderer/screens/RequestScreen.tsx';
import { installFakeBridge, resetApp } from './fakeBridge.ts';

const detail = (over: Partial<RequestDetail>): RequestDetail => ({
  id: 'INZ-2026-0001',
  reference: 'INZ-2026-0001',
  requesterName: 'A. Person',
  kind: 'access',
  status: 'in-progress',
  receivedOn: '2026-11-20',
  dueOn: '2026-12-21',
  daysLeft: 28,
  paused: false,
  extended: false,
  subjectCount: 1,
  language: 'en',
  channel: 'letter',
  identity: { method: 'desk', checkedOn: '2026-11-20', checkedBy: 'Test Clerk' },
  allowedNext: ['identity-pending', 'ready', 'refused', 'withdrawn'],
  requesterAddress: null,
  requesterEmail: null,
  subjectIds: ['SUB-1'],
  redactions: [],
  letters: [],
  unavailableLetters: [],
  outcome: null,
  representative: null,
  controllers: [],
  history: [],
  exports: [],
  ...over,
});

describe('RequestScreen', () => {
  beforeEach(() => resetApp('en'));
  afterEach(cleanup);

  it('takes a linked entry out of the request with the reason the clerk gives', async () => {
    const bridge = installFakeBridge({
      'request:get': () => detail({}),
      'request:unlinkSubject': () => detail({ subjectIds: [], subjectCount: 0 }),
    });
    render(<RequestScreen requestId="INZ-2026-0001" />);
    await userEvent.type(await screen.findByLabelText('Why is SUB-1 not the requester after all?'), 'address is a former one');
    await userEvent.click(screen.getByRole('button', { name: 'Take out of this request' }));
    expect(bridge.calls.at(-1)).toEqual({
      channel: 'request:unlinkSubject',
      input: { requestId: 'INZ-2026-0001', subjectId: 'SUB-1', reason: 'address is a former one' },
    });
    expect(await screen.findByRole('button', { name: 'Search the person' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Take out of this request' })).toBeNull();
  });
});
