import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Language, RequestDetail } from '../../shared/ipc/types.ts';
import { RequestScreen } from '../../renderer/screens/RequestScreen.tsx';
import { installFakeBridge, resetApp } from './fakeBridge.ts';

/** The request screen's controls for who asks and the outcomes (issue 12.6, 12.8, 12.9), by keyboard, in Dutch and English. */
const detail = (over: Partial<RequestDetail>): RequestDetail => ({
  id: 'INZ-2026-0001',
  reference: 'INZ-2026-0001',
  requesterName: 'A. Person',
  kind: 'access',
  status: 'in-progress',
  receivedOn: '2026-11-20',
  dueOn: '2026-12-21',
  daysLeft: 28,
  paused: false,
  extended: false,
  subjectCount: 0,
  language: 'en',
  channel: 'letter',
  identity: { method: 'desk', checkedOn: '2026-11-20', checkedBy: 'Test Clerk' },
  allowedNext: ['identity-pending', 'ready', 'refused', 'withdrawn'],
  requesterAddress: null,
  requesterEmail: null,
  subjectIds: [],
  redactions: [],
  letters: [],
  unavailableLetters: [],
  outcome: null,
  representative: null,
  controllers: [],
  history: [],
  exports: [],
  ...over,
});

const words = {
  en: {
    repName: 'Name of the representative',
    capacity: 'Capacity',
    proof: 'Proof of authority checked',
    record: 'Record representative',
    noData: 'Close: we hold no personal data',
    received: 'Received on',
    instruction: 'Record instruction of Webwinkel Oost',
    check: /Check before sending/,
    lateNotice: /An extension notice can only be sent within the first month/,
  },
  nl: {
    repName: 'Naam van de vertegenwoordiger',
    capacity: 'Hoedanigheid',
    proof: 'Gecontroleerd bewijs van bevoegdheid',
    record: 'Vertegenwoordiger vastleggen',
    noData: 'Afsluiten: geen persoonsgegevens',
    received: 'Ontvangen op',
    instruction: 'Instructie van Webwinkel Oost vastleggen',
    check: /Controleer voor verzending/,
    lateNotice: /Een verlengingsbericht kan alleen binnen de eerste maand/,
  },
} as const;

describe.each(['en', 'nl'] as Language[])('RequestScreen: who asks and the outcome (%s)', (language) => {
  const w = words[language];
  afterEach(cleanup);

  it('records a representative with capacity and proof, by keyboard', async () => {
    resetApp(language);
    const bridge = installFakeBridge({
      'request:get': () => detail({}),
      'request:setRepresentative': () =>
        detail({
          representative: {
            name: 'B. Bewind',
            capacity: 'bewindvoerder',
            address: null,
            email: null,
            proof: 'court order seen',
            checkedOn: '2026-11-23',
            checkedBy: 'Test Clerk',
          },
        }),
    });
    render(<RequestScreen requestId="INZ-2026-0001" />);
    await userEvent.click(await screen.findByLabelText(w.repName));
    await userEvent.keyboard('B. Bewind');
    await userEvent.selectOptions(screen.getByLabelText(w.capacity), 'bewindvoerder');
    await userEvent.type(screen.getByLabelText(w.proof), 'court order seen{Enter}');
    expect(bridge.calls.at(-1)).toEqual({
      channel: 'request:setRepresentative',
      input: { requestId: 'INZ-2026-0001', name: 'B. Bewind', capacity: 'bewindvoerder', proof: 'court order seen' },
    });
    expect(await screen.findByText(/B\. Bewind/)).toBeTruthy();
  });

  it('closes with "no personal data" when nobody is linked, and records a client’s instruction', async () => {
    resetApp(language);
    const bridge = installFakeBridge({
      'request:get': () => detail({}),
      'request:closeWithOutcome': () => detail({ status: 'sent', outcome: 'no-data', allowedNext: [] }),
    });
    render(<RequestScreen requestId="INZ-2026-0001" />);
    await userEvent.click(await screen.findByRole('button', { name: w.noData }));
    expect(bridge.calls.at(-1)).toEqual({ channel: 'request:closeWithOutcome', input: { requestId: 'INZ-2026-0001', outcome: 'no-data' } });
    expect(screen.queryByRole('button', { name: w.noData })).toBeNull();
    cleanup();

    const referred = detail({
      subjectIds: ['S1'],
      subjectCount: 1,
      controllers: [
        {
          controllerId: 'ORG1',
          name: 'Webwinkel Oost',
          contact: { addressLines: ['Markt 3'], email: null, phone: null },
          referredOn: '2026-11-21',
          referredBy: 'Test Clerk',
          instruction: null,
        },
      ],
    });
    const second = installFakeBridge({ 'request:get': () => referred, 'request:recordInstruction': () => referred });
    render(<RequestScreen requestId="INZ-2026-0001" />);
    const date = await screen.findByLabelText(w.received);
    await userEvent.type(date, '2026-11-22');
    await userEvent.click(screen.getByRole('button', { name: w.instruction }));
    expect(second.calls.at(-1)).toEqual({
      channel: 'request:recordInstruction',
      input: { requestId: 'INZ-2026-0001', controllerId: 'ORG1', instruction: 'provide-extract', receivedOn: '2026-11-22' },
    });
  });

  it('shows a letter’s language warning and why a letter cannot be made now', async () => {
    resetApp(language);
    installFakeBridge({
      'request:get': () =>
        detail({
          letters: [
            {
              id: 'refusal',
              title: 'Refusal',
              body: 'text',
              warnings: [
                {
                  code: 'letter.reason-language',
                  params: { reference: 'INZ-2026-0001', field: 'refusal-reason', letterLanguage: 'nl', detected: 'en' },
                },
              ],
            },
          ],
          unavailableLetters: [
            {
              id: 'extension',
              code: 'letter.extension-too-late',
              params: { reference: 'INZ-2026-0001', firstDue: '2026-12-21', today: '2026-12-22', daysLate: 1 },
            },
          ],
        }),
    });
    render(<RequestScreen requestId="INZ-2026-0001" />);
    expect((await screen.findAllByText(w.check)).length).toBeGreaterThan(0);
    expect(screen.getByText(w.lateNotice)).toBeTruthy();
  });
});
