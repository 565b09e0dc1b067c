import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../shared/errors/errorCodes.ts';
import { errorMessage } from '../../shared/errors/errorMessages.ts';
import { errorNextStep } from '../../shared/errors/errorNextSteps.ts';
import type { RequestDetail } from '../../shared/ipc/types.ts';
import { GenerateScreen } from '../../renderer/screens/GenerateScreen.tsx';
import { RequestScreen } from '../../renderer/screens/RequestScreen.tsx';
import { ApiError } from '../../renderer/api.ts';
import { ErrorState } from '../../renderer/components/States.tsx';
import { NewRequestForm } from '../../renderer/screens/NewRequestForm.tsx';
import { DomainError } from '../../shared/errors/domainError.ts';
import { installFakeBridge, resetApp } from './fakeBridge.ts';

/** The core's errors reach the clerk as the catalogue's text in the clerk's language, never as a code or a raw message. */
describe('errors in the window', () => {
  afterEach(cleanup);

  it('shows a DomainError in the language of the window', () => {
    const error = new ApiError('request.closed', 'request.closed', { reference: 'INZ-2026-0001', status: 'sent' });
    resetApp('nl');
    render(<ErrorState error={error} />);
    expect(screen.getByRole('alert').textContent).toContain(
      'Verzoek INZ-2026-0001 is "verzonden" en daarmee afgesloten; het kan niet meer worden gewijzigd.',
    );
    cleanup();
    resetApp('en');
    render(<ErrorState error={error} />);
    expect(screen.getByRole('alert').textContent).toContain('Request INZ-2026-0001 is "sent" and therefore closed; it cannot be changed.');
  });

  it("the new-request form shows the register's refusal as the catalogue's text", async () => {
    resetApp('en');
    installFakeBridge({
      'request:create': () => {
        throw new DomainError('request.received-in-future', { receivedOn: '2026-12-01', today: '2026-11-23' });
      },
    });
    render(<NewRequestForm onCancel={() => undefined} onCreated={() => undefined} />);
    await userEvent.type(screen.getByLabelText(/name/i), 'A. Person');
    await userEvent.click(screen.getByRole('button', { name: /register/i }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The date of receipt 2026-12-01 lies in the future (today is 2026-11-23). ' +
        `Next step: ${errorNextStep('request.received-in-future', 'en')}`,
    );
  });
});

/**
 * Issue 14.6 leftover: every place in the window that shows a DomainError shows its next step, not only
 * ErrorState: a form's refusal (above), why an extension or a letter is not offered, a letter's warnings,
 * and the refusals of Verify and Open folder on the Generate screen (which were not shown at all).
 */
describe('the next step beside every DomainError the window shows', () => {
  beforeEach(() => resetApp('nl'));
  afterEach(cleanup);
  const step = (code: ErrorCode) => `Volgende stap: ${errorNextStep(code, 'nl')}`;

  it('beside why the extension is not offered, why a letter is not available and what to check in a letter', async () => {
    installFakeBridge({
      'request:get': () =>
        requestDetail({
          extension: {
            allowed: false,
            code: 'extension.too-late',
            params: { reference: 'INZ-2026-0001', firstDue: '2026-11-20', recordedOn: '2026-11-21', daysLate: '1' },
          },
          letters: [
            {
              id: 'refusal',
              title: 'Weigering',
              body: 'Geachte heer,\n',
              warnings: [{ code: 'letter.reason-language', params: { language: 'nl' } }],
              fixed: null,
              freeParagraph: null,
            },
          ],
          unavailableLetters: [{ id: 'extension', code: 'letter.no-extension', params: { reference: 'INZ-2026-0001' } }],
        }),
    });
    render(<RequestScreen requestId="INZ-2026-0001" />);
    expect((await screen.findByTestId('extension-unavailable')).textContent).toContain(step('extension.too-late'));
    const notes = screen.getAllByRole('note').map((note) => note.textContent ?? '');
    expect(
      notes.some((text) =>
        text.includes(errorMessage('letter.no-extension', { reference: 'INZ-2026-0001' }, 'nl') + ' ' + step('letter.no-extension')),
      ),
    ).toBe(true);
    expect(notes.some((text) => text.includes(step('letter.reason-language')))).toBe(true);
  });

  it('on the Generate screen, when Verify is refused', async () => {
    installFakeBridge({
      'request:get': () => requestDetail({ exports: [{ folder: '/out/INZ-2026-0001', files: [], createdAt: '2026-11-23T10:00:00Z' }] }),
      'settings:get': () => ({
        language: 'nl',
        clerkName: 'Eva Bos',
        clerkRole: 'Privacy officer',
        outputFolder: '/out',
        register: { file: null, id: 'alektum-nl', version: '1.0', organisation: 'Alektum Group', problem: null },
        certificate: null,
        trustAnchors: [],
        secretStorage: 'available',
      }),
      'export:verify': () => {
        throw new DomainError('export.not-exported', { reference: 'INZ-2026-0001' });
      },
    });
    render(<GenerateScreen requestId="INZ-2026-0001" />);
    await userEvent.click(await screen.findByRole('button', { name: 'Controleren' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(errorMessage('export.not-exported', { reference: 'INZ-2026-0001' }, 'nl'));
    expect(alert.textContent).toContain(step('export.not-exported'));
  });
});

function requestDetail(over: Partial<RequestDetail>): RequestDetail {
  return {
    id: 'INZ-2026-0001',
    reference: 'INZ-2026-0001',
    requesterName: 'A. Person',
    kind: 'access',
    status: 'in-progress',
    receivedOn: '2026-10-20',
    dueOn: '2026-11-20',
    daysLeft: -1,
    paused: false,
    extended: false,
    subjectCount: 1,
    language: 'nl',
    channel: 'letter',
    identity: { method: 'desk', checkedOn: '2026-10-21', checkedBy: 'Test Clerk' },
    allowedNext: ['identity-pending', 'ready', 'refused', 'withdrawn'],
    requesterAddress: null,
    requesterEmail: null,
    subjectIds: ['SUB-1'],
    redactions: [],
    letters: [],
    unavailableLetters: [],
    outcome: null,
    representative: null,
    controllers: [],
    history: [],
    exports: [],
    ...over,
  };
}
