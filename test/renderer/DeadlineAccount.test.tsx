import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { deadlineAccount } from '../../shared/deadlines/deadlineAccount.ts';
import { defaultHolidays } from '../../shared/deadlines/publicHolidays.ts';
import type { StoredRequest } from '../../shared/requests/requestTypes.ts';
import { DeadlineAccountPanel } from '../../renderer/components/DeadlineAccount.tsx';
import { storedRequest } from '../helpers/storedRequest.ts';
import { resetApp } from './fakeBridge.ts';

/**
 * The request view gives the deadline's account (issue 12.1), computed by the same function as
 * `inzage request show`: a request received 5 January, paused on 9 January for a differing signature
 * (identity in on 20 January), paused again on 10 February after the identity was verified, and
 * extended on 1 March, after the first month had ended.
 */
const change = (from: StoredRequest['status'] | null, to: StoredRequest['status'], on: string, reason: string | null = null) => ({
  from,
  to,
  on,
  reason,
  by: 'c',
  at: `${on}T10:00:00.000Z`,
});
const request = storedRequest({
  reference: 'INZ-2026-0001',
  receivedOn: '2026-01-05',
  channel: 'letter',
  requester: { name: 'x' },
  status: 'in-progress',
  closedOn: null,
  createdAt: 'now',
  identity: { method: 'm', checkedOn: '2026-01-20', checkedBy: 'c', noCopyKept: true },
  extension: { reason: 'complex', recordedOn: '2026-03-01', by: 'c' },
  pauses: [
    { from: '2026-01-09', until: '2026-01-20', by: 'Eva Bos' },
    { from: '2026-02-10', until: '2026-02-25', by: 'c' },
  ],
  statusHistory: [
    change(null, 'received', '2026-01-05'),
    change('received', 'identity-pending', '2026-01-09', 'signature differs'),
    change('identity-pending', 'in-progress', '2026-01-20'),
    change('in-progress', 'identity-pending', '2026-02-10', 'new address'),
    change('identity-pending', 'in-progress', '2026-02-25'),
  ],
});

describe('DeadlineAccountPanel', () => {
  afterEach(cleanup);
  const account = deadlineAccount(request, defaultHolidays);

  const words = {
    en: {
      original: /^Original due date \(one month from receipt\)5 Feb 2026$/,
      lawful: '20 Feb 2026',
      first: 'Pause for identity information 9 Jan 2026 – 20 Jan 2026, by Eva Bos; reason: signature differs. Counts.',
      second:
        'Pause for identity information 10 Feb 2026 – 25 Feb 2026, by c; reason: new address. ' +
        'Disregarded: asked after the identity had been verified (due date then 20 Feb 2026).',
      extension: 'Extension recorded 1 Mar 2026 by c: complex. Disregarded: recorded after the first month had ended (20 Feb 2026).',
    },
    nl: {
      original: /^Oorspronkelijke uiterste datum \(een maand na ontvangst\)5 feb 2026$/,
      lawful: '20 feb 2026',
      first: 'Opschorting voor identiteitsgegevens 9 jan 2026 – 20 jan 2026, door Eva Bos; reden: signature differs. Telt mee.',
      second:
        'Opschorting voor identiteitsgegevens 10 feb 2026 – 25 feb 2026, door c; reden: new address. ' +
        'Telt niet mee: gevraagd nadat de identiteit al was vastgesteld (uiterste datum toen 20 feb 2026).',
      extension:
        'Verlenging vastgelegd op 1 mrt 2026 door c: complex. ' +
        'Telt niet mee: vastgelegd nadat de eerste maand was verstreken (20 feb 2026).',
    },
  };

  for (const language of ['en', 'nl'] as const) {
    it(`shows the original and lawful due dates, each pause with its reason, and what was disregarded and why (${language})`, () => {
      resetApp(language);
      render(<DeadlineAccountPanel account={account} />);
      const panel = within(screen.getByRole('region'));
      const w = words[language];
      const facts = panel.getAllByRole('definition').map((dd) => dd.textContent);
      expect(facts).toEqual([expect.stringMatching(/5 feb 2026/i), w.lawful]);
      expect(
        panel
          .getAllByRole('term')
          .map((dt, i) => `${dt.textContent}${facts[i]}`)
          .some((line) => w.original.test(line)),
      ).toBe(true);
      expect(panel.getAllByRole('listitem').map((li) => li.textContent)).toEqual([w.first, w.second, w.extension]);
    });
  }
});
