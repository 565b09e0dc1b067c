import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/openDatabase.ts';
import { sqliteDocumentRepository } from '../../../electron/core/documents/sqliteDocumentRepository.ts';
import { cli } from '../../helpers/cliHarness.ts';
import { baseRecords, documentRecord, writeDocumentZip, writeImportFile } from '../../helpers/documentImportFiles.ts';
import { fixturePdf } from '../../helpers/documentFixtures.ts';
import { useTempDirs } from '../../helpers/tempDir.ts';
import { testKeys } from '../../helpers/testKeys.ts';

describe('inzage import with documents (issue 16.1)', () => {
  const tempDir = useTempDirs();

  it('stores the documents of the file from the zip beside it, and refuses a bad one with its line and field', async () => {
    const dir = tempDir();
    const db = join(dir, 'inzage.db');
    // An empty, migrated database under the test key (the key the CLI harness gives the command).
    openDatabase(db, testKeys.database).close();
    const { bytes } = await fixturePdf([['Aanmaning']]);
    await writeDocumentZip(dir, 'docs.zip', { 'brieven/aanmaning.pdf': bytes });
    const good = writeImportFile(
      join(dir, 'export.jsonl'),
      [...baseRecords(), documentRecord({ file: 'brieven/aanmaning.pdf', media_type: 'application/pdf' })],
      { documentFiles: 'docs.zip' },
    );
    const imported = await cli(['import', good, '--db', db]);
    expect(imported.code, imported.err).toBe(0);
    expect(imported.out).toMatch(/Imported 5 records/);
    expect(imported.out).toMatch(/ {2}documents: 1\n/);
    expect(imported.out).toMatch(/1 documents stored; reading their text now/);

    const bad = writeImportFile(
      join(dir, 'bad.jsonl'),
      [documentRecord({ id: 'D-2', file: 'brieven/aanmaning.pdf', media_type: 'image/png' })],
      {
        documentFiles: 'docs.zip',
      },
    );
    const failed = await cli(['import', bad, '--db', db]);
    expect(failed.code).toBe(1);
    expect(failed.err.split('\n').at(-2)! + '\n').toBe(
      "inzage import: bad.jsonl:2: documents.media_type: the file's content is not image/png (it looks like application/pdf) " +
        '(nothing was imported)\n',
    );
    const store = openDatabase(db, testKeys.database);
    try {
      expect(await sqliteDocumentRepository(store).documentIds()).toEqual(['D-1']);
    } finally {
      store.close();
    }
  });
});
