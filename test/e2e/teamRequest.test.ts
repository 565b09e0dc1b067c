import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/api/dispatch.ts';
import { readLandmarks } from '../../electron/core/demo/seedDatabase.ts';
import { exportJsonl } from '../../electron/core/importer/exportJsonl.ts';
import { cli } from '../helpers/cliHarness.ts';
import { seedTestDatabase } from '../helpers/demoDatabase.ts';
import type { HandlerHarness } from '../helpers/handlerHarness.ts';
import { createTestHandlers, waitForJob } from '../helpers/handlerHarness.ts';
import { useTempDirs } from '../helpers/tempDir.ts';
import { usePostgresDatabases } from '../helpers/testPostgres.ts';
import { writeTestP12 } from '../helpers/testCertificate.ts';
import { scriptedChooser } from '../helpers/testSecretStore.ts';

const passphrase = 'team-test-passphrase';

async function call<T>(h: HandlerHarness, channel: string, input: unknown): Promise<T> {
  const result = await dispatch(h.handlers, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${JSON.stringify(result.error.params ?? {})}`);
  return result.value as T;
}

describe('one request on the team server, two clerks (issue 15.5)', () => {
  const tempDir = useTempDirs();
  const database = usePostgresDatabases();

  it('Eva prepares the request on PostgreSQL, Daan on another laptop approves it (four eyes), and the trail is one chain', async () => {
    const dir = tempDir();
    const url = await database();
    // The administrator's steps of the README's Team setup, through the CLI: migrate, then import.
    expect((await cli(['migrate', '--db', url])).code).toBe(0);
    const demo = seedTestDatabase(dir, 300);
    const landmarks = readLandmarks(demo.db)!;
    const importFile = join(dir, 'demo.jsonl');
    exportJsonl(demo.db, importFile);
    demo.db.close();
    const imported = await cli(['import', importFile, '--db', url]);
    expect(imported.code, imported.err).toBe(0);
    // The team's roles (role checks and four eyes are on by default on a team server): the first
    // administrator is appointed by whoever sets the server up, then gives the clerks their roles.
    for (const [name, role] of [
      ['Anna Beheer', 'administrator'],
      ['Eva Bos', 'clerk'],
      ['Daan de Wit', 'approver'],
    ]) {
      const set = await cli(['team', 'role', 'set', name!, role!, '--db', url, '--clerk', 'Anna Beheer']);
      expect(set.code, set.err).toBe(0);
    }

    // Eva's laptop is set up by the administrator (the certificate is an administrator's choice where roles
    // are checked), then handed to Eva under her own name; Daan's laptop is his from the start.
    const certificate = writeTestP12(join(dir, 'org.p12'), {
      commonName: 'Privacy Desk Test',
      organisation: 'Test Incasso BV',
      passphrase,
      notBefore: new Date('2026-01-01'),
      notAfter: new Date('2027-12-31'),
    });
    const chooser = scriptedChooser({ certificate });
    const eva = createTestHandlers(join(dir, 'eva'), { databaseFile: demo.file, databaseLocation: url, clerkName: 'Anna Beheer', chooser });
    const daan = createTestHandlers(join(dir, 'daan'), { databaseFile: demo.file, databaseLocation: url, clerkName: 'Daan de Wit' });
    try {
      await call(eva, 'dialog:chooseFile', { purpose: 'certificate' });
      expect(await call(eva, 'settings:useCertificate', { file: certificate, passphrase })).toMatchObject({ applied: true });
      await call(eva, 'settings:update', { clerkName: 'Eva Bos' });
      const request = await call<{ id: string }>(eva, 'request:create', {
        requesterName: 'Jan van den Berg',
        kind: 'both',
        language: 'nl',
        receivedOn: '2026-11-02',
        channel: 'letter',
      });
      await call(eva, 'request:checkIdentity', { requestId: request.id, method: 'known address and date of birth' });
      const [janA, janB] = landmarks.namesakes;
      const found = await call<{ groups: { subjectId: string }[] }>(eva, 'search:subjects', {
        query: 'Jan van den Berg',
        limit: 20,
        requestId: request.id,
      });
      expect(found.groups.map((g) => g.subjectId)).toEqual(expect.arrayContaining([janA, janB]));
      await call(eva, 'request:linkSubjects', { requestId: request.id, subjectIds: [janA], reason: 'name and date of birth' });
      await call(eva, 'request:rejectSubject', { requestId: request.id, subjectId: janB, reason: 'other date of birth' });
      const started = await call<{ jobId: string }>(eva, 'export:start', { requestId: request.id, archive: true });
      const done = await waitForJob(eva, started.jobId);
      expect(done, JSON.stringify(done.error)).toMatchObject({ ok: true, kind: 'export' });

      // The second laptop: the same register, the request Eva prepared with both files recorded.
      const listed = await call<{ id: string }[]>(daan, 'request:list', {});
      expect(listed.map((r) => r.id)).toContain(request.id);
      const seen = await call<{ subjectIds: string[]; exports: { files: { name: string }[] }[] }>(daan, 'request:get', {
        requestId: request.id,
      });
      expect(seen.subjectIds).toEqual([janA]);
      const names = seen.exports.flatMap((e) => e.files.map((f) => f.name));
      expect(names.some((name) => name.endsWith('.pdf'))).toBe(true);
      expect(names.some((name) => name.endsWith('.zip'))).toBe(true);
      // Four eyes: marked ready, the request cannot be sent until someone other than Eva approves it.
      await call(eva, 'request:setStatus', { requestId: request.id, status: 'ready' });
      await expect(call(eva, 'request:setStatus', { requestId: request.id, status: 'sent' })).rejects.toThrow(/team\.approval-required/);
      const evaView = await call<{ state: { version: number }; mayDecide: boolean }>(eva, 'team:request', { requestId: request.id });
      expect(evaView.mayDecide).toBe(false);
      await expect(call(eva, 'team:approve', { requestId: request.id, version: evaView.state.version })).rejects.toThrow(
        /team\.own-approval|team\.role-required/,
      );
      const daanView = await call<{ state: { version: number }; mayDecide: boolean }>(daan, 'team:request', { requestId: request.id });
      expect(daanView.mayDecide).toBe(true);
      const approved = await call<{ approvals: { by: string; decision: string }[] }>(daan, 'team:approve', {
        requestId: request.id,
        version: daanView.state.version,
      });
      expect(approved.approvals.at(-1)).toMatchObject({ by: 'Daan de Wit' });
      await call(eva, 'request:setStatus', { requestId: request.id, status: 'sent' });
      expect(await call(daan, 'audit:verify', {})).toMatchObject({ ok: true });
    } finally {
      eva.close();
      daan.close();
    }
  });
});
