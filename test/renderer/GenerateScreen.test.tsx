import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestDetail, Settings, VerifyResult } from '../../shared/ipc/types.ts';
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

describe('GenerateScreen: the verification of the files handed out (issue 14.6)', () => {
  beforeEach(() => resetApp('nl'));
  afterEach(cleanup);

  const pdf = 'INZ-2026-0001_extract_en.pdf';
  const zip = 'INZ-2026-0001_portability.zip';
  const verified: VerifyResult = {
    ok: false,
    verdict: 'invalid',
    signers: [],
    checks: [
      { ok: false, check: 'file-recorded', in: [pdf], problem: { kind: 'changed-after-export' } },
      {
        ok: false,
        check: 'cms-signature',
        in: [pdf],
        document: 'document',
        problem: { kind: 'changed-after-signing', reason: 'hash mismatch' },
      },
      { ok: true, check: 'archive-reads', in: [zip], files: 7 },
      {
        ok: false,
        check: 'archive-manifest',
        in: [zip],
        problem: { kind: 'manifest-differs', problems: [{ kind: 'changed', file: 'data.json' }] },
      },
      { ok: true, check: 'cms-no-signing-time', in: [zip, 'manifest.json.p7s'] },
    ],
  };

  it("words every check in the clerk's language, without the readers' technical reasons", async () => {
    installFakeBridge({
      'request:get': () => ({ ...request, exports: [{ folder: '/out/INZ-2026-0001', files: [], createdAt: '2026-11-23T10:00:00Z' }] }),
      'settings:get': () => settings({ language: 'nl' }),
      'export:verify': () => verified,
    });
    render(<GenerateScreen requestId="INZ-2026-0001" />);
    await userEvent.click(await screen.findByRole('button', { name: 'Controleren' }));
    await screen.findByText('Alle controles tonen');
    const items = [...document.querySelectorAll('.verify-checks li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(items).toEqual([
      `✗ ${pdf}: SHA-256 zoals vastgelegd bij het maken het bestand is gewijzigd nadat het is gemaakt`,
      `✗ ${pdf}: de handtekening klopt met de bytes van het document (messageDigest en RSA-handtekening) ` +
        'het document is na het ondertekenen gewijzigd',
      `✓ ${zip}: het archief is leesbaar (7 bestanden, controlegetallen kloppen)`,
      `✗ ${zip}: elk bestand klopt met manifest.json data.json: SHA-256 wijkt af van het manifest (het bestand is gewijzigd)`,
      `✓ ${zip}: manifest.json.p7s: de CMS heeft geen signing-time-attribuut (PAdES: het tijdstip staat in /M)`,
    ]);
    expect(document.body.textContent).not.toContain('hash mismatch');
  });
});
