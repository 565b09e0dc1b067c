import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/errors/domainError.ts';
import type { Settings, SettingsApplied } from '../../shared/ipc/types.ts';
import { SettingsScreen } from '../../renderer/screens/SettingsScreen.tsx';
import { useApp } from '../../renderer/store.ts';
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
});

/** A stand-in for the settings handlers: the dialogs answer `dialog`, the apply channels follow the core's rules. */
function settingsBridge(options: { dialog: Record<string, string | null>; secretStorage?: Settings['secretStorage'] }) {
  let settings: Settings = { ...base(), secretStorage: options.secretStorage ?? 'available' };
  return installFakeBridge({
    'app:info': () => testInfo,
    'settings:get': () => settings,
    'stats:get': () => ({ schemaVersion: 3, bytes: 1, tables: { subjects: 400 } }),
    'dialog:chooseFile': ({ purpose }) => ({ path: options.dialog[purpose] ?? null }),
    'dialog:chooseFolder': ({ purpose }) => ({ path: options.dialog[purpose] ?? null }),
    'settings:useOutputFolder': ({ folder }) => (settings = { ...settings, outputFolder: folder }),
    'settings:useRegister': ({ file }): SettingsApplied => {
      if (file?.endsWith('broken.json')) {
        return {
          applied: false,
          settings,
          problem: {
            kind: 'register-invalid',
            file,
            issues: [{ path: 'purposes[2].legalBases[0].article', message: 'Invalid option: expected one of "6(1)(a)"|"6(1)(b)"' }],
          },
        };
      }
      settings = {
        ...settings,
        register: { file, id: 'alektum-nl', version: file ? '2.0' : '1.0', organisation: 'Alektum Group', problem: null },
      };
      return { applied: true, settings };
    },
    'settings:useCertificate': ({ file, passphrase }): SettingsApplied => {
      if (passphrase !== 'Zomer-2026!')
        return { applied: false, settings, problem: { kind: 'certificate', file, reason: 'passphrase', date: null } };
      settings = {
        ...settings,
        certificate: {
          file,
          signerName: 'Anne de Vries',
          organisation: 'Alektum Group',
          validUntil: '2028-06-30',
          passphraseStored: settings.secretStorage === 'available',
        },
      };
      return { applied: true, settings };
    },
    'settings:forgetCertificate': () => (settings = { ...settings, certificate: null }),
    'settings:addTrustAnchor': ({ file }) => {
      if (!file.endsWith('ca.pem')) throw new DomainError('trust-anchor.invalid');
      const anchor = {
        fingerprint: 'ab'.repeat(32),
        commonName: 'Alektum Group Signing CA',
        organisation: 'Alektum Group',
        validUntil: '2036-01-01',
      };
      return (settings = { ...settings, trustAnchors: [anchor] });
    },
    'settings:removeTrustAnchor': ({ fingerprint }) =>
      (settings = { ...settings, trustAnchors: settings.trustAnchors.filter((anchor) => anchor.fingerprint !== fingerprint) }),
  });
}

