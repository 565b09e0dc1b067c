import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditEntriesForRequest, verifyAuditChain } from '../../../../electron/core/audit/auditLog.ts';
import type { Db } from '../../../../electron/core/db/openDatabase.ts';
import { openDatabase } from '../../../../electron/core/db/openDatabase.ts';
import { readLandmarks } from '../../../../electron/core/demo/seedDatabase.ts';
import { buildExtractRequest } from '../../../../electron/core/requests/buildExtractRequest.ts';
import {
  addNote,
  addOutput,
  addRedaction,
  linkSubject,
  liftRedaction,
  rejectCandidate,
} from '../../../../electron/core/requests/requestAttachments.ts';
import {
  changeStatus,
  createRequest,
  getRequest,
  listRequests,
  recordExtension,
  recordIdentityCheck,
  requestDeadline,
  RequestRuleError,
} from '../../../../electron/core/requests/requestRepository.ts';
import { extractRequestSchema } from '../../../../shared/extract/extractModel.ts';
import { seedTestDatabase } from '../../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

const on = (today: string) => ({ clerk: 'M. de Vries', today });
const letter = {
  receivedOn: '2026-03-05',
  channel: 'letter' as const,
  requester: { name: 'Anna de Jong', address: 'Kerkstraat 1, 1011 AA Amsterdam' },
};

