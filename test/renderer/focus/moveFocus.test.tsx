import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { focusWhenReady, nextActionSelectors } from '../../../renderer/focus/moveFocus.ts';
import { RequestScreen } from '../../../renderer/screens/RequestScreen.tsx';
import type { RequestDetail } from '../../../shared/ipc/types.ts';
import { installFakeBridge, resetApp } from '../fakeBridge.ts';

/** Screens render into the Shell's <main id="main">; focus is only ever moved inside it. */
function mainElement(): HTMLElement {
  const main = document.createElement('main');
  main.id = 'main';
  document.body.appendChild(main);
  return main;
}

const detail = (over: Partial<RequestDetail>): RequestDetail => ({
  id: 'INZ-2026-0001',
  reference: 'INZ-2026-0001',
  requesterName: 'A. Person',
  kind: 'access',
  status: 'received',
  receivedOn: '2026-11-20',
  dueOn: '2026-12-21',
  daysLeft: 28,
  paused: false,
  extended: false,
  subjectCount: 0,
  language: 'en',
  channel: 'letter',
  identity: null,
  allowedNext: ['identity-pending', 'in-progress', 'refused', 'withdrawn'],
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
  ...over,
});

describe('focusWhenReady', () => {
  afterEach(() => document.body.replaceChildren());

  it('waits for a screen still loading, then focuses the control it is opened for before its heading', async () => {
    const main = mainElement();
    focusWhenReady(nextActionSelectors);
    expect(document.activeElement).toBe(document.body);
    main.innerHTML = '<h1 tabindex="-1">Search</h1><input id="q" data-screen-focus>';
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.activeElement?.id).toBe('q');
  });

  it('falls back to the heading, and skips a disabled control', () => {
    const main = mainElement();
    main.innerHTML = '<h1 tabindex="-1">Generate</h1><button data-screen-focus disabled>Generate</button>';
    focusWhenReady(nextActionSelectors);
    expect(document.activeElement?.tagName).toBe('H1');
  });
});

describe('RequestScreen moves focus to the next step after each action (issue 14.1)', () => {
  beforeEach(() => resetApp('en'));
  afterEach(() => {
    cleanup();
    document.body.replaceChildren();
  });

  it('identity recorded: focus goes to "Search the person", not to <body>', async () => {
    installFakeBridge({
      'request:get': () => detail({}),
      'request:checkIdentity': () =>
        detail({ status: 'in-progress', identity: { method: 'Signed letter', checkedOn: '2026-11-20', checkedBy: 'Test Clerk' } }),
    });
    render(<RequestScreen requestId="INZ-2026-0001" />, { container: mainElement() });
    const method = await screen.findByLabelText('How was the identity checked?');
    await userEvent.type(method, 'Signed letter{Enter}');
    await screen.findByText(/Signed letter/, { selector: 'p' });
    await expect.poll(() => document.activeElement?.textContent).toBe('Search the person');
  });

  it('marked as sent: the request is closed and focus goes back to the register link', async () => {
    const ready = detail({
      status: 'ready',
      identity: { method: 'desk', checkedOn: '2026-11-20', checkedBy: 'Test Clerk' },
      subjectIds: ['SUB-1'],
      allowedNext: ['sent', 'in-progress'],
      exports: [{ createdAt: '2026-11-21T10:00:00Z', folder: '/out', files: [{ name: 'x.pdf', bytes: 1000 }] }],
    });
    installFakeBridge({ 'request:get': () => ready, 'request:setStatus': () => ({ ...ready, status: 'sent', allowedNext: [] }) });
    render(<RequestScreen requestId="INZ-2026-0001" />, { container: mainElement() });
    await userEvent.click(await screen.findByRole('button', { name: 'Mark as sent' }));
    await expect.poll(() => document.activeElement?.textContent).toBe('← Requests');
  });
});
