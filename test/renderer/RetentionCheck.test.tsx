import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { RetentionOverview } from '../../shared/ipc/types.ts';
import { RetentionCheck } from '../../renderer/screens/RetentionCheck.tsx';
import { installFakeBridge, resetApp } from './fakeBridge.ts';

const overview: RetentionOverview = {
  today: '2026-12-07',
  records: [
    { table: 'aml_checks', recordId: 'AML0000033', ruleId: 'aml+5y', until: '2026-07-23', reason: 'expired' },
    { table: 'addresses', recordId: 'ADR0000038', ruleId: 'case-closed+36m', until: '2024-08-03', reason: 'expired' },
    { table: 'payments', recordId: 'PAY0000001', ruleId: 'case-closed+36m', until: '2024-08-03', reason: 'expired' },
  ],
  heldPastPeriod: [
    {
      table: 'cases',
      recordId: 'INC-2018-0000094',
      ruleId: 'case-closed+36m',
      normalUntil: '2022-08-30',
      holdId: 'HLD0000001',
      holdStartedOn: '2022-11-15',
    },
  ],
};

describe('RetentionCheck', () => {
  afterEach(cleanup);

  for (const language of ['en', 'nl'] as const) {
    it(`runs the check on request: counts, held records to review, overdue ids (${language})`, async () => {
      resetApp(language);
      const bridge = installFakeBridge({ 'retention:overdue': () => overview });
      render(<RetentionCheck />);
      expect(bridge.calls.some((c) => c.channel === 'retention:overdue')).toBe(false); // only when asked: it reads everyone's records
      await userEvent.click(screen.getByRole('button', { name: language === 'en' ? 'Check retention' : 'Bewaartermijnen controleren' }));
      const status = await screen.findByRole('status');
      expect(status.textContent).toBe(
        language === 'en'
          ? '3 records past their retention date on 2026-12-07'
          : '3 gegevens met een verstreken bewaartermijn op 2026-12-07',
      );
      const held = within(
        screen.getByRole('list', {
          name: language === 'en' ? 'Kept by a legal hold after their own period' : 'Bewaard vanwege een bewaarplicht na hun eigen termijn',
        }),
      );
      expect(held.getByRole('listitem').textContent).toBe(
        language === 'en'
          ? 'cases INC-2018-0000094: case-closed+36m ended on 2022-08-30; hold HLD0000001 since 2022-11-15'
          : 'cases INC-2018-0000094: case-closed+36m verstreken op 2022-08-30; bewaarplicht HLD0000001 sinds 2022-11-15',
      );
      const perRule = screen.getAllByRole('table')[0]!;
      expect(
        within(perRule)
          .getAllByRole('row')
          .map((row) => row.textContent),
      ).toEqual(['aml+5y1', 'case-closed+36m2']);
      expect(screen.getByText('AML0000033')).toBeTruthy();
    });
  }
});
