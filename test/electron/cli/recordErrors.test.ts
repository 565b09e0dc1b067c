import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../../shared/errors/errorMessages.ts';
import { dispatch } from '../../../electron/core/api/dispatch.ts';
import { cli } from '../../helpers/cliHarness.ts';
import { seedTestDatabase } from '../../helpers/demoDatabase.ts';
import { createTestHandlers } from '../../helpers/handlerHarness.ts';
import { useTempDirs } from '../../helpers/tempDir.ts';

const tempDir = useTempDirs('test');

/** The record side's DomainErrors as each front end words them: the CLI may name what to type, the window never a path. */
describe('case-record errors in the CLI and the window', () => {
  it('a missing subject, a missing import or verify file', async () => {
    const dir = tempDir();
    const { db, file } = seedTestDatabase(dir, 60);
    db.close();
    const env = { INZAGE_CLERK: 'Eva Bos', INZAGE_TODAY: '2026-11-23' };
    expect(await cli(['show', 'S9999999', '--db', file], env)).toEqual({
      code: 1,
      out: '',
      err: 'inzage show: No data subject with id "S9999999" in this database\n',
    });
    const missing = join(dir, 'nowhere', 'cases.jsonl');
    expect((await cli(['import', missing, '--db', file], env)).err).toBe(
      'inzage import: cases.jsonl: no such file (nothing was changed)\n',
    );
    expect((await cli(['verify', join(dir, 'gone.pdf')], env)).err).toBe('inzage verify: gone.pdf: no such file (nothing was changed)\n');

    const h = createTestHandlers(dir, { databaseFile: file });
    try {
      const result = await dispatch(h.handlers, 'extract:review', { subjectId: 'S9999999' });
      expect(result).toEqual({
        ok: false,
        error: { code: 'subject.not-found', params: { subjectId: 'S9999999' }, message: 'Data subject S9999999 is not in this database.' },
      });
      expect(errorMessage('subject.not-found', { subjectId: 'S9999999' }, 'nl')).toBe('Betrokkene S9999999 staat niet in deze database.');
    } finally {
      h.close();
    }
  });
});
