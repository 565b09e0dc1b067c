import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditCheckPanel } from '../../renderer/screens/AuditCheckPanel.tsx';
import { installFakeBridge, resetApp } from './fakeBridge.ts';

/** The Audit log screen's check: the chain alone, or against a checkpoint file picked in the dialog (issue 13.4). */
describe('AuditCheckPanel', () => {
  beforeEach(() => resetApp('en'));
  afterEach(cleanup);

  it('checks against the checkpoint picked in the dialog and shows where the log broke', async () => {
    const bridge = installFakeBridge({
      'dialog:chooseFile': () => ({ path: '/exports/INZ-2026-0001/audit-checkpoint.json' }),
      'audit:verify': ({ checkpointFile }) =>
        checkpointFile
          ? {
              ok: false,
              firstBad: 3,
              problem: 'the log holds 2 entries, but the checkpoint records 3: entry 3 removed',
              reason: { kind: 'checkpoint-cut', at: '2026-11-20T09:15:00.000Z', count: 2, recorded: 3 },
            }
          : { ok: true, count: 2, unkeyedEntries: 0, checkpoint: null },
    });
    render(<AuditCheckPanel />);
    await userEvent.click(screen.getByRole('button', { name: 'Check the log' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/Intact: 2 entries.*Without a checkpoint/);

    await userEvent.click(screen.getByRole('button', { name: 'Check against a checkpoint…' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /Broken at entry 3.*The log holds 2 entries, but the checkpoint of 2026-11-20 09:15:00 counted 3: entry 3 removed\./,
    );
    expect(bridge.calls.filter((c) => c.channel === 'audit:verify').map((c) => c.input)).toEqual([
      {},
      { checkpointFile: '/exports/INZ-2026-0001/audit-checkpoint.json' },
    ]);
  });

  it('says why the log broke in the language of the window (issue 14.6)', async () => {
    resetApp('nl');
    installFakeBridge({
      'audit:verify': () => ({
        ok: false,
        firstBad: 5,
        problem: 'entry 5 was changed',
        reason: { kind: 'changed', seq: 5, maybeOtherInstallation: false },
      }),
    });
    render(<AuditCheckPanel />);
    await userEvent.click(screen.getByRole('button', { name: 'Log controleren' }));
    const alert = (await screen.findByRole('alert')).textContent ?? '';
    expect(alert).toContain('Regel 5 is gewijzigd nadat hij was geschreven.');
    expect(alert).not.toContain('entry 5 was changed');
  });

  it('does nothing when the dialog is cancelled', async () => {
    const bridge = installFakeBridge({ 'dialog:chooseFile': () => ({ path: null }) });
    render(<AuditCheckPanel />);
    await userEvent.click(screen.getByRole('button', { name: 'Check against a checkpoint…' }));
    expect(bridge.calls.map((c) => c.channel)).toEqual(['dialog:chooseFile']);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
