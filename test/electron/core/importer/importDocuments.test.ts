import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../../electron/core/db/openDatabase.ts';
import { openDatabase } from '../../../../electron/core/db/openDatabase.ts';
import { recordTableNames } from '../../../../electron/core/db/recordTables.ts';
import { sqliteDocumentRepository } from '../../../../electron/core/documents/sqliteDocumentRepository.ts';
import { ImportError } from '../../../../electron/core/importer/importFormat.ts';
import { importJsonl } from '../../../../electron/core/importer/importJsonl.ts';
import type { ImportOptions } from '../../../../electron/core/importer/importJsonl.ts';
import { fixturePdf } from '../../../helpers/documentFixtures.ts';
import {
  baseRecords,
  documentRecord,
  importPeople,
  sampleEmail,
  sampleScans,
  writeDocumentFolder,
  writeDocumentZip,
  writeImportFile,
} from '../../../helpers/documentImportFiles.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import { testKeys } from '../../../helpers/testKeys.ts';

/** Every row of the record tables and the documents' tables: "nothing imported" means this is unchanged. */
function fingerprint(db: Db): string {
  return [...recordTableNames, 'documents', 'document_files', 'document_readings']
    .map((t) => JSON.stringify(db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).raw().all()))
    .join('\n');
}

/** What an import refusal names: file, line, field, and the reason's start. */
async function refusal(promise: Promise<unknown>): Promise<{ file: string; line: number | null; field: string | null; reason: string }> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    const { file, line, field, reason } = error as ImportError;
    return { file, line, field, reason };
  }
  throw new Error('expected the import to be refused');
}

const sha = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

