import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestDetail, RequestLetter } from '../../shared/ipc/types.ts';
import { RequestScreen } from '../../renderer/screens/RequestScreen.tsx';
import { installFakeBridge, resetApp } from './fakeBridge.ts';

const draft: RequestLetter = {
  id: 'acknowledgement',
  title: 'Acknowledgement of your request, reference INZ-2026-0001',
  body: 'Dear A. Person,\n\nWe received your request.\n',
  warnings: [],
  fixed: null,
  freeParagraph: null,
};
const fixedLetter: RequestLetter = {
  ...draft,
  body: 'Dear A. Person,\n\nWe received your request.\n\nWe also wrote to you by e-mail.\n',
  fixed: { on: '2026-11-21', by: 'Test Clerk' },
  freeParagraph: 'We also wrote to you by e-mail.',
};

const detail = (over: Partial<RequestDetail>): RequestDetail => ({
  id: 'INZ-2026-0001',
  reference: 'INZ-2026-0001',
  requesterName: 'A. Person',
  kind: 'access',
  status: 'in-progress',
  receivedOn: '2026-10-20',
  dueOn: '2026-11-20',
  daysLeft: -1,
  paused: false,
  extended: false,
  subjectCount: 1,
  language: 'en',
  channel: 'letter',
  identity: { method: 'desk', checkedOn: '2026-10-21', checkedBy: 'Test Clerk' },
  allowedNext: ['identity-pending', 'ready', 'refused', 'withdrawn'],
  requesterAddress: null,
  requesterEmail: null,
  subjectIds: ['SUB-1'],
  redactions: [],
  letters: [draft],
  unavailableLetters: [],
  outcome: null,
  representative: null,
  controllers: [],
  history: [],
  exports: [],
  ...over,
});

describe('RequestScreen: letters and the extension (issue 14.7, 14.8)', () => {
  beforeEach(() => resetApp('en'));
  afterEach(cleanup);

  it('does not offer an extension the law no longer allows, and shows why beside it', async () => {
    installFakeBridge({
      'request:get': () =>
        detail({
          extension: {
            allowed: false,
            code: 'extension.too-late',
            params: { reference: 'INZ-2026-0001', firstDue: '2026-11-20', recordedOn: '2026-11-21', daysLate: '1' },
          },
        }),
    });
    render(<RequestScreen requestId="INZ-2026-0001" />);
    const reason = await screen.findByTestId('extension-unavailable');
    expect(reason.textContent).toMatch(/^Extension not possible: .*first month.*2026-11-20/);
    expect(screen.queryByRole('button', { name: 'Extend by two months' })).toBeNull();
  });

  it('offers the extension while it is allowed', async () => {
    installFakeBridge({ 'request:get': () => detail({ extension: { allowed: true, firstDue: '2026-11-20' } }) });
    render(<RequestScreen requestId="INZ-2026-0001" />);
    expect(await screen.findByRole('button', { name: 'Extend by two months' })).toBeTruthy();
    expect(screen.queryByTestId('extension-unavailable')).toBeNull();
  });

  it('saves a letter as PDF with the free paragraph; once fixed the paragraph can no longer be edited', async () => {
    const bridge = installFakeBridge({
      'request:get': () => detail({}),
      'letter:savePdf': () => ({
        detail: detail({ letters: [fixedLetter] }),
        fileName: 'INZ-2026-0001-letter-acknowledgement.pdf',
        sha256: 'ab'.repeat(32),
      }),
    });
    render(<RequestScreen requestId="INZ-2026-0001" />);
    await userEvent.click(await screen.findByText(draft.title));
    await userEvent.type(screen.getByLabelText(/Free paragraph/), 'We also wrote to you by e-mail.');
    await userEvent.click(screen.getByRole('button', { name: 'Save as PDF' }));
    expect(bridge.calls.at(-1)).toEqual({
      channel: 'letter:savePdf',
      input: { requestId: 'INZ-2026-0001', letterId: 'acknowledgement', freeParagraph: 'We also wrote to you by e-mail.' },
    });
    expect((await screen.findByRole('status')).textContent).toContain('INZ-2026-0001-letter-acknowledgement.pdf');
    expect(screen.queryByLabelText(/Free paragraph/)).toBeNull();
    expect(screen.getByText(/Fixed on .* by Test Clerk/)).toBeTruthy();
  });

  it('prints: fixes the letter first, shows the fixed letter in the print view, then asks the main process to print', async () => {
    const bridge = installFakeBridge({
      'request:get': () => detail({}),
      'letter:fix': () => detail({ letters: [fixedLetter] }),
      'letter:print': () => ({ printed: true }),
    });
    render(<RequestScreen requestId="INZ-2026-0001" />);
    await userEvent.click(await screen.findByText(draft.title));
    await userEvent.type(screen.getByLabelText(/Free paragraph/), 'We also wrote to you by e-mail.');
    await userEvent.click(screen.getByRole('button', { name: 'Print' }));
    const view = await screen.findByRole('region', { name: 'Print letter' });
    expect(within(view).getByText(/We also wrote to you by e-mail\./)).toBeTruthy();
    await screen.findByRole('button', { name: 'Close' });
    expect(bridge.calls.map((c) => c.channel).slice(-2)).toEqual(['letter:fix', 'letter:print']);
    expect(bridge.calls.at(-1)?.input).toEqual({ requestId: 'INZ-2026-0001', letterId: 'acknowledgement' });
    await userEvent.click(within(view).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('region', { name: 'Print letter' })).toBeNull();
  });
});
