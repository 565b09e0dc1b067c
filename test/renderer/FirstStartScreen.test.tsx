import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/App.tsx';
import { ApiError } from '../../renderer/api.ts';
import { ErrorState } from '../../renderer/components/States.tsx';
import { AuditScreen } from '../../renderer/screens/AuditScreen.tsx';
import type { AuditEntry, Settings } from '../../shared/ipc/types.ts';
import { useApp } from '../../renderer/store.ts';
import { installFakeBridge, resetApp, testInfo } from './fakeBridge.ts';

const stored = (over: Partial<Settings>): Settings => ({
  language: 'nl',
  clerkName: 'Privacy desk',
  clerkRole: null,
  outputFolder: '/out',
  register: {
    file: null,
    id: 'alektum-nl',
    version: '1',
    organisation: 'Alektum Group',
    problem: null,
    provenance: { elements: 0, fromStatement: 0, toConfirm: [] },
  },
  certificate: null,
  trustAnchors: [],
  secretStorage: 'available',
  ...over,
});

describe('the first start and the words of the audit log (issue 14.5, 14.6)', () => {
  afterEach(() => {
    cleanup();
    useApp.setState({ info: null, needsClerk: false });
  });

  it('asks name and function before anything else, by keyboard, and then opens the app', async () => {
    useApp.setState({ info: null, language: 'nl', route: { screen: 'requests' } });
    let settings = stored({});
    const bridge = installFakeBridge({
      'app:info': () => testInfo,
      'settings:get': () => settings,
      'settings:update': (patch) => (settings = stored({ ...settings, ...patch })),
    });
    render(<App />);
    const name = await screen.findByLabelText('Uw naam');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Welkom bij Inzage');
    expect(document.activeElement).toBe(name);
    // Switching the language re-words the screen at once.
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Taal'), 'en');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Welcome to Inzage');
    await user.click(screen.getByLabelText('Your name'));
    await user.keyboard('Anna de Vries');
    await user.tab();
    await user.keyboard('Privacy officer{Enter}');
    await waitFor(() => expect(screen.queryByText('Welcome to Inzage')).toBeNull());
    expect(bridge.calls.filter((c) => c.channel === 'settings:update').map((c) => c.input)).toEqual([
      { language: 'en', clerkName: 'Anna de Vries', clerkRole: 'Privacy officer' },
    ]);
    expect(useApp.getState().language).toBe('en');
  });

  it('does not ask again once the clerk is known', async () => {
    useApp.setState({ info: null, language: 'nl', route: { screen: 'requests' } });
    installFakeBridge({
      'app:info': () => testInfo,
      'settings:get': () => stored({ clerkName: 'Anna de Vries', clerkRole: 'Privacy officer' }),
    });
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Verzoeken' });
    expect(screen.queryByText('Welkom bij Inzage')).toBeNull();
  });

  it('shows audit entries as sentences, with counts instead of ids and without digests', async () => {
    resetApp('en');
    const entries: AuditEntry[] = [
      {
        id: 2,
        at: '2026-11-23T10:00:05.000Z',
        actor: 'Anna de Vries',
        action: 'search',
        requestId: 'INZ-2026-0007',
        subjectId: null,
        target: null,
        details: { query: 'f'.repeat(64), queries: 4, shown: Array.from({ length: 60 }, (_, i) => `S${1000 + i}`) },
        detail: 'raw',
      },
      {
        id: 1,
        at: '2026-11-23T10:00:00.000Z',
        actor: 'Anna de Vries',
        action: 'request.status',
        requestId: 'INZ-2026-0007',
        subjectId: null,
        target: 'in-progress',
        details: { from: 'received', reasonGiven: false },
        detail: 'raw',
      },
    ];
    installFakeBridge({ 'audit:list': () => ({ total: entries.length, entries }) });
    render(<AuditScreen />);
    await screen.findByText('Searched for a person (4 queries, 60 entries shown). Request INZ-2026-0007.');
    screen.getByText('Status changed from "received" to "in progress". Request INZ-2026-0007.');
    const text = document.body.textContent ?? '';
    expect(text).not.toMatch(/ffffffffffff|S1000|reasonGiven|raw/);
  });

  it('gives the next step with every error', () => {
    resetApp('nl');
    render(<ErrorState error={new ApiError('output.folder-unwritable', 'x')} />);
    expect(screen.getByRole('alert').textContent).toContain('Volgende stap: Open Instellingen (Alt+5) en kies een andere uitvoermap.');
  });
});
