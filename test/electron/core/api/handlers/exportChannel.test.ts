import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../../../../shared/errors/errorMessages.ts';
import { dispatch } from '../../../../../electron/core/api/dispatch.ts';
import { openDatabase } from '../../../../../electron/core/db/openDatabase.ts';
import { readLandmarks } from '../../../../../electron/core/demo/seedDatabase.ts';
import { createTestHandlers, waitForJob } from '../../../../helpers/handlerHarness.ts';
import { useTempDirs } from '../../../../helpers/tempDir.ts';
import { testKeys } from '../../../../helpers/testKeys.ts';

const tempDir = useTempDirs('test');

/**
 * Issue 11: an export into an output folder that cannot be created showed the raw OS error in the
 * window ("EPERM … mkdir '/home/…'"). A file standing where the folder should be makes mkdir fail
 * for every user (root included, unlike a read-only folder); the job must report a code, no path.
 */
describe('export:start into an output folder that cannot be created', () => {
  it('reports output.folder-unwritable in job:done, with no OS message and no path', async () => {
    const dir = tempDir();
    const blocker = join(dir, 'not-a-folder');
    writeFileSync(blocker, 'a file where the output folder should go');
    const outputFolder = join(blocker, 'exports');
    writeFileSync(
      join(dir, 'settings.json'),
      JSON.stringify({
        language: 'en',
        clerkName: 'Test Clerk',
        outputFolder,
        policyFile: null,
        certificate: null,
        certificatePassphrase: null,
      }),
    );
    const h = createTestHandlers(dir, { subjects: 120 });
    try {
      const db = openDatabase(h.databaseFile, testKeys.database, { readonly: true });
      const subject = readLandmarks(db)!.foreignTransfer;
      db.close();
      const call = async <T>(channel: string, input: unknown): Promise<T> => {
        const result = await dispatch(h.handlers, channel, input);
        if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
        return result.value as T;
      };
      const request = await call<{ id: string }>('request:create', {
        requesterName: 'Test Person',
        kind: 'both',
        language: 'en',
        receivedOn: '2026-11-10',
        channel: 'email',
      });
      await call('request:checkIdentity', { requestId: request.id, method: 'known e-mail address' });
      await call('request:linkSubjects', { requestId: request.id, subjectIds: [subject], reason: 'name and birth date' });

      const { jobId } = await call<{ jobId: string }>('export:start', { requestId: request.id, archive: true });
      const done = await waitForJob(h, jobId);
      expect(done).toMatchObject({ ok: false, result: null, error: { code: 'output.folder-unwritable' } });
      const shown = JSON.stringify(done);
      expect(shown).not.toContain(dir);
      expect(shown).not.toMatch(/mkdir|ENOTDIR:|EPERM:|EACCES:/);
      expect(errorMessage(done.error!.code, done.error!.params, 'en')).toBe(
        'The output folder cannot be written. Choose another folder in Settings.',
      );
      // Nothing was handed out, so nothing is registered on the request.
      const detail = await call<{ exports: unknown[] }>('request:get', { requestId: request.id });
      expect(detail.exports).toEqual([]);
    } finally {
      h.close();
    }
  });
});
