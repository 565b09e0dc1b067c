import { withoutDemoDocuments } from '../../helpers/demoDatabase.ts';
import { join } from 'node:path';
import { exportJsonl } from '../../../electron/core/importer/exportJsonl.ts';
import { describe, expect, it } from 'vitest';
import { readLandmarks } from '../../../electron/core/demo/seedDatabase.ts';
import { sqliteStore } from '../../../electron/core/store/sqliteStore.ts';
import { fixturePdf } from '../../helpers/documentFixtures.ts';
import { cli } from '../../helpers/cliHarness.ts';
import { addUnreadDocument, encryptedPdf, scanPng } from '../../helpers/scanFixtures.ts';
import { useTempDirs } from '../../helpers/tempDir.ts';
import { openKeyedDatabase, testKeys } from '../../helpers/testKeys.ts';

const noOcr = { INZAGE_TESSERACT: '/nonexistent/bin/tesseract' };

describe('inzage documents read / list (issue 16.2)', () => {
  const tempDir = useTempDirs();

  async function demoFileWithDocuments(): Promise<string> {
    const file = join(tempDir(), 'demo.db');
    expect((await cli(['seed', '--db', file, '--subjects', '40', '--seed', 'cli-documents'])).code).toBe(0);
    const db = openKeyedDatabase(file);
    try {
      withoutDemoDocuments(db);
      const store = sqliteStore(db, { keys: testKeys });
      const { debtor } = readLandmarks(db)!.sharedCase;
      const { bytes } = await fixturePdf([['Aanmaning dossier 2024-00017']]);
      await addUnreadDocument(store, { id: 'D-1', subjectId: debtor, mediaType: 'application/pdf', bytes });
      await addUnreadDocument(store, { id: 'D-2', subjectId: debtor, mediaType: 'application/pdf', bytes: await encryptedPdf('Geheim') });
      await addUnreadDocument(store, { id: 'D-3', subjectId: debtor, mediaType: 'image/png', bytes: (await scanPng(['Brief'])).png });
    } finally {
      db.close();
    }
    return file;
  }

  it('reads the documents, says which could not be read and why, and that OCR is missing; then lists them', async () => {
    const file = await demoFileWithDocuments();
    const read = await cli(['documents', 'read', '--db', file, '--clerk', 'M. de Vries'], noOcr);
    expect(read.code).toBe(0);
    expect(read.out).toBe(
      'Read the text of 3 documents: 1 read, 1 unreadable, 1 waiting for OCR.\n' +
        '  document D-2 could not be read: the file is password-protected; ask for a copy without a password\n' +
        '  document D-3 (letter-received) waits for OCR\n' +
        '  OCR is not available (/nonexistent/bin/tesseract not found): 1 scanned documents not read; ' +
        'install tesseract-ocr, tesseract-ocr-nld and -eng (or set INZAGE_TESSERACT), then run inzage documents read\n',
    );
    expect(read.err).toMatch(/documents read: 3 of 3 documents read\n$/);

    const list = await cli(['documents', 'list', '--db', file]);
    expect(list.out).toBe(
      'D-1  2026-02-10  letter-received  application/pdf  read, 1 pages\n' +
        'D-2  2026-02-10  letter-received  application/pdf  encrypted\n' +
        '    document D-2 could not be read: the file is password-protected; ask for a copy without a password\n' +
        'D-3  2026-02-10  letter-received  image/png  ocr-unavailable\n',
    );
    const unreadable = await cli(['documents', 'list', '--unreadable', '--db', file, '--json']);
    expect((JSON.parse(unreadable.out) as { id: string; status: string }[]).map((d) => [d.id, d.status])).toEqual([
      ['D-2', 'unreadable'],
      ['D-3', 'ocr-unavailable'],
    ]);

    const audit = await cli(['audit', 'verify', '--db', file]);
    expect(audit.code).toBe(0);
  });

  it('says when nothing waits, and refuses a wrong subcommand', async () => {
    const file = await demoFileWithDocuments();
    await cli(['documents', 'read', '--db', file, '--clerk', 'M. de Vries'], noOcr);
    const db = openKeyedDatabase(file);
    const store = sqliteStore(db, { keys: testKeys });
    await store.documents.saveReading({ ...(await store.documents.reading('D-3')), status: 'unreadable', problem: 'ocr-failed' }, []);
    db.close();
    expect((await cli(['documents', 'read', '--db', file, '--clerk', 'M. de Vries'], noOcr)).out).toBe(
      'No documents waiting to be read.\n',
    );
    expect((await cli(['documents', 'list', '--unreadable', '--db', file])).out).toContain(
      'D-3  2026-02-10  letter-received  image/png  ocr-failed\n',
    );
    expect((await cli(['documents', 'shred', '--db', file])).code).toBe(2);
  });

  it('import reads the documents waiting to be read after importing, and says so', async () => {
    const dir = tempDir();
    const source = join(dir, 'source.db');
    await cli(['seed', '--db', source, '--subjects', '60', '--seed', 'cli-import']);
    const exported = join(dir, 'export.jsonl');
    exportJsonl(openKeyedDatabase(source, { readonly: true }), exported);
    const target = join(dir, 'target.db');
    await cli(['seed', '--db', target, '--subjects', '40', '--seed', 'other']);
    const db = openKeyedDatabase(target);
    withoutDemoDocuments(db);
    const { bytes } = await fixturePdf([['Aanmaning dossier 2024-00017']]);
    await addUnreadDocument(sqliteStore(db, { keys: testKeys }), {
      id: 'D-NEW',
      subjectId: readLandmarks(db)!.sharedCase.debtor,
      mediaType: 'application/pdf',
      bytes,
    });
    db.close();
    const imported = await cli(['import', exported, '--db', target], noOcr);
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(/\nimport: Read the text of 1 documents: 1 read, 0 unreadable, 0 waiting for OCR\.\n$/);
    expect((await cli(['documents', 'list', '--db', target])).out).toBe(
      'D-NEW  2026-02-10  letter-received  application/pdf  read, 1 pages\n',
    );
  });
});
