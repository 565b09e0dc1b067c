import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/openDatabase.ts';
import { loadDefaultPolicy } from '../../../electron/core/policy/loadPolicy.ts';
import { getRequest } from '../../../electron/core/requests/requestRepository.ts';
import { changeStatus, extendDeadline, recordIdentity, registerRequest } from '../../../electron/core/requests/useCases/index.ts';
import { deadlineAccount } from '../../../shared/deadlines/deadlineAccount.ts';
import { extensionAvailability } from '../../../shared/deadlines/extensionAvailability.ts';
import { holidaysOf } from '../../../shared/deadlines/publicHolidays.ts';
import { useTempDirs } from '../../helpers/tempDir.ts';
import { testKeys } from '../../helpers/testKeys.ts';
import { refusal, testUseCaseDeps } from '../../helpers/useCaseDeps.ts';

const holidays = holidaysOf(loadDefaultPolicy());
const letter = { receivedOn: '2026-03-05', channel: 'letter' as const, requester: { name: 'Anna de Jong' } };

describe('extensionAvailability (issue 14.7): the action is offered exactly when the use case would accept it', () => {
  const tempDir = useTempDirs();

  it('agrees with extendDeadline on every day around the end of the first month, and gives its reason', async () => {
    const db = openDatabase(join(tempDir(), 'r.db'), testKeys.database);
    const { on } = testUseCaseDeps(db);
    // Received 5 March 2026: the first month ends on 7 April (5 April Sunday, 6 April Easter Monday).
    for (const today of ['2026-03-20', '2026-04-06', '2026-04-07', '2026-04-08', '2026-05-20']) {
      const { reference } = await registerRequest(on('2026-03-05'), letter);
      const request = getRequest(db, reference);
      const availability = extensionAvailability(deadlineAccount(request, holidays), request, today);
      if (today <= '2026-04-07') {
        expect(availability).toEqual({ allowed: true, firstDue: '2026-04-07' });
        await extendDeadline(on(today), reference, 'fourteen cases over nine years');
        // Once extended it is not offered again, and the use case refuses with the same code.
        const extended = getRequest(db, reference);
        const again = extensionAvailability(deadlineAccount(extended, holidays), extended, today);
        expect(again).toMatchObject({ allowed: false, code: 'extension.already' });
        expect((await refusal(extendDeadline(on(today), reference, 'more'))).code).toBe('extension.already');
      } else {
        expect(availability).toEqual({
          allowed: false,
          code: 'extension.too-late',
          params: { reference, firstDue: '2026-04-07', recordedOn: today, daysLate: String(today === '2026-04-08' ? 1 : 43) },
        });
        expect(await refusal(extendDeadline(on(today), reference, 'fourteen cases'))).toMatchObject({ code: 'extension.too-late' });
      }
    }
  });

  it('is not offered while the clock is paused or once the request is closed', async () => {
    const db = openDatabase(join(tempDir(), 'r.db'), testKeys.database);
    const { on } = testUseCaseDeps(db);
    const paused = (await registerRequest(on('2026-03-05'), letter)).reference;
    await changeStatus(on('2026-03-10'), paused, 'identity-pending', 'address differs');
    const p = getRequest(db, paused);
    expect(extensionAvailability(deadlineAccount(p, holidays), p, '2026-03-12')).toEqual({
      allowed: false,
      code: 'extension.paused',
      params: { reference: paused, since: '2026-03-10' },
    });
    expect((await refusal(extendDeadline(on('2026-03-12'), paused, 'complex'))).code).toBe('extension.paused');

    const closed = (await registerRequest(on('2026-03-05'), letter)).reference;
    await recordIdentity(on('2026-03-06'), closed, { method: 'signature matches letter on file' });
    await changeStatus(on('2026-03-07'), closed, 'withdrawn', 'the person withdrew the request');
    const c = getRequest(db, closed);
    expect(extensionAvailability(deadlineAccount(c, holidays), c, '2026-03-12')).toMatchObject({
      allowed: false,
      code: 'extension.closed',
    });
    expect((await refusal(extendDeadline(on('2026-03-12'), closed, 'complex'))).code).toBe('extension.closed');
  });
});
