import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
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
    expect((await screen.findByRole('alert')).textContent).toBe('The date of receipt 2026-12-01 lies in the future (today is 2026-11-23).');
  });
});
