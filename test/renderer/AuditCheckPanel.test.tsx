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
          ? { ok: false, firstBad: 3, problem: 'the log holds 2 entries, but the checkpoint records 3: entry 3 removed' }
          : { ok: true, count: 2, unkeyedEntries: 0, checkpoint: null },
    });
    render(<AuditCheckPanel />);
    await userEvent.click(screen.getByRole('button', { name: 'Check the log' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/Intact: 2 entries.*Without a checkpoint/);

    await userEvent.click(screen.getByRole('button', { name: 'Check against a checkpoint…' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Broken at entry 3.*entry 3 removed/);
    expect(bridge.calls.filter((c) => c.channel === 'audit:verify').map((c) => c.input)).toEqual([
      {},
      { checkpointFile: '/exports/INZ-2026-0001/audit-checkpoint.json' },
    ]);
  });

  it('does nothing when the dialog is cancelled', async () => {
    const bridge = installFakeBridge({ 'dialog:chooseFile': () => ({ path: null }) });
    render(<AuditCheckPanel />);
    await userEvent.click(screen.getByRole('button', { name: 'Check against a checkpoint…' }));
    expect(bridge.calls.map((c) => c.channel)).toEqual(['dialog:chooseFile']);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
