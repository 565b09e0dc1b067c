import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditEntriesForRequest } from '../../../../../electron/core/audit/auditLog.ts';
import { verifyAuditChain } from '../../../../../electron/core/audit/auditVerify.ts';
import type { Db } from '../../../../../electron/core/db/openDatabase.ts';
import { openDatabase } from '../../../../../electron/core/db/openDatabase.ts';
import { readLandmarks } from '../../../../../electron/core/demo/seedDatabase.ts';
import { buildExtractRequest } from '../../../../../electron/core/requests/buildExtractRequest.ts';
import { getRequest, requestDeadline } from '../../../../../electron/core/requests/requestRepository.ts';
import {
  addNote,
  changeStatus,
  extendDeadline,
  requestReport,
  linkSubjects,
  listRequests,
  liftRedaction,
  pauseForIdentity,
  recordIdentity,
  recordOutput,
  redact,
  registerRequest,
  rejectSubject,
  unlinkSubject,
} from '../../../../../electron/core/requests/useCases/index.ts';
import type { UseCaseDeps } from '../../../../../electron/core/store/useCaseDeps.ts';
import { extractRequestSchema } from '../../../../../shared/extract/extractModel.ts';
import { seedTestDatabase } from '../../../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../../../helpers/tempDir.ts';
import { refusal, testUseCaseDeps } from '../../../../helpers/useCaseDeps.ts';
import { loadDefaultPolicy } from '../../../../../electron/core/policy/loadPolicy.ts';
import { holidaysOf } from '../../../../../shared/deadlines/publicHolidays.ts';
import { testKeys } from '../../../../helpers/testKeys.ts';

const holidays = holidaysOf(loadDefaultPolicy());
const letter = {
  receivedOn: '2026-03-05',
  channel: 'letter' as const,
  requester: { name: 'Anna de Jong', address: 'Kerkstraat 1, 1011 AA Amsterdam' },
};