describe('SettingsScreen', () => {
  beforeEach(() => resetApp('en'));
  afterEach(cleanup);

  it('refuses an invalid register naming the field, keeps the one in use, then takes a valid one', async () => {
    const dialog: Record<string, string | null> = { register: '/home/eva/broken.json' };
    const bridge = settingsBridge({ dialog });
    render(<SettingsScreen />);
    const panel = within(await screen.findByRole('region', { name: 'Processing register' }));
    expect(panel.getByText('Built-in register')).toBeTruthy();

    await userEvent.click(panel.getByRole('button', { name: 'Choose register file…' }));
    const alert = within(await panel.findByRole('alert'));
    expect(alert.getByText(/not a valid processing register; the register in use has not changed/)).toBeTruthy();
    expect(alert.getByText('purposes[2].legalBases[0].article')).toBeTruthy();
    expect(panel.getByText('Built-in register')).toBeTruthy();
    expect(panel.getByText('alektum-nl, version 1.0')).toBeTruthy();

    dialog.register = '/home/eva/register-2.json';
    await userEvent.click(panel.getByRole('button', { name: 'Choose register file…' }));
    await panel.findByText('✓ Register in use: alektum-nl, version 2.0');
    expect(panel.getByText('/home/eva/register-2.json')).toBeTruthy();
    expect(panel.queryByRole('alert')).toBeNull();
    // The path applied is the one the dialog returned; a cancelled dialog applies nothing.
    expect(bridge.calls.filter((c) => c.channel === 'settings:useRegister').map((c) => c.input)).toEqual([
      { file: '/home/eva/broken.json' },
      { file: '/home/eva/register-2.json' },
    ]);
    dialog.register = null;
    await userEvent.click(panel.getByRole('button', { name: 'Choose register file…' }));
    expect(bridge.calls.filter((c) => c.channel === 'settings:useRegister')).toHaveLength(2);
  });

  it('checks a certificate by keyboard: a wrong passphrase is said clearly, the right one shows signer and expiry', async () => {
    const bridge = settingsBridge({ dialog: { certificate: '/home/eva/anne.p12' } });
    const user = userEvent.setup();
    render(<SettingsScreen />);
    const panel = within(await screen.findByRole('region', { name: 'Signing certificate' }));
    expect(panel.getByText(/No certificate chosen/)).toBeTruthy();
    panel.getByRole('button', { name: 'Choose certificate…' }).focus();
    await user.keyboard('{Enter}');
    const field = await panel.findByLabelText('Passphrase of the certificate');
    expect(document.activeElement).toBe(field);
    expect(field.getAttribute('type')).toBe('password');

    await user.keyboard('zomer{Enter}');
    expect(within(await panel.findByRole('alert')).getByText('The passphrase is wrong. Type it again.')).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect((field as HTMLInputElement).value).toBe('');

    await user.type(field, 'Zomer-2026!{Enter}');
    await panel.findByText('✓ Certificate checked and in use');
    expect(panel.getByText('Anne de Vries')).toBeTruthy();
    expect(panel.getByText('30 Jun 2028')).toBeTruthy();
    expect(panel.getByText('Stored encrypted by the operating system')).toBeTruthy();
    expect(panel.queryByLabelText('Passphrase of the certificate')).toBeNull();
    // The passphrase went to the apply channel only.
    const carrying = bridge.calls.filter((c) => /zomer/i.test(JSON.stringify(c.input ?? null)));
    expect(carrying.map((c) => c.channel)).toEqual(['settings:useCertificate', 'settings:useCertificate']);

    await user.click(panel.getByRole('button', { name: 'Stop using this certificate' }));
    await panel.findByText(/No certificate chosen/);
  });

  it('says so when the OS cannot keep the passphrase encrypted, and that it is asked at each export', async () => {
    settingsBridge({ dialog: { certificate: '/home/eva/anne.p12' }, secretStorage: 'unavailable' });
    render(<SettingsScreen />);
    const panel = within(await screen.findByRole('region', { name: 'Signing certificate' }));
    expect(panel.getByText(/no secure key store .* you type it at each export/)).toBeTruthy();
    await userEvent.click(panel.getByRole('button', { name: 'Choose certificate…' }));
    await userEvent.type(await panel.findByLabelText('Passphrase of the certificate'), 'Zomer-2026!{Enter}');
    expect(await panel.findByText('Asked at each export')).toBeTruthy();
  });

  it('says where the database key is kept, and warns when only an owner-only file holds it (issue 13.7)', async () => {
    settingsBridge({ dialog: {} });
    useApp.setState({ info: { ...testInfo, databaseKey: { storage: 'keystore', keyFileExists: false } } });
    const { unmount } = render(<SettingsScreen />);
    const keystore = within(await screen.findByRole('region', { name: 'Database' }));
    expect(keystore.getByText(/kept by the operating system's keystore, for your account only/)).toBeTruthy();
    unmount();
    useApp.setState({ info: { ...testInfo, databaseKey: { storage: 'key-file', keyFileExists: true } } });
    render(<SettingsScreen />);
    const keyFile = within(await screen.findByRole('region', { name: 'Database' }));
    expect(keyFile.getByText(/no keystore, so the key is in the file installation.key/).className).toContain('notice-warn');
  });

  it('changes the output folder through the folder dialog, in Dutch', async () => {
    resetApp('nl');
    settingsBridge({ dialog: { output: '/home/eva/Uittreksels' } });
    render(<SettingsScreen />);
    const panel = within(await screen.findByRole('region', { name: 'Uitvoermap' }));
    expect(panel.getByText('/home/eva/Inzage')).toBeTruthy();
    await userEvent.click(panel.getByRole('button', { name: 'Map kiezen…' }));
    await panel.findByText('✓ Uitvoermap gewijzigd');
    expect(panel.getByText('/home/eva/Uittreksels')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Verwerkingsregister' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Ondertekeningscertificaat' })).toBeTruthy();
  });

  it('adds a trusted CA from a PEM file chosen in the dialog, refuses a file without a certificate, and removes it again', async () => {
    const dialog: Record<string, string | null> = { 'trust-anchor': '/home/eva/notes.txt' };
    const bridge = settingsBridge({ dialog });
    render(<SettingsScreen />);
    const panel = within(await screen.findByRole('region', { name: 'Trusted certificate authorities' }));
    expect(panel.getByText(/None yet: every signature can at most be "intact, signer not trusted"/)).toBeTruthy();

    await userEvent.click(panel.getByRole('button', { name: 'Add CA certificate…' }));
    expect((await panel.findByRole('alert')).textContent).toContain('The file holds no certificate in PEM form');

    dialog['trust-anchor'] = '/home/eva/ca.pem';
    await userEvent.click(panel.getByRole('button', { name: 'Add CA certificate…' }));
    await panel.findByText('Alektum Group Signing CA');
    expect(panel.getByText('valid until 1 Jan 2036')).toBeTruthy();
    expect(panel.queryByRole('alert')).toBeNull();
    expect(bridge.calls.filter((c) => c.channel === 'settings:addTrustAnchor').map((c) => c.input)).toEqual([
      { file: '/home/eva/notes.txt' },
      { file: '/home/eva/ca.pem' },
    ]);

    await userEvent.click(panel.getByRole('button', { name: 'Remove Alektum Group Signing CA' }));
    await panel.findByText(/None yet/);
  });
});
