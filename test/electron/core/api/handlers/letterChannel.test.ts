import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../../electron/core/api/dispatch.ts';
import { createTestHandlers } from '../../../../helpers/handlerHarness.ts';
import { useTempDirs } from '../../../../helpers/tempDir.ts';

const tempDir = useTempDirs('test');

/**
 * Issue 14.8 leftover: `letter.print` was written to the audit trail before the OS print dialog opened,
 * so a cancelled dialog left a trail saying a letter went out on paper. The trail records what was
 * printed (Art. 5(2)): printWindow resolves whether it printed, and only then is the print logged.
 */
describe('letter:print', () => {
  async function printWith(printed: boolean) {
    const h = createTestHandlers(tempDir(), { subjects: 60, printWindow: async () => printed });
    try {
      const call = async <T>(channel: string, input: unknown): Promise<T> => {
        const result = await dispatch(h.handlers, channel, input);
        if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
        return result.value as T;
      };
      const request = await call<{ id: string }>('request:create', {
        requesterName: 'Test Person',
        kind: 'access',
        language: 'en',
        receivedOn: '2026-11-10',
        channel: 'letter',
      });
      await call('letter:fix', { requestId: request.id, letterId: 'acknowledgement' });
      const result = await call<{ printed: boolean }>('letter:print', { requestId: request.id, letterId: 'acknowledgement' });
      const audit = await call<{ entries: { action: string }[] }>('audit:list', { limit: 100, offset: 0, requestId: request.id });
      return { result, actions: audit.entries.map((e) => e.action) };
    } finally {
      h.close();
    }
  }

  it('audits nothing when the clerk cancels the print dialog', async () => {
    const { result, actions } = await printWith(false);
    expect(result).toEqual({ printed: false });
    expect(actions).toContain('letter.fix');
    expect(actions).not.toContain('letter.print');
  });

  it('audits the print once when the letter was printed', async () => {
    const { result, actions } = await printWith(true);
    expect(result).toEqual({ printed: true });
    expect(actions.filter((a) => a === 'letter.print')).toHaveLength(1);
  });

  it('refuses to print a letter that was not fixed, without opening the dialog', async () => {
    let opened = false;
    const h = createTestHandlers(tempDir(), {
      subjects: 60,
      printWindow: async () => {
        opened = true;
        return true;
      },
    });
    try {
      const created = await dispatch(h.handlers, 'request:create', {
        requesterName: 'Test Person',
        kind: 'access',
        language: 'en',
        receivedOn: '2026-11-10',
        channel: 'letter',
      });
      if (!created.ok) throw new Error(created.error.code);
      const requestId = (created.value as { id: string }).id;
      const result = await dispatch(h.handlers, 'letter:print', { requestId, letterId: 'acknowledgement' });
      expect(result).toMatchObject({ ok: false, error: { code: 'letter.not-fixed' } });
      expect(opened).toBe(false);
    } finally {
      h.close();
    }
  });
});
