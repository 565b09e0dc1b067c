import { describe, expect, it } from 'vitest';
import { loadDefaultPolicy } from '../../../electron/core/policy/loadPolicy.ts';
import { computeLawfulDeadline } from '../../../shared/deadlines/lawfulDeadline.ts';
import { holidaysOf } from '../../../shared/deadlines/publicHolidays.ts';
import { formatDate } from '../../../shared/extract/format.ts';
import { buildLetter } from '../../../shared/letters/letterTemplates.ts';
import { renderLetterText } from '../../../shared/letters/renderLetterText.ts';
import type { StoredRequest } from '../../../shared/requests/requestTypes.ts';
import { storedRequest } from '../../helpers/storedRequest.ts';

const policy = loadDefaultPolicy();
const holidays = holidaysOf(policy);

function acknowledgement(request: StoredRequest, today: string, language: 'nl' | 'en' = 'en') {
  const deadline = computeLawfulDeadline(request, holidays).deadline;
  return buildLetter('acknowledgement', { request, deadline, policy, clerk: 'M. de Vries', today, language });
}

const received = storedRequest({
  reference: 'INZ-2026-0011',
  receivedOn: '2026-03-05',
  status: 'received',
  requester: { name: 'Anna de Jong' },
});

describe('the acknowledgement (issue 14.7)', () => {
  it('is dated the day it is made, and within the month promises the due date', () => {
    const letter = acknowledgement(received, '2026-03-09');
    expect(letter.date).toBe(formatDate('2026-03-09', 'en'));
    expect(renderLetterText(letter).replace(/\s+/g, ' ')).toContain(`at the latest on ${formatDate('2026-04-07', 'en')}`);
  });

  it('on an overdue request never promises the past due date: it says the answer is late and gives no date already past', () => {
    // Received 5 March, due 7 April (5 April is a Sunday, 6 April Easter Monday); acknowledged on 20 April.
    for (const language of ['nl', 'en'] as const) {
      const letter = acknowledgement(received, '2026-04-20', language);
      const text = renderLetterText(letter).replace(/\s+/g, ' ');
      expect(letter.date).toBe(formatDate('2026-04-20', language));
      expect(text).not.toMatch(language === 'nl' ? /en uiterlijk op 7 april/ : /at the latest on 7 April/);
      // It names the due date that passed, says so, and what the law leaves: an answer without further delay.
      expect(text).toContain(formatDate('2026-04-07', language));
      expect(text).toMatch(language === 'nl' ? /te laat/ : /\blate\b/);
      expect(text).toMatch(language === 'nl' ? /zonder verdere vertraging/ : /without further delay/);
    }
  });

  it('after a lawful identity pause gives the new lawful due date, not the original one', () => {
    // Identity asked 20 March (before the due date, identity unverified), received 2 April: due 2 May → Monday 4 May.
    const paused = storedRequest({
      ...received,
      status: 'in-progress',
      pauses: [{ from: '2026-03-20', until: '2026-04-02', by: 'M. de Vries' }],
      statusHistory: [
        { from: null, to: 'received', on: '2026-03-05', at: '2026-03-05T09:00:00.000Z', by: 'M. de Vries', reason: null },
        {
          from: 'received',
          to: 'identity-pending',
          on: '2026-03-20',
          at: '2026-03-20T09:00:00.000Z',
          by: 'M. de Vries',
          reason: 'address differs',
        },
        { from: 'identity-pending', to: 'in-progress', on: '2026-04-02', at: '2026-04-02T09:00:00.000Z', by: 'M. de Vries', reason: null },
      ],
    });
    const text = renderLetterText(acknowledgement(paused, '2026-04-20')).replace(/\s+/g, ' ');
    expect(text).toContain(`at the latest on ${formatDate('2026-05-04', 'en')}`);
    expect(text).not.toMatch(/\blate\b/);
  });
});
