import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../../electron/core/api/dispatch.ts';
import { createTestHandlers } from '../../../../helpers/handlerHarness.ts';
import { useTempDirs } from '../../../../helpers/tempDir.ts';

/**
 * The window's team channels (issue 15.3, 15.4) over the real handlers: two app instances (two clerks,
 * each with their own settings) on one demo database. The second clerk's change at an outdated version
 * comes back as request.changed-meanwhile naming the first, and nothing of it is stored.
 */
describe('the team: channels', () => {
  const tempDir = useTempDirs();

  it('take, hand over, the queue and the warning, and a conflict between two windows', async () => {
    const dir = tempDir();
    const anna = createTestHandlers(join(dir, 'anna'), { subjects: 60, today: '2026-11-20' });
    mkdirSync(join(dir, 'bram'));
    const bram = createTestHandlers(join(dir, 'bram'), { databaseFile: anna.databaseFile, today: '2026-11-20' });
    try {
      await anna.handlers['settings:update']({ clerkName: 'Anna' });
      await bram.handlers['settings:update']({ clerkName: 'Bram' });
      const created = await anna.handlers['request:create']({
        requesterName: 'A. Jansen',
        kind: 'access',
        language: 'nl',
        receivedOn: '2026-11-02',
        channel: 'letter',
      });
      const requestId = created.id;
      const seen = (await bram.handlers['team:request']({ requestId })).state.version;
      const taken = await anna.handlers['team:take']({ requestId, version: seen });
      expect(taken.state).toMatchObject({ owner: 'Anna', version: seen + 1, changedBy: 'Anna' });

      // Bram still shows the version before Anna took it.
      const conflict = await dispatch(bram.handlers, 'team:take', { requestId, version: seen });
      expect(conflict).toMatchObject({
        ok: false,
        error: { code: 'request.changed-meanwhile', params: { reference: requestId, by: 'Anna', seen, current: seen + 1 } },
      });
      expect((await bram.handlers['team:request']({ requestId })).state.owner).toBe('Anna');

      const handed = await anna.handlers['team:handOver']({ requestId, version: seen + 1, to: 'Bram' });
      expect(handed.state.owner).toBe('Bram');
      expect((await bram.handlers['team:queue']({ mine: true })).map((r) => r.reference)).toEqual([requestId]);
      expect(await anna.handlers['team:queue']({ mine: true })).toEqual([]);
      // Due 2 December, 12 days from 20 November: not yet announced.
      expect((await anna.handlers['team:dueSoon']({})).count).toBe(0);
      expect((await anna.handlers['team:request']({ requestId })).mayDecide).toBe(false);
    } finally {
      anna.close();
      bram.close();
    }
  });
});
