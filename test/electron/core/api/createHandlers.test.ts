import { readFileSync, writeFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../electron/core/api/dispatch.ts';
import { fixedClock } from '../../../../electron/core/clock/clock.ts';
import { openDatabase } from '../../../../electron/core/db/openDatabase.ts';
import { loadDefaultPolicy } from '../../../../electron/core/policy/loadPolicy.ts';
import { sqliteStore } from '../../../../electron/core/store/sqliteStore.ts';
import { readLandmarks } from '../../../../electron/core/demo/seedDatabase.ts';
import { createTestHandlers, waitForJob } from '../../../helpers/handlerHarness.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import { testKeys } from '../../../helpers/testKeys.ts';
import type { VerifyCheck } from '../../../../shared/output/verifyChecks.ts';

const tempDir = useTempDirs('test');

describe('createHandlers over the demo database', () => {
  it('registers a request, finds the person among namesakes, links them, redacts and reports', async () => {
    const h = createTestHandlers(tempDir(), { subjects: 300 });
    try {
      const db = openDatabase(h.databaseFile, testKeys.database, { readonly: true });
      const landmarks = readLandmarks(db)!;
      const account = (db.prepare('SELECT id FROM bank_accounts WHERE subject_id = ?').get(landmarks.namesakes[0]) as { id: string }).id;
      db.close();
      const call = (channel: string, input: unknown) => dispatch(h.handlers, channel, input);

      const created = await call('request:create', {
        requesterName: 'Jan van den Berg',
        kind: 'access',
        language: 'nl',
        receivedOn: '2026-10-20',
        channel: 'email',
      });
      expect(created.ok).toBe(true);
      const request = (created as { value: { id: string; dueOn: string; daysLeft: number; letters: { id: string }[] } }).value;
      expect(request.id).toMatch(/^INZ-2026-\d{4}$/);
      expect(request.dueOn).toBe('2026-11-20');
      expect(request.daysLeft).toBe(-3);
      expect(request.letters.map((l) => l.id)).toContain('acknowledgement');

      const found = await call('search:subjects', { query: 'Jan van den Berg', limit: 20, requestId: request.id });
      const groups = (found as { value: { groups: { subjectId: string; namesakes: { subjectId: string }[]; birthDate: string }[] } }).value
        .groups;
      const [janA, janB] = landmarks.namesakes;
      const a = groups.find((g) => g.subjectId === janA)!;
      expect(a).toBeDefined();
      expect(a.namesakes.map((n) => n.subjectId)).toContain(janB);

      const checked = await call('request:checkIdentity', { requestId: request.id, method: 'known e-mail address and date of birth' });
      expect(checked).toMatchObject({
        ok: true,
        value: { status: 'in-progress', identity: { method: 'known e-mail address and date of birth' } },
      });
      const linked = await call('request:linkSubjects', { requestId: request.id, subjectIds: [janA], reason: 'name, birth date' });
      expect(linked).toMatchObject({ ok: true, value: { subjectIds: [janA] } });

      // A redaction names a record of the linked person (issue 13): a made-up id is refused with its code.
      const typo = await call('redaction:add', { requestId: request.id, recordKind: 'bank_accounts', recordId: 'BA-X', reason: 'other' });
      expect(typo).toMatchObject({ ok: false, error: { code: 'redaction.record-not-found' } });
      const redacted = await call('redaction:add', {
        requestId: request.id,
        recordKind: 'bank_accounts',
        recordId: account,
        field: 'iban',
        reason: 'third-party-financial',
      });
      expect(redacted).toMatchObject({
        ok: true,
        value: { redactions: [{ recordKind: 'bank_accounts', recordId: account, field: 'iban', reason: 'third-party-financial' }] },
      });
      const lifted = await call('redaction:remove', {
        requestId: request.id,
        recordKind: 'bank_accounts',
        recordId: account,
        field: 'iban',
      });
      expect(lifted).toMatchObject({ ok: true, value: { redactions: [] } });

      const list = await call('request:list', { overdueOnly: true });
      expect(list).toMatchObject({ ok: true, value: [{ id: request.id, daysLeft: -3 }] });
      expect(await call('report:summary', {})).toMatchObject({ ok: true, value: { total: 1, open: 1, overdue: 1 } });

      await new Promise((resolve) => setTimeout(resolve, 60)); // the search burst is logged once typing pauses
      const audit = (await call('audit:list', { limit: 100, offset: 0 })) as {
        ok: true;
        value: { entries: { action: string; detail: string }[] };
      };
      const actions = audit.value.entries.map((e) => e.action);
      expect(actions).toEqual(expect.arrayContaining(['request.create', 'search', 'record.redact']));
      // The audit log holds references and digests, never the name that was searched for.
      expect(JSON.stringify(audit.value)).not.toContain('Berg');

      const detail = await call('request:get', { requestId: request.id });
      expect((detail as { value: { history: { action: string }[] } }).value.history.length).toBeGreaterThanOrEqual(4);
      expect(await call('request:get', { requestId: 'INZ-2026-9999' })).toMatchObject({
        ok: false,
        error: { code: 'request.not-found', params: { reference: 'INZ-2026-9999' } },
      });
    } finally {
      h.close();
    }
  });

  it('shows a subject’s stored records and rebuilds the demo database in a worker with progress', async () => {
    const dir = tempDir();
    const h = createTestHandlers(dir, { subjects: 200 });
    try {
      const info = (await dispatch(h.handlers, 'app:info', {})) as {
        ok: true;
        value: { demo: { subjects: number }; features: Record<string, boolean> };
      };
      expect(info.value.demo.subjects).toBeGreaterThanOrEqual(200);
      expect(info.value.features.requests).toBe(true);

      const started = (await dispatch(h.handlers, 'demo:rebuild', { subjects: 150, confirm: 'DEMO' })) as {
        ok: true;
        value: { jobId: string };
      };
      const done = await waitForJob(h, started.value.jobId);
      expect(done, JSON.stringify(done.error)).toMatchObject({ ok: true, kind: 'demo' });
      expect(h.events.some((e) => e.event === 'job:progress')).toBe(true);
      const after = (await dispatch(h.handlers, 'app:info', {})) as { ok: true; value: { demo: { subjects: number } } };
      expect(after.value.demo.subjects).toBeLessThan(info.value.demo.subjects);

      const db = openDatabase(h.databaseFile, testKeys.database, { readonly: true });
      const heavy = readLandmarks(db)!.heavyDebtor;
      db.close();
      const review = (await dispatch(h.handlers, 'extract:review', { subjectId: heavy })) as {
        ok: true;
        value: { recordCount: number };
      };
      expect(review.value.recordCount).toBeGreaterThan(1000);
      expect(await dispatch(h.handlers, 'extract:review', { subjectId: 'SUB-NOPE' })).toMatchObject({
        ok: false,
        error: { code: 'subject.not-found', params: { subjectId: 'SUB-NOPE' } },
      });
    } finally {
      h.close();
    }
  });
});

describe('extract and export handlers', () => {
  it('previews the extract with a redaction, exports in a worker with progress, registers and verifies the files', async () => {
    const opened: string[] = [];
    const h = createTestHandlers(tempDir(), { subjects: 300, openFolder: async (folder) => opened.push(folder) > 0 });
    try {
      const db = openDatabase(h.databaseFile, testKeys.database, { readonly: true });
      const { sharedCase } = readLandmarks(db)!;
      db.close();
      const call = (channel: string, input: unknown) => dispatch(h.handlers, channel, input);
      const { value: request } = (await call('request:create', {
        requesterName: 'Anna de Jong',
        kind: 'both',
        language: 'en',
        receivedOn: '2026-11-02',
        channel: 'letter',
      })) as { value: { id: string } };
      expect(await call('extract:preview', { requestId: request.id })).toMatchObject({ ok: false, error: { code: 'request.no-subject' } });
      await call('request:checkIdentity', { requestId: request.id, method: 'signed letter with copy of bank statement' });
      await call('request:linkSubjects', { requestId: request.id, subjectIds: [sharedCase.debtor], reason: 'name, address' });

      type Model = {
        categories: {
          id: string;
          records: { recordKind: string; recordId: string; caseId: string | null; fields: { name: string; redacted: unknown }[] }[];
        }[];
        withheld: { recordId: string; automatic: boolean }[];
      };
      const first = ((await call('extract:preview', { requestId: request.id })) as { value: Model }).value;
      const message = first.categories
        .flatMap((c) => c.records)
        .find((r) => r.recordKind === 'communications' && r.caseId === sharedCase.caseId)!;
      expect(message).toBeDefined();
      await call('redaction:add', {
        requestId: request.id,
        recordKind: 'communications',
        recordId: message.recordId,
        field: 'summary',
        reason: 'third-party-data',
        note: 'mentions the co-debtor',
      });
      const second = ((await call('extract:preview', { requestId: request.id })) as { value: Model }).value;
      const after = second.categories.flatMap((c) => c.records).find((r) => r.recordId === message.recordId)!;
      expect(after.fields.find((f) => f.name === 'summary')!.redacted).not.toBeNull();
      expect(second.withheld.some((w) => w.recordId === message.recordId && !w.automatic)).toBe(true);

      const priorityBefore = getPriority();
      const { value: job } = (await call('export:start', { requestId: request.id, archive: true })) as { value: { jobId: string } };
      const done = await waitForJob(h, job.jobId);
      expect(done.ok, JSON.stringify(done.error)).toBe(true);
      expect(done.result!.files.map((f) => f.name).sort()).toEqual([`${request.id}_extract_en.pdf`, `${request.id}_portability.zip`]);
      expect(h.events.filter((e) => e.event === 'job:progress').length).toBeGreaterThan(1);
      // The worker lowered its own priority only: the thread serving the window keeps its nice value.
      expect(getPriority()).toBe(priorityBefore);

      const verified = (await call('export:verify', { requestId: request.id })) as {
        value: { ok: boolean; verdict: string; signers: { commonName: string; trust: string }[]; checks: VerifyCheck[] };
      };
      // Nothing changed; the demo certificate is self-signed and no trust anchor is configured: intact, not trusted.
      expect(verified.value.checks.filter((c) => !c.ok)).toEqual([]);
      expect(verified.value).toMatchObject({ ok: false, verdict: 'untrusted' });
      expect(verified.value.signers.map((s) => [s.commonName, s.trust])).toEqual([
        [expect.stringMatching(/DEMO/), 'no-anchors'],
        [expect.stringMatching(/DEMO/), 'no-anchors'],
      ]);
      expect(verified.value.checks.filter((c) => c.check === 'file-recorded')).toHaveLength(2);
      expect(verified.value.checks.length).toBeGreaterThan(3);
      // The window names a request, never a path: the folder opened is the one the export recorded.
      const openedFolder = await call('export:openFolder', { requestId: request.id });
      expect(opened).toEqual([done.result!.folder]);
      expect(openedFolder).toEqual({ ok: true, value: { opened: true } });
      expect(opened).toEqual([done.result!.folder]);
      const detail = (await call('request:get', { requestId: request.id })) as {
        value: { exports: { files: { bytes: number }[] }[]; history: { action: string }[] };
      };
      expect(detail.value.exports[0]!.files.every((f) => f.bytes > 0)).toBe(true);
      expect(detail.value.history.filter((e) => e.action === 'export')).toHaveLength(2);

      // One byte changed after the export: the file no longer is the one the register recorded.
      const pdf = join(done.result!.folder, `${request.id}_extract_en.pdf`);
      const bytes = readFileSync(pdf);
      bytes[bytes.length >> 1] = bytes[bytes.length >> 1]! ^ 0xff;
      writeFileSync(pdf, bytes);
      const tampered = (await call('export:verify', { requestId: request.id })) as {
        value: { ok: boolean; verdict: string; checks: VerifyCheck[] };
      };
      expect(tampered.value).toMatchObject({ ok: false, verdict: 'invalid' });
      expect(tampered.value.checks.find((c) => c.check === 'file-recorded' && c.in[0] === `${request.id}_extract_en.pdf`)!.ok).toBe(false);
      expect(tampered.value.checks.find((c) => c.check === 'file-recorded' && c.in[0] === `${request.id}_portability.zip`)!.ok).toBe(true);
      const other = (await call('request:create', {
        requesterName: 'Piet Smit',
        kind: 'access',
        language: 'en',
        receivedOn: '2026-11-02',
        channel: 'letter',
      })) as { value: { id: string } };
      expect(await call('export:openFolder', { requestId: other.value.id })).toMatchObject({
        ok: false,
        error: { code: 'export.not-exported' },
      });
      expect(opened).toHaveLength(1);
    } finally {
      h.close();
    }
  });
});

describe('searchAuditTrail', () => {
  it('logs one entry per burst of typing, with the number of queries and every subject shown', async () => {
    const { searchAuditTrail } = await import('../../../../electron/core/search/searchAuditTrail.ts');
    const h = createTestHandlers(tempDir(), { subjects: 100 });
    h.close();
    const db = openDatabase(h.databaseFile, testKeys.database);
    try {
      const trail = searchAuditTrail(10_000);
      const deps = {
        store: sqliteStore(db, { keys: testKeys }),
        clock: fixedClock('2026-11-23'),
        clerk: { name: 'Clerk' },
        register: loadDefaultPolicy(),
      };
      trail.record(deps, 'Ja', undefined, ['S1', 'S2']);
      trail.record(deps, 'Jan', undefined, ['S2', 'S3']);
      trail.record(deps, 'Jan de', undefined, ['S3']);
      const count = () => (db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'search'").get() as { n: number }).n;
      expect(count()).toBe(0);
      trail.record(deps, 'Jan', 'INZ-2026-0001', ['S9']); // another request: the first burst is written
      expect(count()).toBe(1);
      trail.flush();
      const rows = db.prepare("SELECT request_ref, details FROM audit_log WHERE action = 'search' ORDER BY seq").all() as {
        request_ref: string | null;
        details: string;
      }[];
      expect(rows.map((r) => [r.request_ref, JSON.parse(r.details)])).toEqual([
        [null, { query: expect.stringMatching(/^[0-9a-f]{16,}$/), queries: 3, shown: ['S1', 'S2', 'S3'] }],
        ['INZ-2026-0001', { query: expect.any(String), queries: 1, shown: ['S9'] }],
      ]);
      expect(rows.map((r) => r.details).join()).not.toContain('Jan');
    } finally {
      db.close();
    }
  });
});