describe('request repository', () => {
  const tempDir = useTempDirs();
  const emptyDb = (): Db => openDatabase(join(tempDir(), 'r.db'));

  it('numbers references per year of receipt and starts in "received" with its due date', () => {
    const db = emptyDb();
    expect(createRequest(db, letter, on('2026-03-06')).reference).toBe('INZ-2026-0001');
    expect(createRequest(db, { ...letter, receivedOn: '2025-12-30' }, on('2026-03-06')).reference).toBe('INZ-2025-0001');
    const third = createRequest(db, { ...letter, channel: 'email', kind: 'both', language: 'en' }, on('2026-03-06'));
    expect(third).toMatchObject({
      reference: 'INZ-2026-0002',
      status: 'received',
      kind: 'both',
      language: 'en',
      identity: null,
      extension: null,
    });
    expect(third.statusHistory).toEqual([expect.objectContaining({ from: null, to: 'received', by: 'M. de Vries', on: '2026-03-06' })]);
    expect(requestDeadline(third)).toMatchObject({ state: 'running', due: '2026-04-07' });
    expect(listRequests(db).map((r) => r.reference)).toEqual(['INZ-2025-0001', 'INZ-2026-0001', 'INZ-2026-0002']);
  });

  it('refuses bad input with a message naming the field, and receipt in the future', () => {
    const db = emptyDb();
    expect(() => createRequest(db, { ...letter, channel: 'pigeon' as never }, on('2026-03-06'))).toThrow(/channel/);
    expect(() => createRequest(db, { ...letter, requester: { name: ' ' } }, on('2026-03-06'))).toThrow(
      /requester\.name: the requester name is required/,
    );
    expect(() => createRequest(db, { ...letter, receivedOn: '2026-02-30' }, on('2026-03-06'))).toThrow(/receivedOn/);
    expect(() => createRequest(db, letter, on('2026-03-04'))).toThrow(/in the future/);
    expect(listRequests(db)).toEqual([]);
  });

  it('pauses the clock while waiting for identity and counts the month from the day it arrived', () => {
    const db = emptyDb();
    const { reference } = createRequest(db, letter, on('2026-03-05'));
    changeStatus(db, reference, 'identity-pending', {}, on('2026-03-06'));
    expect(requestDeadline(getRequest(db, reference))).toEqual({ state: 'paused', since: '2026-03-06', clockStart: '2026-03-05' });
    expect(() => recordExtension(db, reference, 'complex', on('2026-03-10'))).toThrow(/suspended/);
    const checked = recordIdentityCheck(
      db,
      reference,
      { method: 'copy of ID seen by video call, no copy kept', informationReceivedOn: '2026-03-20' },
      on('2026-03-23'),
    );
    expect(checked.identity).toEqual({
      method: 'copy of ID seen by video call, no copy kept',
      checkedOn: '2026-03-23',
      checkedBy: 'M. de Vries',
      noCopyKept: true,
    });
    expect(checked.pauses).toEqual([{ from: '2026-03-06', until: '2026-03-20', by: 'M. de Vries' }]);
    expect(checked.receivedOn).toBe('2026-03-05');
    expect(requestDeadline(checked)).toMatchObject({ state: 'running', clockStart: '2026-03-20', due: '2026-04-20' });
  });

  it('ends an open identity pause when the request leaves identity-pending without a new check', () => {
    const db = emptyDb();
    const { reference } = createRequest(db, letter, on('2026-03-05'));
    recordIdentityCheck(db, reference, { method: 'signature matches' }, on('2026-03-05'));
    changeStatus(db, reference, 'in-progress', {}, on('2026-03-06'));
    changeStatus(db, reference, 'identity-pending', {}, on('2026-03-09'));
    expect(requestDeadline(getRequest(db, reference))).toMatchObject({ state: 'paused', since: '2026-03-09' });
    const resumed = changeStatus(db, reference, 'in-progress', {}, on('2026-03-16'));
    expect(resumed.pauses).toEqual([{ from: '2026-03-09', until: '2026-03-16', by: 'M. de Vries' }]);
    expect(requestDeadline(resumed)).toMatchObject({ state: 'running', clockStart: '2026-03-16', due: '2026-04-16' });
  });

  it('refuses sending before identity is verified, and extending a sent request', () => {
    const db = emptyDb();
    const { reference } = createRequest(db, letter, on('2026-03-05'));
    expect(() => changeStatus(db, reference, 'in-progress', {}, on('2026-03-06'))).toThrow(
      /INZ-2026-0001: Cannot mark the request "in-progress" before the identity is verified/,
    );
    recordIdentityCheck(db, reference, { method: 'signature matches letter on file' }, on('2026-03-06'));
    for (const status of ['in-progress', 'ready', 'sent'] as const) changeStatus(db, reference, status, {}, on('2026-03-20'));
    const sent = getRequest(db, reference);
    expect(sent).toMatchObject({ status: 'sent', closedOn: '2026-03-20' });
    expect(() => recordExtension(db, reference, 'complex', on('2026-03-21'))).toThrow(/Cannot extend a request that is "sent"/);
    expect(() => changeStatus(db, reference, 'in-progress', {}, on('2026-03-21'))).toThrow(/closed/);
    expect(getRequest(db, reference).statusHistory.map((h) => h.to)).toEqual(['received', 'in-progress', 'ready', 'sent']);
  });

  it('extends once, with reasons, only within the first month', () => {
    const db = emptyDb();
    const late = createRequest(db, letter, on('2026-03-05')).reference;
    expect(() => recordExtension(db, late, 'many records', on('2026-04-08'))).toThrow(/first month ended on 2026-04-07/);
    expect(getRequest(db, late).extension).toBeNull();
    const { reference } = createRequest(db, { ...letter, receivedOn: '2026-11-16' }, on('2026-11-16'));
    const extended = recordExtension(db, reference, '14 cases over 9 years, 3 co-debtors to redact', on('2026-12-16'));
    expect(extended.extension).toEqual({
      reason: '14 cases over 9 years, 3 co-debtors to redact',
      recordedOn: '2026-12-16',
      by: 'M. de Vries',
    });
    expect(requestDeadline(extended)).toMatchObject({ due: '2027-02-16' });
    expect(() => recordExtension(db, reference, 'again', on('2026-12-16'))).toThrow(/one extension/);
  });

  it('audits every change in the same transaction, with references only', () => {
    const db = emptyDb();
    const { reference } = createRequest(db, letter, on('2026-03-05'));
    changeStatus(db, reference, 'refused', { reason: 'Anna de Jong asked the same last week' }, on('2026-03-06'));
    const entries = auditEntriesForRequest(db, reference);
    expect(entries.map((e) => e.action)).toEqual(['request.create', 'request.status']);
    expect(entries[1]).toMatchObject({ actor: 'M. de Vries', target: 'refused', details: { from: 'received', reasonGiven: true } });
    expect(JSON.stringify(entries)).not.toMatch(/Anna|Jong|Kerkstraat/);
    expect(verifyAuditChain(db)).toMatchObject({ ok: true, count: 2 });
    // A refused change writes neither the change nor an audit entry.
    expect(() => changeStatus(db, reference, 'sent', {}, on('2026-03-07'))).toThrow(RequestRuleError);
    expect(verifyAuditChain(db)).toMatchObject({ ok: true, count: 2 });
  });

  it('links subjects with evidence, keeps rejected namesakes, and builds the extract request', () => {
    const tmp = tempDir();
    const { db } = seedTestDatabase(tmp, 400, 'requests');
    const landmarks = readLandmarks(db)!;
    const [chosen, namesake] = landmarks.namesakes;
    const { reference } = createRequest(
      db,
      { ...letter, kind: 'both', requester: { name: 'Anna de Jong', email: 'a@example.org' } },
      on('2026-03-05'),
    );
    expect(() => buildExtractRequest(db, reference, 'M. de Vries')).toThrow(/no data subject is linked/);
    linkSubject(db, reference, chosen, { matched: ['birth_date', 'postcode+house_number'] }, on('2026-03-06'));
    rejectCandidate(db, reference, namesake, { matched: ['name'] }, 'different date of birth', on('2026-03-06'));
    addRedaction(
      db,
      reference,
      { recordKind: 'case_parties', recordId: 'P1', field: 'subject_id', reason: 'third-party-data', note: 'co-debtor' },
      on('2026-03-07'),
    );
    addRedaction(db, reference, { recordKind: 'notes', recordId: 'N1', reason: 'legal-privilege' }, on('2026-03-07'));
    liftRedaction(db, reference, { recordKind: 'notes', recordId: 'N1' }, on('2026-03-08'));
    liftRedaction(db, reference, { recordKind: 'cases', recordId: 'C9', field: 'description' }, on('2026-03-08'));
    expect(() => addRedaction(db, reference, { recordKind: 'x', recordId: 'y', reason: 'gossip' as never }, on('2026-03-08'))).toThrow(
      /Unknown redaction reason "gossip"/,
    );
    addNote(db, reference, 'Called back to confirm the address', on('2026-03-08'));
    addOutput(db, reference, { fileName: `${reference}.pdf`, kind: 'extract-pdf', sha256: 'ab'.repeat(32) }, on('2026-03-09'));

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
          recordId: 'P1',
          field: 'subject_id',
          reason: 'third-party-data',
          note: 'co-debtor',
          by: 'M. de Vries',
          on: '2026-03-07',
        },
      ],
      liftedRedactions: [
        { key: 'notes:N1:*', by: 'M. de Vries', on: '2026-03-08' },
        { key: 'cases:C9:description', by: 'M. de Vries', on: '2026-03-08' },
      ],
    });
    const actions = auditEntriesForRequest(db, reference).map((e) => e.action);
    expect(actions).toEqual([
      'request.create',
      'request.link-subject',
      'request.reject-candidate',
      'record.redact',
      'record.redact',
      'record.lift-redaction',
      'record.lift-redaction',
      'request.note',
      'export',
    ]);
    expect(verifyAuditChain(db)).toMatchObject({ ok: true });
  });
});
