import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestDetail, Settings } from '../../shared/ipc/types.ts';
import { GenerateScreen } from '../../renderer/screens/GenerateScreen.tsx';
import { useApp } from '../../renderer/store.ts';
import { installFakeBridge, resetApp, testInfo } from './fakeBridge.ts';

const request: RequestDetail = {
  id: 'INZ-2026-0001',
  reference: 'INZ-2026-0001',
  requesterName: 'A. Person',
  kind: 'access',
  status: 'in-progress',
  receivedOn: '2026-11-10',
  dueOn: '2026-12-10',
  daysLeft: 17,
  paused: false,
  extended: false,
  subjectCount: 1,
  language: 'en',
  channel: 'email',
  identity: null,
  allowedNext: [],
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
};
const settings = (over: Partial<Settings>): Settings => ({
  language: 'en',
  clerkName: 'Eva Bos',
  clerkRole: 'Privacy officer',
  outputFolder: '/out',
  register: { file: null, id: 'alektum-nl', version: '1.0', organisation: 'Alektum Group', problem: null },
  certificate: null,
  trustAnchors: [],
  secretStorage: 'available',
  ...over,
});

describe('GenerateScreen: which certificate signs', () => {
  beforeEach(() => resetApp('en'));
  afterEach(cleanup);

  it('asks the passphrase for this export when the OS cannot keep it, and sends it with the export only', async () => {
    const bridge = installFakeBridge({
      'request:get': () => request,
      'settings:get': () =>
        settings({
          secretStorage: 'unavailable',
          certificate: {
            file: '/c.p12',
            signerName: 'Anne de Vries',
            organisation: 'Alektum Group',
            validUntil: '2028-06-30',
            passphraseStored: false,
          },
        }),
      'export:start': () => ({ jobId: 'job-1' }),
    });
    render(<GenerateScreen requestId="INZ-2026-0001" />);
    await screen.findByText('Signed with the certificate of Anne de Vries (Alektum Group), valid until 30 Jun 2028.');
    const generate = screen.getByRole('button', { name: 'Generate' });
    expect((generate as HTMLButtonElement).disabled).toBe(true);
    await userEvent.type(screen.getByLabelText('Passphrase of the signing certificate'), 'Zomer-2026!{Enter}');
    expect(bridge.calls.find((c) => c.channel === 'export:start')?.input).toEqual({
      requestId: 'INZ-2026-0001',
      archive: false,
      passphrase: 'Zomer-2026!',
    });
  });

  it('labels the demo certificate on the demo database, and refuses to export a real database without a certificate', async () => {
    installFakeBridge({ 'request:get': () => request, 'settings:get': () => settings({}), 'export:start': () => ({ jobId: 'job-1' }) });
    render(<GenerateScreen requestId="INZ-2026-0001" />);
    await screen.findByText(/Signed with the DEMO certificate: not for real use/);
    expect((screen.getByRole('button', { name: 'Generate' }) as HTMLButtonElement).disabled).toBe(false);
    cleanup();

    useApp.setState({ info: { ...testInfo, demo: { seed: null, referenceDate: null, subjects: 12 } } });
    render(<GenerateScreen requestId="INZ-2026-0001" />);
    expect((await screen.findByRole('alert')).textContent).toContain('No signing certificate chosen');
    expect((screen.getByRole('button', { name: 'Generate' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