describe('importing documents (issue 16.1)', () => {
  const tempDir = useTempDirs();

  /** A fresh encrypted database holding the two people and the case (documentImportFiles.ts). */
  async function withPeople(): Promise<{ db: Db; dir: string }> {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'inzage.db'), testKeys.database);
    await importJsonl(db, writeImportFile(join(dir, 'people.jsonl'), baseRecords(), {}));
    return { db, dir };
  }

  /** A letter (PDF), a scan (PNG, JPEG), an e-mail with a PDF attachment and a call note: one of every kind of file. */
  async function caseFile() {
    const { bytes: letter } = await fixturePdf([['Aanmaning', 'U bent 120 euro verschuldigd.']]);
    const { png, jpeg } = await sampleScans();
    const note = 'Belnotitie 12-02-2026: debiteur belde, wil een regeling.';
    const files = {
      'brieven/aanmaning.pdf': letter,
      'scans/brief-debiteur.png': png,
      'scans/envelop.jpg': jpeg,
      'mail/regeling.eml': sampleEmail,
      'mail/bijlage.pdf': letter,
      'notities/bel.txt': note,
    };
    const lines = [
      documentRecord({ id: 'D-LETTER', file: 'brieven/aanmaning.pdf', media_type: 'application/pdf', sha256: sha(letter).toUpperCase() }),
      documentRecord({
        id: 'D-SCAN',
        kind: 'letter-received',
        direction: 'incoming',
        case_id: undefined,
        file: 'scans/brief-debiteur.png',
        media_type: 'image/png',
      }),
      documentRecord({ id: 'D-ENVELOPE', kind: 'other', direction: 'incoming', file: 'scans/envelop.jpg', media_type: 'image/jpeg' }),
      // The attachment comes before its e-mail: lines may come in any order.
      documentRecord({ id: 'D-ATTACHMENT', kind: 'email', file: 'mail/bijlage.pdf', media_type: 'application/pdf', parent_id: 'D-MAIL' }),
      documentRecord({ id: 'D-MAIL', kind: 'email', file: 'mail/regeling.eml', media_type: 'message/rfc822', title: null }),
      documentRecord({
        id: 'D-NOTE',
        kind: 'call-note',
        direction: 'internal',
        subject_id: undefined,
        file: 'notities/bel.txt',
        media_type: 'text/plain',
      }),
    ];
    return { files, lines, letter, png, note };
  }

  async function expectImported(db: Db, expected: Awaited<ReturnType<typeof caseFile>>) {
    const documents = sqliteDocumentRepository(db);
    expect(await documents.documentIds()).toEqual(['D-ATTACHMENT', 'D-ENVELOPE', 'D-LETTER', 'D-MAIL', 'D-NOTE', 'D-SCAN']);
    const letter = await documents.document('D-LETTER');
    expect(letter).toEqual({
      id: 'D-LETTER',
      caseId: importPeople.caseId,
      subjectId: importPeople.subjectId,
      kind: 'letter-sent',
      date: '2026-02-10',
      direction: 'outgoing',
      sender: 'Incassobureau',
      recipient: 'De debiteur',
      title: 'Aanmaning',
      fileName: 'aanmaning.pdf',
      mediaType: 'application/pdf',
      sha256: sha(expected.letter),
      bytes: expected.letter.byteLength,
      parentId: null,
    });
    expect(Buffer.from(await documents.file(letter.sha256)).equals(Buffer.from(expected.letter))).toBe(true);
    expect(Buffer.from(await documents.file(sha(expected.png))).equals(Buffer.from(expected.png))).toBe(true);
    expect(new TextDecoder().decode(await documents.file(sha(expected.note)))).toBe(expected.note);
    expect(await documents.document('D-ATTACHMENT')).toMatchObject({ parentId: 'D-MAIL', sha256: letter.sha256 });
    expect(await documents.document('D-NOTE')).toMatchObject({ subjectId: null, caseId: importPeople.caseId, mediaType: 'text/plain' });
    // The letter and the attachment are one file: kept once.
    expect(db.prepare('SELECT count(*) FROM document_files').pluck().get()).toBe(5);
    // Nothing is read at import: every document waits for the reader.
    expect(await documents.unreadDocumentIds()).toHaveLength(6);
    expect(await documents.reading('D-SCAN')).toMatchObject({ status: 'pending', pageCount: 0 });
  }

  it('imports documents with their files from a folder beside the file, once however often the file is imported', async () => {
    const { db, dir } = await withPeople();
    const expected = await caseFile();
    writeDocumentFolder(dir, 'files', expected.files);
    const file = writeImportFile(join(dir, 'export.jsonl'), expected.lines);
    const result = await importJsonl(db, file);
    expect(result.byTable.documents).toBe(6);
    expect(result.records).toBe(6);
    await expectImported(db, expected);
    const before = fingerprint(db);
    await importJsonl(db, file);
    expect(fingerprint(db)).toBe(before);
  });

  it('imports documents with their files from a zip beside the file, together with new records', async () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'inzage.db'), testKeys.database);
    const expected = await caseFile();
    await writeDocumentZip(dir, 'documenten.zip', expected.files);
    // Records and documents in one file, the documents before the people they belong to.
    const result = await importJsonl(
      db,
      writeImportFile(join(dir, 'export.jsonl'), [...expected.lines, ...baseRecords()], { documentFiles: 'documenten.zip' }),
    );
    expect(result.byTable).toMatchObject({ documents: 6, subjects: 2, cases: 1 });
    await expectImported(db, expected);
  });

  it('updates a stored document by id, and refuses to give it another file', async () => {
    const { db, dir } = await withPeople();
    const { bytes: letter } = await fixturePdf([['Aanmaning']]);
    const { bytes: other } = await fixturePdf([['Dagvaarding']]);
    writeDocumentFolder(dir, 'files', { 'a.pdf': letter, 'b.pdf': other });
    await importJsonl(db, writeImportFile(join(dir, 'one.jsonl'), [documentRecord({ file: 'a.pdf', media_type: 'application/pdf' })]));
    await importJsonl(
      db,
      writeImportFile(join(dir, 'two.jsonl'), [
        documentRecord({ file: 'a.pdf', media_type: 'application/pdf', title: 'Tweede aanmaning' }),
      ]),
    );
    expect(await sqliteDocumentRepository(db).document('D-1')).toMatchObject({ title: 'Tweede aanmaning', sha256: sha(letter) });
    const before = fingerprint(db);
    expect(
      await refusal(
        importJsonl(db, writeImportFile(join(dir, 'three.jsonl'), [documentRecord({ file: 'b.pdf', media_type: 'application/pdf' })])),
      ),
    ).toMatchObject({
      file: 'three.jsonl',
      line: 2,
      field: 'documents.file',
      reason: expect.stringMatching(/already stored with another file/),
    });
    expect(fingerprint(db)).toBe(before);
  });

  it('accepts a damaged and an encrypted PDF: reading them is later, where they are listed as unreadable', async () => {
    const { db, dir } = await withPeople();
    const { bytes: letter } = await fixturePdf([['Aanmaning', 'U bent 120 euro verschuldigd.']]);
    writeFileSync(join(dir, 'plain.pdf'), letter);
    mkdirSync(join(dir, 'files'));
    execFileSync('qpdf', ['--encrypt', 'user', 'owner', '256', '--', join(dir, 'plain.pdf'), join(dir, 'files', 'encrypted.pdf')]);
    // Cut off halfway: starts as a PDF, has no cross-reference table or end.
    writeFileSync(join(dir, 'files', 'damaged.pdf'), letter.subarray(0, Math.floor(letter.length / 2)));
    const result = await importJsonl(
      db,
      writeImportFile(join(dir, 'export.jsonl'), [
        documentRecord({ id: 'D-ENC', file: 'encrypted.pdf', media_type: 'application/pdf' }),
        documentRecord({ id: 'D-DAMAGED', file: 'damaged.pdf', media_type: 'application/pdf' }),
      ]),
    );
    expect(result.byTable.documents).toBe(2);
    expect(await sqliteDocumentRepository(db).unreadDocumentIds()).toEqual(['D-DAMAGED', 'D-ENC']);
  });

  describe('refuses a bad document with its file, line and field, and imports nothing of the file', () => {
    const cases: {
      name: string;
      line?: Record<string, unknown>;
      header?: Record<string, unknown>;
      options?: ImportOptions;
      at: { line: number | null; field: string | null; reason: RegExp };
    }[] = [
      {
        name: 'a file that is not there',
        line: { file: 'ontbreekt.txt' },
        at: { line: 4, field: 'documents.file', reason: /no such file in files/ },
      },
      {
        name: 'a path with ..',
        line: { file: '../people.jsonl' },
        at: { line: 4, field: 'documents.file', reason: /must not contain '\.\.'/ },
      },
      { name: 'an absolute path', line: { file: '/etc/passwd' }, at: { line: 4, field: 'documents.file', reason: /not an absolute path/ } },
      { name: 'a drive letter', line: { file: 'C:/brief.txt' }, at: { line: 4, field: 'documents.file', reason: /not an absolute path/ } },
      {
        name: 'a symbolic link out of the folder',
        line: { file: 'link.txt' },
        at: { line: 4, field: 'documents.file', reason: /leads outside/ },
      },
      {
        name: 'a declared SHA-256 that does not match',
        line: { sha256: sha('iets anders') },
        at: { line: 4, field: 'documents.sha256', reason: /does not match the file's content/ },
      },
      {
        name: 'a SHA-256 that is no SHA-256',
        line: { sha256: 'abc' },
        at: { line: 4, field: 'documents.sha256', reason: /64 hexadecimal digits/ },
      },
      {
        name: 'a media type that is not allowed',
        line: { media_type: 'application/msword' },
        at: { line: 4, field: 'documents.media_type', reason: /must be one of application\/pdf, image\/jpeg/ },
      },
      {
        name: 'a media type the bytes contradict (a PNG declared as PDF)',
        line: { file: 'scan.png', media_type: 'application/pdf' },
        at: { line: 4, field: 'documents.media_type', reason: /not application\/pdf \(it looks like image\/png\)/ },
      },
      {
        name: 'text declared as an e-mail',
        line: { media_type: 'message/rfc822' },
        at: { line: 4, field: 'documents.media_type', reason: /not message\/rfc822 \(it looks like text\/plain\)/ },
      },
      {
        name: 'a PDF declared as text',
        line: { file: 'brief.pdf', media_type: 'text/plain' },
        at: { line: 4, field: 'documents.media_type', reason: /it looks like application\/pdf/ },
      },
      { name: 'an empty file', line: { file: 'leeg.txt' }, at: { line: 4, field: 'documents.file', reason: /empty/ } },
      {
        name: 'an unknown case',
        line: { case_id: 'C-404' },
        at: { line: 4, field: 'documents.case_id', reason: /unknown reference: no cases record with id "C-404"/ },
      },
      {
        name: 'an unknown person',
        line: { subject_id: 'S-404' },
        at: { line: 4, field: 'documents.subject_id', reason: /unknown reference: no subjects record with id "S-404"/ },
      },
      {
        name: 'neither a case nor a person',
        line: { case_id: null, subject_id: undefined },
        at: { line: 4, field: 'documents.case_id', reason: /belongs to a case or a person/ },
      },
      {
        name: 'a parent that is not an e-mail',
        line: { parent_id: 'D-0' },
        at: { line: 4, field: 'documents.parent_id', reason: /"D-0" is not an e-mail/ },
      },
      {
        name: 'a parent that is nowhere',
        line: { parent_id: 'D-404' },
        at: { line: 4, field: 'documents.parent_id', reason: /no documents record with id "D-404"/ },
      },
      { name: 'an unknown kind', line: { kind: 'fax' }, at: { line: 4, field: 'documents.kind', reason: /must be one of letter-sent/ } },
      { name: 'a bad date', line: { date: '2026-02-30' }, at: { line: 4, field: 'documents.date', reason: /calendar date/ } },
      { name: 'an unknown field', line: { pages: 3 }, at: { line: 4, field: 'documents.pages', reason: /unknown field/ } },
      { name: 'a missing file field', line: { file: undefined }, at: { line: 4, field: 'documents.file', reason: /required but missing/ } },
      { name: 'a duplicate id', line: { id: 'D-0' }, at: { line: 4, field: 'documents.id', reason: /appears twice in the file/ } },
      {
        name: 'a file over the size limit',
        line: {},
        options: { maxDocumentBytes: 4 },
        at: { line: 3, field: 'documents.file', reason: /the file is 10 bytes; a document may be at most 4 bytes/ },
      },
      {
        name: 'no documentFiles in the header',
        header: {},
        at: { line: 3, field: 'documents.file', reason: /the header names no documentFiles/ },
      },
      {
        name: 'a documentFiles that is not there',
        header: { documentFiles: 'elders' },
        at: { line: 1, field: 'documentFiles', reason: /not there beside the import file/ },
      },
      {
        name: 'a documentFiles outside the folder',
        header: { documentFiles: '../files' },
        at: { line: 1, field: 'documentFiles', reason: /beside the import file/ },
      },
      {
        name: 'a documentFiles that is not a zip',
        header: { documentFiles: 'people.jsonl' },
        at: { line: 1, field: 'documentFiles', reason: /a folder or a \.zip/ },
      },
    ];
    for (const { name, line, header, options, at } of cases) {
      it(name, async () => {
        const { db, dir } = await withPeople();
        const { bytes: letter } = await fixturePdf([['Brief']]);
        const { png } = await sampleScans();
        writeDocumentFolder(dir, 'files', { 'bel.txt': 'Belnotitie', 'scan.png': png, 'brief.pdf': letter, 'leeg.txt': '' });
        writeFileSync(join(dir, 'geheim.txt'), 'buiten de map');
        symlinkSync(join(dir, 'geheim.txt'), join(dir, 'files', 'link.txt'));
        const before = fingerprint(db);
        const source = baseRecords()[0]!.record.source;
        // A new person first: a refused document must leave the records of the file out too.
        const lines = [
          { table: 'subjects', record: { id: 'S-NEW', created_on: '2026-01-01', source } },
          documentRecord({ id: 'D-0', file: 'bel.txt' }),
          ...(line ? [documentRecord({ file: 'bel.txt', ...line })] : []),
        ];
        const file = writeImportFile(join(dir, 'bad.jsonl'), lines, header ?? { documentFiles: 'files' });
        expect(await refusal(importJsonl(db, file, options))).toMatchObject({
          file: 'bad.jsonl',
          line: at.line,
          field: at.field,
          reason: expect.stringMatching(at.reason),
        });
        expect(fingerprint(db)).toBe(before);
        expect(db.prepare("SELECT count(*) FROM subjects WHERE id = 'S-NEW'").pluck().get()).toBe(0);
      });
    }
  });

  it('refuses a damaged zip and an entry that is not in it, with the line', async () => {
    const { db, dir } = await withPeople();
    await writeDocumentZip(dir, 'docs.zip', { 'bel.txt': 'Belnotitie' });
    const missing = writeImportFile(join(dir, 'a.jsonl'), [documentRecord({ file: 'anders.txt' })], { documentFiles: 'docs.zip' });
    expect(await refusal(importJsonl(db, missing))).toMatchObject({
      line: 2,
      field: 'documents.file',
      reason: expect.stringMatching(/no such file in docs\.zip/),
    });
    writeFileSync(join(dir, 'kapot.zip'), 'PK\u0003\u0004 dit is geen zip');
    const damaged = writeImportFile(join(dir, 'b.jsonl'), [documentRecord({ file: 'bel.txt' })], { documentFiles: 'kapot.zip' });
    expect(await refusal(importJsonl(db, damaged))).toMatchObject({
      line: 1,
      field: 'documentFiles',
      reason: expect.stringMatching(/not a readable zip file/),
    });
    expect(await sqliteDocumentRepository(db).countDocuments()).toBe(0);
  });

  it('refuses a zip entry over the size limit, and one that inflates beyond what its directory says', async () => {
    const { db, dir } = await withPeople();
    const zip = await writeDocumentZip(dir, 'docs.zip', { 'bel.txt': 'Belnotitie '.repeat(100) });
    const file = writeImportFile(join(dir, 'a.jsonl'), [documentRecord({ file: 'bel.txt' })], { documentFiles: 'docs.zip' });
    expect(await refusal(importJsonl(db, file, { maxDocumentBytes: 1000 }))).toMatchObject({
      line: 2,
      field: 'documents.file',
      reason: expect.stringMatching(/the file is 1100 bytes; a document may be at most 1000 bytes/),
    });
    // A zip bomb's trick: the directory claims 100 bytes (under the limit), the data inflate to 1100.
    const bytes = readFileSync(zip);
    const directory = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(100, directory + 24);
    writeFileSync(zip, bytes);
    expect(await refusal(importJsonl(db, file, { maxDocumentBytes: 1000 }))).toMatchObject({
      line: 2,
      field: 'documents.file',
      reason: expect.stringMatching(/cannot be read from the zip: an entry of the zip inflates beyond its size/),
    });
    expect(await sqliteDocumentRepository(db).countDocuments()).toBe(0);
  });
});
