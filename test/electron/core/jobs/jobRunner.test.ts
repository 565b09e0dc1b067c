import { describe, expect, it } from 'vitest';
import type { JobDone, JobProgress } from '../../../../shared/ipc/types.ts';
import { createJobRunner } from '../../../../electron/core/jobs/jobRunner.ts';

describe('job progress', () => {
  it('throttles events within a stage but passes the first event of every stage, however quick (issue 14.6)', async () => {
    const events: JobProgress[] = [];
    const done = new Promise<JobDone>((resolve) => {
      const runner = createJobRunner((p) => events.push(p), resolve);
      runner.start('export', async (progress) => {
        // Many steps within one stage in a burst, then three stages within the same millisecond.
        for (let i = 0; i < 100; i++) progress('layout', i, 1000);
        progress('encode', 900, 1000);
        progress('sign', 950, 1000);
        progress('write-pdf', 980, 1000);
        progress('done', 1000, 1000);
        return null;
      });
    });
    expect((await done).ok).toBe(true);
    expect([...new Set(events.map((e) => e.stage))]).toEqual(['layout', 'encode', 'sign', 'write-pdf', 'done']);
    // The burst within the layout stage is throttled, not passed through event by event.
    expect(events.filter((e) => e.stage === 'layout').length).toBeLessThan(10);
  });
});
