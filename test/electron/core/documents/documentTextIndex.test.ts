import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/core/db/migrate.ts';
import { readLandmarks } from '../../../../electron/core/demo/seedDatabase.ts';
import {
  anyPhrase,
  identifyingRecords,
  pagesMentioning,
  phraseExpression,
  rebuildDocumentTextIndex,
} from '../../../../electron/core/documents/documentTextIndex.ts';
import type { MentionQuery } from '../../../../electron/core/documents/mentionQuery.ts';
import { ibanFromBban } from '../../../../shared/identifiers/iban.ts';
import { addFixtureDocument } from '../../../helpers/documentFixtures.ts';
import { seedTestDatabase } from '../../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import { testUseCaseDeps } from '../../../helpers/useCaseDeps.ts';

const iban = ibanFromBban('NL', 'ABNA0417164300');
const none: MentionQuery = { phrases: [], ibans: [], postcodes: [], excludeDocumentIds: [] };

describe('the document text index (SQLite migration 012, issue 16.3)', () => {
  const dir = useTempDirs();

  it('finds pages by folded phrase, by IBAN in any grouping and by postcode, and follows a new reading', async () => {
    const { db } = seedTestDatabase(dir(), 40);
    const { store } = testUseCaseDeps(db);
    const subjectId = db.prepare('SELECT id FROM subjects ORDER BY id LIMIT 1').pluck().get() as string;
    await addFixtureDocument(store, {
      id: 'T-1',
      subjectId,
      pages: [
        ['Geachte heer Müller-', 'Öztürk,'],
        [`Rekening ${iban.replace(/(.{4})/g, '$1 ')}`, 'Kinkerstraat 112', '1053 ED Amsterdam'],
      ],
    });
    const ask = (query: Partial<MentionQuery>) => pagesMentioning(db, { ...none, ...query }).map((p) => `${p.documentId}:${p.page}`);
    expect(ask({ phrases: [['muller', 'ozturk']] })).toEqual(['T-1:1']);
    expect(ask({ ibans: [iban] })).toEqual(['T-1:2']);
    expect(ask({ postcodes: ['1053ED'] })).toEqual(['T-1:2']);
    expect(ask({ phrases: [['muller', 'ozturk']], ibans: [iban] })).toEqual(['T-1:1', 'T-1:2']);
    expect(ask({ phrases: [['muller', 'ozturk']], excludeDocumentIds: ['T-1'] })).toEqual([]);
    expect(ask({ phrases: [['ozturk', 'muller']] })).toEqual([]);

    // A new reading replaces the old words in the index: nothing of the first text is found any more.
    const reading = await store.documents.reading('T-1');
    await store.documents.saveReading(reading, [{ documentId: 'T-1', page: 1, text: 'Nu iets anders', width: 0, height: 0, words: [] }]);
    expect(ask({ phrases: [['muller', 'ozturk']], ibans: [iban], postcodes: ['1053ED'] })).toEqual([]);
    expect(ask({ phrases: [['iets', 'anders']] })).toEqual(['T-1:1']);
  });

  it("reads what identifies the documents' own persons, all at once, and nothing for an entry that is gone", async () => {
    const { db } = seedTestDatabase(dir(), 40);
    const { debtor, coDebtor, caseId } = readLandmarks(db)!.sharedCase;
    const found = identifyingRecords(db, [debtor, coDebtor, 'S-GONE']);
    expect([...found.keys()].sort()).toEqual([debtor, coDebtor].sort());
    const own = found.get(debtor)!;
    expect(own.subject_names!.map((n) => n.subject_id)).toEqual(own.subject_names!.map(() => debtor));
    expect(own.addresses!.length).toBe(db.prepare('SELECT count(*) FROM addresses WHERE subject_id = ?').pluck().get(debtor));
    expect(found.get(coDebtor)!.cases!.map((c) => c.id)).toContain(caseId);
  });

  it('indexes the pages a database already holds when it migrates, and can be rebuilt', () => {
    const db = new Database(':memory:');
    migrate(db, { target: 11 });
    db.exec(`
      INSERT INTO subjects (id, created_on, source) VALUES ('S1', '2020-01-01', 'client');
      INSERT INTO document_files (sha256, bytes, content) VALUES ('${'a'.repeat(64)}', 1, x'00');
      INSERT INTO documents (id, subject_id, kind, date, direction, file_name, media_type, sha256)
        VALUES ('D1', 'S1', 'other', '2020-01-01', 'incoming', 'd.txt', 'text/plain', '${'a'.repeat(64)}');
      INSERT INTO document_pages (document_id, page, text) VALUES ('D1', 1, 'Brief van Łukasz Jansen, 3511 AB');`);
    migrate(db);
    const query = { ...none, phrases: [['lukasz', 'jansen']] };
    expect(pagesMentioning(db, query).map((p) => p.documentId)).toEqual(['D1']);
    expect(pagesMentioning(db, { ...none, postcodes: ['3511AB'] }).map((p) => p.documentId)).toEqual(['D1']);
    db.exec("INSERT INTO document_text (document_text) VALUES ('delete-all'); DELETE FROM document_keys;");
    expect(pagesMentioning(db, query)).toEqual([]);
    rebuildDocumentTextIndex(db);
    expect(pagesMentioning(db, query).map((p) => p.documentId)).toEqual(['D1']);
  });

  it('asks the index for the distinctive words of each phrase: long digit runs, else the words that are no particle', () => {
    expect(anyPhrase([['jan', 'van', 'den', 'berg'], [], ['inc', '2019', '0000095'], ['kinkerstraat', '112']])).toBe(
      'NEAR("jan" "berg", 2) OR "0000095" OR "kinkerstraat 112"',
    );
    expect(phraseExpression(['anna', 'maria', 'de', 'jong'])).toBe('NEAR("anna" "maria" "jong", 2)');
    expect(phraseExpression(['van', 'der'])).toBe('"van der"');
  });
});
