import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../../electron/core/api/dispatch.ts';
import { openDatabase } from '../../../../../electron/core/db/openDatabase.ts';
import { readLandmarks } from '../../../../../electron/core/demo/seedDatabase.ts';
import type { ExportResult, PreviewPdf } from '../../../../../shared/ipc/types.ts';
import { createTestHandlers, waitForJob } from '../../../../helpers/handlerHarness.ts';
import { useTempDirs } from '../../../../helpers/tempDir.ts';
import { testKeys } from '../../../../helpers/testKeys.ts';

const tempDir = useTempDirs('test');
const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

/**
 * Issue 14.3/14.6 leftover: the inputs of an automated decision (Art. 15(1)(h)) are explained to the
 * person in the language of their request, whatever language the clerk's window is in. A Dutch window
 * first opens the review (its texts in Dutch), then previews and exports an English request: the PDF's
 * decision variables carry the register's English labels only.
 */
describe('automated-decision inputs in the extract PDF', () => {
  it("follow the request's language, not the window's", async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'settings.json'),
      JSON.stringify({ language: 'nl', clerkName: 'Test Clerk', clerkRole: 'Privacy officer', outputFolder: join(dir, 'out') }),
    );
    const h = createTestHandlers(dir, { subjects: 120 });
    try {
      const call = async <T>(channel: string, input: unknown): Promise<T> => {
        const result = await dispatch(h.handlers, channel, input);
        if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
        return result.value as T;
      };
      expect((await call<{ language: string }>('settings:get', {})).language).toBe('nl');
      const db = openDatabase(h.databaseFile, testKeys.database, { readonly: true });
      const subject = readLandmarks(db)!.automatedDecisions;
      db.close();
      const { id: requestId } = await call<{ id: string }>('request:create', {
        requesterName: 'Test Person',
        kind: 'access',
        language: 'en',
        receivedOn: '2026-11-10',
        channel: 'email',
      });
      await call('request:checkIdentity', { requestId, method: 'known e-mail address' });
      await call('request:linkSubjects', { requestId, subjectIds: [subject], reason: 'name and birth date' });
      await call('extract:review', { requestId, language: 'nl' });

      const preview = await call<PreviewPdf>('extract:previewPdf', { requestId });
      const previewFile = join(dir, 'preview.pdf');
      writeFileSync(previewFile, Buffer.from(preview.pdf, 'base64'));
      const { jobId } = await call<{ jobId: string }>('export:start', { requestId, archive: false });
      const done = await waitForJob(h, jobId);
      expect(done.ok, JSON.stringify(done.error)).toBe(true);
      const result = done.result as ExportResult;
      for (const file of [previewFile, join(result.folder, result.files[0]!.name)]) {
        const text = pdfText(file);
        for (const english of ['Outstanding balance', 'Days past due', 'Broken payment arrangements', 'Credit score'])
          expect(text).toContain(english);
        for (const dutch of ['Openstaand bedrag', 'Dagen na de vervaldatum', 'Niet nagekomen betalingsregelingen', 'Kredietscore'])
          expect(text).not.toContain(dutch);
      }
    } finally {
      h.close();
    }
  });
});