describe('the request register use cases', () => {
  const tempDir = useTempDirs();
  let on: (today: string) => UseCaseDeps;
  const emptyDb = (): Db => {
    const db = openDatabase(join(tempDir(), 'r.db'), testKeys.database);
    on = testUseCaseDeps(db).on;
    return db;
  };

  it('numbers references per year of receipt and starts in "received" with its due date', async () => {
    const db = emptyDb();
    expect((await registerRequest(on('2026-03-06'), letter)).reference).toBe('INZ-2026-0001');
    expect((await registerRequest(on('2026-03-06'), { ...letter, receivedOn: '2025-12-30' })).reference).toBe('INZ-2025-0001');
    const third = await registerRequest(on('2026-03-06'), { ...letter, channel: 'email', kind: 'both', language: 'en' });
    expect(third).toMatchObject({
      reference: 'INZ-2026-0002',
      status: 'received',
      kind: 'both',
      language: 'en',
      identity: null,
      extension: null,
    });
    expect(third.statusHistory).toEqual([expect.objectContaining({ from: null, to: 'received', by: 'M. de Vries', on: '2026-03-06' })]);
    expect(requestDeadline(third, holidays)).toMatchObject({ state: 'running', due: '2026-04-07' });
    expect((await listRequests(on('2026-03-06'))).map((r) => r.reference)).toEqual(['INZ-2025-0001', 'INZ-2026-0001', 'INZ-2026-0002']);
    db.close();
  });

  it('refuses bad input naming the field, receipt in the future, and an anonymous clerk', async () => {
    const db = emptyDb();
    expect(await refusal(registerRequest(on('2026-03-06'), { ...letter, channel: 'pigeon' as never }))).toMatchObject({
      code: 'input.invalid',
      params: { field: 'channel' },
    });
    expect(await refusal(registerRequest(on('2026-03-06'), { ...letter, requester: { name: ' ' } }))).toEqual({
      code: 'input.invalid',
      params: { field: 'requester.name', problem: 'the requester name is required' },
    });
    expect(await refusal(registerRequest(on('2026-03-06'), { ...letter, receivedOn: '2026-02-30' }))).toMatchObject({
      params: { field: 'receivedOn' },
    });
    expect(await refusal(registerRequest(on('2026-03-04'), letter))).toEqual({
      code: 'request.received-in-future',
      params: { receivedOn: '2026-03-05', today: '2026-03-04' },
    });
    expect(await refusal(registerRequest({ ...on('2026-03-06'), clerk: { name: ' ' } }, letter))).toMatchObject({
      code: 'request.clerk-missing',
    });
    expect(await listRequests(on('2026-03-06'))).toEqual([]);
    db.close();
  });

  it('pauses the clock while waiting for identity and counts the month from the day it arrived', async () => {
    const db = emptyDb();
    const { reference } = await registerRequest(on('2026-03-05'), letter);
    await pauseForIdentity(on('2026-03-06'), reference);
    expect(requestDeadline(getRequest(db, reference), holidays)).toEqual({
      state: 'paused',
      since: '2026-03-06',
      clockStart: '2026-03-05',
      originalDue: '2026-04-07',
    });
    expect(await refusal(extendDeadline(on('2026-03-10'), reference, 'complex'))).toEqual({
      code: 'extension.paused',
      params: { reference, since: '2026-03-06' },
    });
    expect(
      await refusal(recordIdentity(on('2026-03-23'), reference, { method: 'video call', informationReceivedOn: '2026-03-01' })),
    ).toMatchObject({ code: 'identity.arrived-before-asked', params: { arrived: '2026-03-01', askedOn: '2026-03-06' } });
    const checked = await recordIdentity(on('2026-03-23'), reference, {
      method: 'copy of ID seen by video call, no copy kept',
      informationReceivedOn: '2026-03-20',
    });
    expect(checked.identity).toEqual({
      method: 'copy of ID seen by video call, no copy kept',
      checkedOn: '2026-03-23',
      checkedBy: 'M. de Vries',
      noCopyKept: true,
    });
    expect(checked.pauses).toEqual([{ from: '2026-03-06', until: '2026-03-20', by: 'M. de Vries' }]);
    expect(checked.receivedOn).toBe('2026-03-05');
    expect(requestDeadline(checked, holidays)).toMatchObject({ state: 'running', clockStart: '2026-03-20', due: '2026-04-20' });
    db.close();
  });

  it('moves a fresh or waiting request on to "in-progress" when the identity is recorded (one behaviour, app and CLI)', async () => {
    const db = emptyDb();
    const fresh = (await registerRequest(on('2026-03-05'), letter)).reference;
    const waiting = (await registerRequest(on('2026-03-05'), letter)).reference;
    await pauseForIdentity(on('2026-03-06'), waiting);
    for (const reference of [fresh, waiting]) {
      const checked = await recordIdentity(on('2026-03-09'), reference, { method: 'signature matches' });
      expect(checked.status).toBe('in-progress');
      expect(checked.statusHistory.at(-1)).toMatchObject({ to: 'in-progress', on: '2026-03-09', by: 'M. de Vries' });
      expect(
        auditEntriesForRequest(db, reference)
          .slice(-2)
          .map((e) => [e.action, e.target]),
      ).toEqual([
        ['request.identity', null],
        ['request.status', 'in-progress'],
      ]);
    }
    // Already further along: a second check records the identity again and leaves the status alone.
    await changeStatus(on('2026-03-10'), fresh, 'ready');
    expect((await recordIdentity(on('2026-03-11'), fresh, { method: 'called back' })).status).toBe('ready');
    db.close();
  });

  it('ends an open identity pause when the request leaves identity-pending without a new check', async () => {
    const db = emptyDb();
    const { reference } = await registerRequest(on('2026-03-05'), letter);
    await pauseForIdentity(on('2026-03-09'), reference);
    expect(requestDeadline(getRequest(db, reference), holidays)).toMatchObject({ state: 'paused', since: '2026-03-09' });
    // The person withdraws instead of sending the information: the pause ends that day.
    const withdrawn = await changeStatus(on('2026-03-16'), reference, 'withdrawn', 'the person withdrew the request');
    expect(withdrawn.pauses).toEqual([{ from: '2026-03-09', until: '2026-03-16', by: 'M. de Vries' }]);
    expect(requestDeadline(withdrawn, holidays)).toMatchObject({ state: 'running', clockStart: '2026-03-16', due: '2026-04-16' });
    db.close();
  });

  it('refuses sending before identity is verified, and extending a sent request', async () => {
    const db = emptyDb();
    const { reference } = await registerRequest(on('2026-03-05'), letter);
    expect(await refusal(changeStatus(on('2026-03-06'), reference, 'in-progress'))).toEqual({
      code: 'status.identity-required',
      params: { reference, to: 'in-progress' },
    });
    await recordIdentity(on('2026-03-06'), reference, { method: 'signature matches letter on file' });
    for (const status of ['ready', 'sent'] as const) await changeStatus(on('2026-03-20'), reference, status);
    const sent = getRequest(db, reference);
    expect(sent).toMatchObject({ status: 'sent', closedOn: '2026-03-20' });
    expect(await refusal(extendDeadline(on('2026-03-21'), reference, 'complex'))).toEqual({
      code: 'extension.closed',
      params: { reference, status: 'sent' },
    });
    expect(await refusal(changeStatus(on('2026-03-21'), reference, 'in-progress'))).toMatchObject({ code: 'status.closed' });
    expect(await refusal(addNote(on('2026-03-21'), 'INZ-2026-0099', 'x'))).toEqual({
      code: 'request.not-found',
      params: { reference: 'INZ-2026-0099' },
    });
    expect(getRequest(db, reference).statusHistory.map((h) => h.to)).toEqual(['received', 'in-progress', 'ready', 'sent']);
    db.close();
  });

  it("counts the first month with the register's holidays: Good Friday does not move it, so no extension after it", async () => {
    emptyDb();
    const { reference } = await registerRequest(on('2025-03-18'), { ...letter, receivedOn: '2025-03-18' });
    // Received 18 March 2025: the month ends on Good Friday 18 April, a working day under Atw art. 3(1).
    expect(await refusal(extendDeadline(on('2025-04-22'), reference, 'many records'))).toEqual({
      code: 'extension.too-late',
      params: { reference, firstDue: '2025-04-18', recordedOn: '2025-04-22', daysLate: 4 },
    });
    const [total] = (await requestReport(on('2025-04-22'))).slice(-1);
    expect(total).toMatchObject({ open: 1, overdue: 1 });
  });

  it('extends once, with reasons, only within the first month', async () => {
    const db = emptyDb();
    const late = (await registerRequest(on('2026-03-05'), letter)).reference;
    expect(await refusal(extendDeadline(on('2026-04-08'), late, 'many records'))).toEqual({
      code: 'extension.too-late',
      params: { reference: late, firstDue: '2026-04-07', recordedOn: '2026-04-08', daysLate: 1 },
    });
    expect(getRequest(db, late).extension).toBeNull();
    const { reference } = await registerRequest(on('2026-11-16'), { ...letter, receivedOn: '2026-11-16' });
    expect(await refusal(extendDeadline(on('2026-12-16'), reference, '  '))).toMatchObject({ code: 'extension.reason-required' });
    const extended = await extendDeadline(on('2026-12-16'), reference, '14 cases over 9 years, 3 co-debtors to redact');
    expect(extended.extension).toEqual({
      reason: '14 cases over 9 years, 3 co-debtors to redact',
      recordedOn: '2026-12-16',
      by: 'M. de Vries',
    });
    expect(requestDeadline(extended, holidays)).toMatchObject({ due: '2027-02-16' });
    expect(await refusal(extendDeadline(on('2026-12-16'), reference, 'again'))).toMatchObject({ code: 'extension.already' });
    db.close();
  });

  it('audits every change in the same transaction, with references only, and writes nothing when refused', async () => {
    const db = emptyDb();
    const { reference } = await registerRequest(on('2026-03-05'), letter);
    await changeStatus(on('2026-03-06'), reference, 'refused', 'Anna de Jong asked the same last week');
    const entries = auditEntriesForRequest(db, reference);
    expect(entries.map((e) => e.action)).toEqual(['request.create', 'request.status']);
    expect(entries[1]).toMatchObject({ actor: 'M. de Vries', target: 'refused', details: { from: 'received', reasonGiven: true } });
    expect(entries[1]!.at).toBe('2026-03-06T09:00:00.000Z'); // the clock's instant, not the machine's
    expect(JSON.stringify(entries)).not.toMatch(/Anna|Jong|Kerkstraat/);
    expect(verifyAuditChain(db, testKeys.audit)).toMatchObject({ ok: true, count: 2 });
    expect(await refusal(changeStatus(on('2026-03-07'), reference, 'sent'))).toMatchObject({ code: 'status.closed' });
    expect(verifyAuditChain(db, testKeys.audit)).toMatchObject({ ok: true, count: 2 });
    db.close();
  });

  it('rolls back the whole use case when a later write fails: no half-recorded identity check', async () => {
    const db = emptyDb();
    const { reference } = await registerRequest(on('2026-03-05'), letter);
    // A failing write after the identity row and its audit entry (a trigger stands in for a full disk).
    db.exec(
      'CREATE TRIGGER fail_status BEFORE INSERT ON request_status_history WHEN ' +
        "NEW.to_status = 'in-progress' BEGIN SELECT RAISE(ABORT, 'disk full'); END",
    );
    await expect(recordIdentity(on('2026-03-06'), reference, { method: 'desk' })).rejects.toThrow(/disk full/);
    expect(getRequest(db, reference)).toMatchObject({ identity: null, status: 'received' });
    expect(auditEntriesForRequest(db, reference).map((e) => e.action)).toEqual(['request.create']);
    db.close();
  });

  it('links subjects with evidence, keeps rejected namesakes, unlinks with a reason, and builds the extract request', async () => {
    const tmp = tempDir();
    const { db } = seedTestDatabase(tmp, 400, 'requests');
    on = testUseCaseDeps(db).on;
    const landmarks = readLandmarks(db)!;
    const [chosen, namesake] = landmarks.namesakes;
    const { reference } = await registerRequest(on('2026-03-05'), {
      ...letter,
      kind: 'both',
      requester: { name: 'Anna de Jong', email: 'a@example.org' },
    });
    expect(() => buildExtractRequest(db, reference, 'M. de Vries')).toThrow(expect.objectContaining({ code: 'request.no-subject' }));
    await linkSubjects(on('2026-03-06'), reference, [chosen!], { matched: ['birth_date', 'postcode+house_number'] });
    await rejectSubject(on('2026-03-06'), reference, namesake!, { matched: ['name'] }, 'different date of birth');
    // A redaction names a record of the linked person (issue 13: one naming nothing is refused, see redactions.test.ts).
    const own = (await on('2026-03-07').store.records.subjectProfile([chosen!])).records;
    const party = String(own.case_parties![0]!.id);
    const note = String(own.communications![0]!.id);
    await redact(on('2026-03-07'), reference, {
      recordKind: 'case_parties',
      recordId: party,
      field: 'subject_id',
      reason: 'third-party-data',
      note: 'co-debtor',
    });
    await redact(on('2026-03-07'), reference, { recordKind: 'communications', recordId: note, reason: 'legal-privilege' });
    await liftRedaction(on('2026-03-08'), reference, { recordKind: 'communications', recordId: note });
    // A key that names no withholding of this request lifts nothing: refused (issue 12.4).
    expect(
      await refusal(liftRedaction(on('2026-03-08'), reference, { recordKind: 'cases', recordId: 'C9', field: 'description' })),
    ).toMatchObject({ code: 'redaction.lift-nothing' });
    expect(await refusal(redact(on('2026-03-08'), reference, { recordKind: 'x', recordId: 'y', reason: 'gossip' as never }))).toMatchObject(
      {
        code: 'redaction.unknown-reason',
        params: { reason: 'gossip' },
      },
    );
    await addNote(on('2026-03-08'), reference, 'Called back to confirm the address');
    await recordOutput(on('2026-03-09'), reference, { fileName: `${reference}.pdf`, kind: 'extract-pdf', sha256: 'ab'.repeat(32) });
    expect(
      await refusal(recordOutput(on('2026-03-09'), reference, { fileName: 'x.pdf', kind: 'extract-pdf', sha256: 'nope' })),
    ).toMatchObject({
      code: 'output.not-sha256',
    });

    const stored = getRequest(db, reference);
    expect(stored.subjects).toEqual([
      {
        subjectId: chosen,
        evidence: { matched: ['birth_date', 'postcode+house_number'] },
        linkedOn: '2026-03-06',
        linkedBy: 'M. de Vries',
      },
    ]);
    expect(stored.rejectedCandidates).toMatchObject([{ subjectId: namesake, reason: 'different date of birth' }]);
    expect(stored.outputs).toMatchObject([{ fileName: `${reference}.pdf`, sha256: 'ab'.repeat(32) }]);

    const extract = buildExtractRequest(db, reference, 'M. de Vries');
    expect(extractRequestSchema.parse(extract)).toMatchObject({
      reference,
      receivedOn: '2026-03-05',
      kind: 'both',
      subjectIds: [chosen],
      redactions: [
        {
          recordKind: 'case_parties',
          recordId: party,
          field: 'subject_id',
          reason: 'third-party-data',
          note: 'co-debtor',
          by: 'M. de Vries',
          on: '2026-03-07',
        },
      ],
      liftedRedactions: [{ key: `communications:${note}:*`, by: 'M. de Vries', on: '2026-03-08' }],
    });

    expect(await refusal(unlinkSubject(on('2026-03-10'), reference, namesake!, 'not linked'))).toMatchObject({
      code: 'subject.not-linked',
    });
    expect(await refusal(unlinkSubject(on('2026-03-10'), reference, chosen!, ' '))).toMatchObject({ code: 'subject.reason-required' });
    const unlinked = await unlinkSubject(on('2026-03-10'), reference, chosen!, 'postcode belongs to a former address of another person');
    expect(unlinked.subjects).toEqual([]);
    expect(unlinked.rejectedCandidates).toContainEqual({
      subjectId: chosen,
      evidence: { matched: ['birth_date', 'postcode+house_number'] },
      reason: 'postcode belongs to a former address of another person',
      rejectedOn: '2026-03-10',
      rejectedBy: 'M. de Vries',
    });
    const entries = auditEntriesForRequest(db, reference);
    expect(entries.map((e) => e.action)).toEqual([
      'request.create',
      'request.link-subject',
      'request.reject-candidate',
      'record.redact',
      'record.redact',
      'record.lift-redaction',
      'request.note',
      'export',
      'request.unlink-subject',
    ]);
    expect(entries.at(-1)).toMatchObject({ subjectId: chosen, details: { linkedOn: '2026-03-06', reasonGiven: true } });
    expect(JSON.stringify(entries)).not.toMatch(/former address/);
    expect(verifyAuditChain(db, testKeys.audit)).toMatchObject({ ok: true });
    db.close();
  });
});
