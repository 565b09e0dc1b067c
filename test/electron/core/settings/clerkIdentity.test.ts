import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveClerkIdentity } from '../../../../electron/cli/actor.ts';
import { dispatch } from '../../../../electron/core/api/dispatch.ts';
import { openDatabase } from '../../../../electron/core/db/openDatabase.ts';
import { readLandmarks } from '../../../../electron/core/demo/seedDatabase.ts';
import type { AuditEntry, RequestDetail, Settings } from '../../../../shared/ipc/types.ts';
import { auditSentence } from '../../../../shared/audit/auditSentences.ts';
import { createTestHandlers, waitForJob } from '../../../helpers/handlerHarness.ts';
import type { HandlerHarness } from '../../../helpers/handlerHarness.ts';
import { testKeys } from '../../../helpers/testKeys.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

const tempDir = useTempDirs('test');

const caller =
  (h: HandlerHarness) =>
  async <T>(channel: string, input: unknown): Promise<T> => {
    const result = await dispatch(h.handlers, channel, input);
    if (!result.ok) throw Object.assign(new Error(`${channel}: ${result.error.message}`), { code: result.error.code });
    return result.value as T;
  };

describe("who works at this desk (issue 14.5): the clerk's name and function", () => {
  it('is asked on first start, audited when given or changed, and carried by the letters, the signed PDF and the trail', async () => {
    const dir = tempDir();
    const h = createTestHandlers(dir, { subjects: 120, clerkRole: null });
    try {
      const call = caller(h);
      // First start: no function known yet, so the window asks.
      expect((await call<Settings>('settings:get', {})).clerkRole).toBeNull();
      await expect(call('settings:update', { clerkName: '   ', clerkRole: 'Privacy officer' })).rejects.toMatchObject({
        code: 'input.invalid',
      });
      const set = await call<Settings>('settings:update', {
        language: 'nl',
        clerkName: ' Anna de Vries ',
        clerkRole: 'Functionaris inzageverzoeken',
      });
      expect(set).toMatchObject({ clerkName: 'Anna de Vries', clerkRole: 'Functionaris inzageverzoeken', language: 'nl' });
      // Saving the same again (the language only) writes no clerk entry.
      await call('settings:update', { language: 'en', clerkName: 'Anna de Vries', clerkRole: 'Functionaris inzageverzoeken' });

      const db = openDatabase(h.databaseFile, testKeys.database, { readonly: true });
      const subject = readLandmarks(db)!.foreignTransfer;
      db.close();
      const request = await call<RequestDetail>('request:create', {
        requesterName: 'Test Person',
        kind: 'access',
        language: 'nl',
        receivedOn: '2026-11-10',
        channel: 'email',
      });
      const acknowledgement = request.letters.find((l) => l.id === 'acknowledgement')!;
      expect(acknowledgement.body).toContain('Anna de Vries\nFunctionaris inzageverzoeken\n');
      expect(acknowledgement.body).not.toContain('Test Clerk');

      await call('request:checkIdentity', { requestId: request.id, method: 'bekend e-mailadres' });
      await call('request:linkSubjects', { requestId: request.id, subjectIds: [subject], reason: 'naam en geboortedatum' });
      mkdirSync(join(dir, 'out'), { recursive: true });
      const { jobId } = await call<{ jobId: string }>('export:start', { requestId: request.id, archive: false });
      const done = await waitForJob(h, jobId);
      expect(done).toMatchObject({ ok: true });
      const pdf = join(
        dir,
        'out',
        request.id,
        (done as { result: { files: { name: string }[] } }).result.files.find((f) => f.name.endsWith('.pdf'))!.name,
      );
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
      expect(text).toContain('Anna de Vries');
      expect(text).toContain('Functionaris inzageverzoeken');

      // Changing the function later is audited too, naming whose entry it replaced.
      await call('settings:update', { clerkName: 'Anna de Vries', clerkRole: 'Privacy officer' });
      const trail = await call<{ entries: AuditEntry[] }>('audit:list', { limit: 1000, offset: 0 });
      const clerkEntries = trail.entries.filter((e) => e.action === 'settings.clerk').reverse();
      expect(clerkEntries.map((e) => [e.actor, e.target, e.details])).toEqual([
        ['Anna de Vries', 'Test Clerk', { firstStart: true, nameChanged: true, roleChanged: true }],
        ['Anna de Vries', 'Anna de Vries', { firstStart: false, nameChanged: false, roleChanged: true }],
      ]);
      expect(auditSentence(clerkEntries[0]!, 'nl')).toBe('Medewerker bij de eerste start vastgelegd.');
      expect(auditSentence(clerkEntries[1]!, 'en')).toBe('Clerk changed (function); before: Anna de Vries.');
      // From the first start on every entry carries the clerk's name, and reads as a sentence (no digests, no id lists).
      const after = trail.entries.filter((e) => e.id >= clerkEntries[0]!.id);
      expect(new Set(after.map((e) => e.actor))).toEqual(new Set(['Anna de Vries']));
      for (const e of trail.entries) {
        const sentence = auditSentence({ ...e, requestRef: e.requestId }, 'nl', { withRequest: true });
        expect(sentence, e.action).not.toMatch(/^Actie:|[0-9a-f]{12}|undefined|\[object/);
      }
      const history = (await call<RequestDetail>('request:get', { requestId: request.id })).history;
      expect(history.map((e) => auditSentence(e, 'en'))).toContain('Person linked to the request (entry ' + subject + ').');
    } finally {
      h.close();
    }
  });

  it('the CLI takes --clerk, else INZAGE_CLERK, else the name the app was given, else the OS user', () => {
    const dir = tempDir();
    const env = { INZAGE_USER_DATA: dir };
    const beforeFirstStart = resolveClerkIdentity(undefined, env);
    expect(beforeFirstStart.role).toBeNull();
    // A settings file from before the first start (the placeholder name, no function) is not the clerk.
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ language: 'nl', clerkName: 'Privacy desk', outputFolder: dir }));
    expect(resolveClerkIdentity(undefined, env)).toEqual(beforeFirstStart);
    writeFileSync(
      join(dir, 'settings.json'),
      JSON.stringify({ language: 'nl', clerkName: 'Anna de Vries', clerkRole: 'Privacy officer', outputFolder: dir }),
    );
    expect(resolveClerkIdentity(undefined, env)).toEqual({ name: 'Anna de Vries', role: 'Privacy officer' });
    expect(resolveClerkIdentity(undefined, { ...env, INZAGE_CLERK: 'Batch job' })).toEqual({ name: 'Batch job', role: null });
    expect(resolveClerkIdentity('Kees', { ...env, INZAGE_CLERK: 'Batch job' })).toEqual({ name: 'Kees', role: null });
  });
});
