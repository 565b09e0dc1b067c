import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openPostgresPool } from '../../../../electron/core/db/postgres/postgresPool.ts';
import { ImportError } from '../../../../electron/core/importer/importFormat.ts';
import { importJsonlPostgres } from '../../../../electron/core/importer/postgresCaseImport.ts';
import { postgresSubjectDocuments } from '../../../../electron/core/records/postgresSubjectDocuments.ts';
import type { SubjectDocument } from '../../../../electron/core/search/subjectDocument.ts';
import { usePostgresDemo } from '../../../helpers/postgresDemo.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import { usePostgresStores } from '../../../helpers/testPostgres.ts';

// The seam to the PostgreSQL search index (pg-search's postgresSearchIndex.ts): what the import hands it
// is recorded here, so this test checks which subjects' documents the import rebuilds and what they hold.
const handed = vi.hoisted(() => [] as SubjectDocument[]);
vi.mock('../../../../electron/core/search/postgresSearchIndex.ts', () => ({
  replaceSearchDocuments: async (_sql: unknown, documents: readonly SubjectDocument[]) => {
    handed.push(...documents);
  },
}));

/**
 * The PostgreSQL import rebuilds the search documents of what it touched, in its transaction
 * (issue 15.2): every subject on a first import, built from the file by the parser; on a later
 * import the subjects it wrote, the earlier owner of a record it moved and the parties of a case it
 * changed, read back from the server. Both built by the same subjectDocument() as SQLite's index.
 */
describe('importJsonlPostgres hands the search index the documents of the subjects it touched', () => {
  const demo = usePostgresDemo();
  const tempDir = useTempDirs();

  it('on a first import, one document per subject, the same as read back from the records', async () => {
    handed.length = 0;
    const { store, imported } = await demo({ subjects: 120, seed: 'import-documents' });
    const ids = await store.records.subjectIds();
    expect(imported.subjectsReindexed).toBe(120);
    expect(handed.map((d) => d.id).sort()).toEqual(ids);
    // Built by the parser from the file; the same documents as built from the stored records.
    const readBack = await postgresSubjectDocuments(store.pool, ids);
    const byId = new Map(handed.map((d) => [d.id, d]));
    for (const document of readBack) expect(byId.get(document.id), document.id).toEqual(document);
  });

  it('on a re-import, the documents of the subjects it wrote, of an earlier owner and of the parties of a changed case', async () => {
    const { store, sqlite } = await demo({ subjects: 120, seed: 'import-documents' });
    const db = sqlite.db;
    const email = db.prepare('SELECT * FROM email_addresses ORDER BY id LIMIT 1').get() as Record<string, string>;
    const newOwner = db.prepare('SELECT id FROM subjects WHERE id <> ? ORDER BY id DESC LIMIT 1').pluck().get(email.subject_id) as string;
    const sharedCase = sqlite.result.landmarks.sharedCase;
    const caseRow = db.prepare('SELECT * FROM cases WHERE id = ?').get(sharedCase.caseId) as Record<string, string | null>;
    const parties = db.prepare('SELECT DISTINCT subject_id FROM case_parties WHERE case_id = ?').pluck().all(sharedCase.caseId) as string[];
    const file = join(tempDir(), 'corrections.jsonl');
    const header = readFileSync(join(sqlite.file, '..', 'demo-export.jsonl'), 'utf8').split('\n')[0]!;
    const lines = [
      { table: 'email_addresses', record: { ...email, subject_id: newOwner, email: 'moved@example.org' } },
      { table: 'cases', record: { ...caseRow, client_reference: 'REF-CORRECTED' } },
    ];
    writeFileSync(file, [header, ...lines.map((l) => JSON.stringify(l)), JSON.stringify({ end: { records: 2 } }), ''].join('\n'));
    handed.length = 0;
    const result = await store.records.importFile(file);
    const expected = [...new Set([email.subject_id!, newOwner, ...parties])].sort();
    expect(handed.map((d) => d.id).sort()).toEqual(expected);
    expect(result.subjectsReindexed).toBe(expected.length);
    const byId = new Map(handed.map((d) => [d.id, d]));
    expect(byId.get(newOwner)!.keys.some(([kind, value]) => kind === 'email' && value === 'moved@example.org')).toBe(true);
    expect(byId.get(email.subject_id!)!.keys.some(([kind, value]) => kind === 'email' && value === email.email!.toLowerCase())).toBe(false);
    for (const party of parties) expect(JSON.stringify(byId.get(party)), party).toContain('REF-CORRECTED');
  });
});

describe('importJsonlPostgres on a server several laptops share', () => {
  const demo = usePostgresDemo();
  const stores = usePostgresStores();

  it('a stopped import imports nothing', async () => {
    const { sqlite } = await demo({ subjects: 120, seed: 'import-stop' });
    const file = join(sqlite.file, '..', 'demo-export.jsonl');
    const store = await stores();
    const stop = new AbortController();
    const refused = await store.records
      .importFile(file, { onProgress: () => stop.abort(), signal: stop.signal })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ImportError);
    expect((refused as ImportError).reason).toMatch(/stopped/);
    expect(Object.values(await store.records.countPerTable()).every((n) => n === 0)).toBe(true);
  });

  it('two imports started at once from two laptops run one after the other: both complete, nothing twice', async () => {
    const { store: filled, sqlite } = await demo({ subjects: 120, seed: 'import-together' });
    const file = join(sqlite.file, '..', 'demo-export.jsonl');
    const expected = await filled.records.countPerTable();
    const store = await stores();
    const url = (store.pool.options as { connectionString: string }).connectionString;
    const otherLaptop = openPostgresPool(url);
    try {
      // Without the import's table lock both would find the tables empty and COPY the same ids into them.
      const [first, second] = await Promise.all([importJsonlPostgres(store.pool, file), importJsonlPostgres(otherLaptop, file)]);
      expect(first.records).toBe(second.records);
      expect(await store.records.countPerTable()).toEqual(expected);
    } finally {
      await otherLaptop.end();
    }
  });
});
