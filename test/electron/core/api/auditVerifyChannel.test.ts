import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../electron/core/api/dispatch.ts';
import { createTestHandlers } from '../../../helpers/handlerHarness.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import { scriptedChooser } from '../../../helpers/testSecretStore.ts';
import { cli } from '../../../helpers/cliHarness.ts';
import { openKeyedDatabase } from '../../../helpers/testKeys.ts';

/** The Audit log screen's check (audit:verify): the chain, or the chain against a checkpoint picked in the OS dialog. */
describe('audit:verify', () => {
  const tempDir = useTempDirs();

  it('checks against the checkpoint picked in the dialog, catches a cut-off tail, and reads no path it was not given', async () => {
    const dir = tempDir();
    const checkpointFile = join(dir, 'audit-checkpoint.json');
    const h = createTestHandlers(dir, { subjects: 120, chooser: scriptedChooser({ checkpoint: checkpointFile }) });
    try {
      const call = (channel: string, input: unknown) => dispatch(h.handlers, channel, input);
      for (const name of ['A', 'B', 'C'])
        await call('request:create', { requesterName: name, kind: 'access', language: 'nl', receivedOn: '2026-11-20', channel: 'letter' });
      // The checkpoint a report printed (same installation key as the window: the tests' fixed one).
      const report = await cli(['report', '--json', '--db', h.databaseFile]);
      writeFileSync(checkpointFile, JSON.stringify(JSON.parse(report.out).auditCheckpoint));

      // A path the dialog did not return is not read.
      expect(await call('audit:verify', { checkpointFile })).toMatchObject({ ok: false, error: { code: 'settings.not-chosen-in-dialog' } });
      expect(await call('audit:verify', {})).toMatchObject({
        ok: true,
        value: { ok: true, count: 3, unkeyedEntries: 0, checkpoint: null },
      });
      expect(await call('dialog:chooseFile', { purpose: 'checkpoint' })).toMatchObject({ ok: true, value: { path: checkpointFile } });
      expect(await call('audit:verify', { checkpointFile })).toMatchObject({
        ok: true,
        value: { ok: true, count: 3, checkpoint: { count: 3 } },
      });

      // Someone with the file cuts off the last entry and resets the anchor: only the checkpoint shows it.
      const raw = openKeyedDatabase(h.databaseFile);
      raw.exec('DROP TRIGGER audit_log_no_delete');
      const second = raw.prepare('SELECT hash FROM audit_log WHERE seq = 2').get() as { hash: string };
      raw.prepare('DELETE FROM audit_log WHERE seq = 3').run();
      raw.prepare('UPDATE audit_anchor SET count = 2, head_hash = ? WHERE id = 1').run(second.hash);
      raw.close();
      expect(await call('audit:verify', {})).toMatchObject({ ok: true, value: { ok: true, count: 2 } });
      expect(await call('audit:verify', { checkpointFile })).toMatchObject({
        ok: true,
        value: { ok: false, firstBad: 3, problem: expect.stringMatching(/entry 3 removed/) },
      });
    } finally {
      h.close();
    }
  });
});
