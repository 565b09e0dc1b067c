import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../electron/core/api/dispatch.ts';
import type { RetentionOverview } from '../../../../shared/ipc/types.ts';
import { cli } from '../../../helpers/cliHarness.ts';
import { createTestHandlers } from '../../../helpers/handlerHarness.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

/** The window's retention check and `inzage retention --overdue` are one use case: the same lists on the same database. */
describe('retention:overdue', () => {
  const tempDir = useTempDirs('test');

  it('answers the window with exactly what the command line lists, held records included', async () => {
    const h = createTestHandlers(tempDir(), { subjects: 100 });
    try {
      const result = await dispatch(h.handlers, 'retention:overdue', {});
      if (!result.ok) throw new Error(result.error.message);
      const overview = result.value as RetentionOverview;
      expect(overview.records.length).toBeGreaterThan(0);
      expect(overview.heldPastPeriod.length).toBeGreaterThan(0); // the demo's hold (S0000016) was placed after the period ended
      const printed = await cli(['retention', '--overdue', '--db', h.databaseFile, '--today', overview.today, '--json']);
      const fromCli = JSON.parse(printed.out) as RetentionOverview & { count: number };
      expect({ today: fromCli.today, records: fromCli.records, heldPastPeriod: fromCli.heldPastPeriod }).toEqual(overview);
    } finally {
      h.close();
    }
  }, 120_000);
});
