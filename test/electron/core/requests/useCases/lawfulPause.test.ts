import { join } from 'node:path';
import { holidaysOf } from '../../../../../shared/deadlines/publicHolidays.ts';
import { loadDefaultPolicy } from '../../../../../electron/core/policy/loadPolicy.ts';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../electron/core/db/openDatabase.ts';
import { getRequest, requestDeadline } from '../../../../../electron/core/requests/requestRepository.ts';
import { changeStatus, pauseForIdentity, recordIdentity, registerRequest } from '../../../../../electron/core/requests/useCases/index.ts';
import type { UseCaseDeps } from '../../../../../electron/core/store/useCaseDeps.ts';
import { errorMessages, fillPlaceholders } from '../../../../../shared/errors/errorMessages.ts';
import { buildRequestReport } from '../../../../../shared/reports/requestReport.ts';
import { useTempDirs } from '../../../../helpers/tempDir.ts';
import { refusal, testUseCaseDeps } from '../../../../helpers/useCaseDeps.ts';
import { testKeys } from '../../../../helpers/testKeys.ts';

/**
 * Issue 12, item 1: a deadline cannot be cured after the fact. A pause for identity information
 * (EDPB 01/2022 §§ 65–79) may start only on or before the due date and only while the identity is
 * unverified; the report judges "in time" against the lawful due date.
 */
const letter = {
  receivedOn: '2026-01-05',
  channel: 'letter' as const,
  requester: { name: 'Anna de Jong', address: 'Kerkstraat 1, 1011 AA Amsterdam' },
};

const holidays = holidaysOf(loadDefaultPolicy());

describe('an identity pause cannot cure a missed deadline', () => {
  const tempDir = useTempDirs();
  const setUp = () => {
    const db = openDatabase(join(tempDir(), 'r.db'), testKeys.database);
    const on: (today: string) => UseCaseDeps = testUseCaseDeps(db).on;
    return { db, on };
  };

  it('refuses a pause that starts after the due date, saying why, and writes nothing', async () => {
    const { db, on } = setUp();
    const { reference } = await registerRequest(on('2026-01-05'), letter);
    // Received 5 Jan 2026: due 5 Feb 2026. On 20 Feb the request is 15 days overdue.
    expect(requestDeadline(getRequest(db, reference), holidays)).toMatchObject({ state: 'running', due: '2026-02-05' });
    const refused = await refusal(pauseForIdentity(on('2026-02-20'), reference));
    expect(refused).toEqual({ code: 'pause.after-due', params: { reference, due: '2026-02-05', today: '2026-02-20', daysLate: 15 } });
    expect(fillPlaceholders(errorMessages['pause.after-due'].en, refused.params as Record<string, string | number>)).toContain('15 day(s)');
    expect(fillPlaceholders(errorMessages['pause.after-due'].nl, refused.params as Record<string, string | number>)).toContain(
      '2026-02-05',
    );
    const after = getRequest(db, reference);
    expect(after.status).toBe('received');
    expect(after.pauses).toEqual([]);
    expect(requestDeadline(after, holidays)).toMatchObject({ state: 'running', due: '2026-02-05' });
    db.close();
  });

  it('allows a pause on the due date itself (the period runs to its end, Reg. 1182/71 art. 3(2)(c))', async () => {
    const { db, on } = setUp();
    const { reference } = await registerRequest(on('2026-01-05'), letter);
    expect((await pauseForIdentity(on('2026-02-05'), reference)).pauses).toEqual([{ from: '2026-02-05', by: 'M. de Vries' }]);
    db.close();
  });

  it('refuses a second pause once the identity is verified: the due date does not move', async () => {
    const { db, on } = setUp();
    const { reference } = await registerRequest(on('2026-01-05'), letter);
    await pauseForIdentity(on('2026-01-07'), reference);
    await recordIdentity(on('2026-01-12'), reference, { method: 'signature matches', informationReceivedOn: '2026-01-12' });
    expect(requestDeadline(getRequest(db, reference), holidays)).toMatchObject({
      state: 'running',
      clockStart: '2026-01-12',
      due: '2026-02-12',
    });
    const refused = await refusal(pauseForIdentity(on('2026-01-20'), reference));
    expect(refused).toEqual({ code: 'pause.identity-verified', params: { reference, checkedOn: '2026-01-12' } });
    expect(fillPlaceholders(errorMessages['pause.identity-verified'].en, refused.params as Record<string, string | number>)).toContain(
      'already verified',
    );
    const after = getRequest(db, reference);
    expect(after.status).toBe('in-progress');
    expect(after.pauses).toEqual([{ from: '2026-01-07', until: '2026-01-12', by: 'M. de Vries' }]);
    expect(requestDeadline(after, holidays)).toMatchObject({ state: 'running', due: '2026-02-12' });
    db.close();
  });

  it('keeps the original due date beside the lawful one', async () => {
    const { db, on } = setUp();
    const { reference } = await registerRequest(on('2026-01-05'), letter);
    await pauseForIdentity(on('2026-01-07'), reference);
    await recordIdentity(on('2026-01-12'), reference, { method: 'signature matches' });
    expect(requestDeadline(getRequest(db, reference), holidays)).toMatchObject({ originalDue: '2026-02-05', due: '2026-02-12' });
    db.close();
  });

  it('the report counts a request answered after its due date as late, even with a pause recorded', async () => {
    const { db, on } = setUp();
    const lawful = (await registerRequest(on('2026-01-05'), letter)).reference;
    await pauseForIdentity(on('2026-01-07'), lawful);
    await recordIdentity(on('2026-02-06'), lawful, { method: 'signature matches' }); // due moves to 6 Mar 2026
    for (const to of ['ready', 'sent'] as const) await changeStatus(on('2026-03-06'), lawful, to);
    const late = (await registerRequest(on('2026-01-05'), letter)).reference;
    expect(await refusal(pauseForIdentity(on('2026-02-20'), late))).toMatchObject({ code: 'pause.after-due' });
    await recordIdentity(on('2026-03-18'), late, { method: 'signature matches' });
    for (const to of ['ready', 'sent'] as const) await changeStatus(on('2026-03-20'), late, to);
    const [, total] = buildRequestReport([getRequest(db, lawful), getRequest(db, late)], { today: '2026-03-31', holidays });
    expect(total).toMatchObject({ month: 'total', answered: 2, answeredInTime: 1 });
    db.close();
  });
});
