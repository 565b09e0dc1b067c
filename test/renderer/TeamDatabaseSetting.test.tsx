import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Settings, TeamDatabaseCheck } from '../../shared/ipc/types.ts';
import { SettingsScreen } from '../../renderer/screens/SettingsScreen.tsx';
import { installFakeBridge, resetApp, testInfo } from './fakeBridge.ts';

const base = (): Settings => ({
  language: 'en',
  clerkName: 'Eva Bos',
  clerkRole: 'Privacy officer',
  outputFolder: '/home/eva/Inzage',
  register: { file: null, id: 'alektum-nl', version: '1.0', organisation: 'Alektum Group', problem: null },
  certificate: null,
  trustAnchors: [],
  secretStorage: 'available',
  teamDatabase: { url: null, passwordKept: false, inUse: null, restartNeeded: false, problem: null },
});

describe('Settings → Team database (issue 15.1)', () => {
  afterEach(cleanup);
  beforeEach(() => resetApp('en'));

  it('tests the typed address, keeps it with the password apart, and never shows a kept password', async () => {
    let settings = base();
    const tested: unknown[] = [];
    const { calls } = installFakeBridge({
      'app:info': () => testInfo,
      'settings:get': () => settings,
      'settings:testTeamDatabase': (input): TeamDatabaseCheck => {
        tested.push(input);
        return input.url.includes(':1/')
          ? { ok: false, code: 'team.unreachable', params: { reason: 'ECONNREFUSED' } }
          : { ok: true, serverVersion: '15.14', schemaVersion: 3, appSchemaVersion: 5, schema: 'outdated' };
      },
      'settings:useTeamDatabase': ({ url }) =>
        (settings = { ...settings, teamDatabase: { url, passwordKept: true, inUse: null, restartNeeded: true, problem: null } }),
    });
    const user = userEvent.setup();
    render(<SettingsScreen />);
    const panel = within(await screen.findByRole('region', { name: 'Team database' }));
    expect(panel.getByText("In use: this laptop's own database.")).toBeTruthy();
    await user.type(panel.getByLabelText('Server address (without password)'), 'postgres://clerk@127.0.0.1:1/inzage');
    await user.type(panel.getByLabelText('Password'), 'geheim-42');
    await user.click(panel.getByRole('button', { name: 'Test connection' }));
    expect((await panel.findByRole('alert')).textContent).toContain('The database server cannot be reached (ECONNREFUSED)');
    const address = panel.getByLabelText('Server address (without password)');
    await user.clear(address);
    await user.type(address, 'postgres://clerk@db.example.nl:5432/inzage');
    await user.click(panel.getByRole('button', { name: 'Test connection' }));
    await panel.findByText(
      'Connected: PostgreSQL 15.14, but schema version 3; this Inzage needs 5. The administrator runs the migration first.',
    );
    expect(tested.at(-1)).toEqual({ url: 'postgres://clerk@db.example.nl:5432/inzage', password: 'geheim-42' });
    await user.click(panel.getByRole('button', { name: 'Use this team database' }));
    await panel.findByText(/The change takes effect when Inzage starts again\./);
    // The kept password is not sent back: the field is empty, its placeholder says it is kept.
    const passwordField = panel.getByLabelText('Password') as HTMLInputElement;
    expect(passwordField.value).toBe('');
    expect(passwordField.placeholder).toBe('kept securely; leave empty to keep it');
    expect(calls.filter((c) => c.channel === 'settings:useTeamDatabase').map((c) => c.input)).toEqual([
      { url: 'postgres://clerk@db.example.nl:5432/inzage', password: 'geheim-42' },
    ]);
  });

  it('says in Dutch which database is in use and why the team server could not be opened at start', async () => {
    resetApp('nl');
    const settings: Settings = {
      ...base(),
      language: 'nl',
      teamDatabase: {
        url: 'postgres://clerk@db.example.nl/inzage',
        passwordKept: true,
        inUse: null,
        restartNeeded: true,
        problem: 'team.login-refused',
      },
    };
    installFakeBridge({ 'app:info': () => testInfo, 'settings:get': () => settings });
    render(<SettingsScreen />);
    const panel = within(await screen.findByRole('region', { name: 'Teamdatabase' }));
    expect(panel.getByText(/In gebruik: de eigen database van deze laptop\./)).toBeTruthy();
    expect((await panel.findByRole('alert')).textContent).toContain('De databaseserver weigert de aanmelding');
    expect((panel.getByLabelText('Serveradres (zonder wachtwoord)') as HTMLInputElement).value).toBe(
      'postgres://clerk@db.example.nl/inzage',
    );
  });
});
