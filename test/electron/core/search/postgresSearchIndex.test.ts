import type pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { migratePostgres } from '../../../../electron/core/db/postgres/postgresMigrate.ts';
import { openPostgresPool } from '../../../../electron/core/db/postgres/postgresPool.ts';
import { postgresSearch } from '../../../../electron/core/search/postgresSearch.ts';
import { replaceSearchDocuments } from '../../../../electron/core/search/postgresSearchIndex.ts';
import type { SubjectSources } from '../../../../electron/core/search/subjectDocument.ts';
import { subjectDocument } from '../../../../electron/core/search/subjectDocument.ts';
import { usePostgresDatabases } from '../../../helpers/testPostgres.ts';

// Synthetic people (all data in the repository is made up).
function person(id: string, surname: string, email: string, birthDate = '1984-03-12'): SubjectSources {
  return {
    id,
    birthDate,
    names: [{ kind: 'legal', given_names: 'Anna Maria', particle: 'van der', surname }],
    addresses: [
      {
        street: 'Kinkerstraat',
        house_number: 112,
        house_number_suffix: null,
        postcode: '1053 ED',
        city: 'Amsterdam',
        country: 'NL',
        valid_from: '2020-01-01',
        valid_to: null,
      },
    ],
    emails: [{ email }],
    phones: [],
    ibans: [],
    cases: [{ role: 'debtor', id: `C-${id}`, client_reference: `REF-${id}` }],
    orgRoles: [],
    invoiceRecipient: false,
  };
}

describe('replaceSearchDocuments on PostgreSQL', () => {
  const database = usePostgresDatabases();
  const pools: pg.Pool[] = [];
  afterEach(async () => {
    for (const pool of pools.splice(0)) await pool.end();
  });
  async function migrated(): Promise<pg.Pool> {
    const url = await database();
    const pool = openPostgresPool(url);
    pools.push(pool);
    await migratePostgres(pool, url);
    return pool;
  }
  const ordOf = async (pool: pg.Pool, id: string) =>
    (await pool.query('SELECT ord FROM search_documents WHERE subject_id = $1', [id])).rows.map((row) => Number(row.ord));

  it('writes documents that search finds by name and by key, with the field that matched as evidence', async () => {
    const pool = await migrated();
    await replaceSearchDocuments(pool, [subjectDocument(person('S1', 'Zevenbergen', 'anna@example.nl'))]);
    const search = postgresSearch(pool);
    const byName = await search.search('Anna van der Zevenbergen');
    expect(byName.results.map((r) => r.subjectId)).toEqual(['S1']);
    expect(byName.total).toBe(1);
    const byEmail = await search.search('ANNA@example.nl');
    expect(byEmail.results[0]?.evidence).toContainEqual(expect.objectContaining({ field: 'email', matched: 'anna@example.nl' }));
    const byTypo = await search.search('Anna Zevenbregen');
    expect(byTypo.results.map((r) => r.subjectId)).toEqual(['S1']);
  });

  it('replaces a subject in place: the old keys are gone, its order kept, the vocabulary only grows', async () => {
    const pool = await migrated();
    await replaceSearchDocuments(pool, [
      subjectDocument(person('S1', 'Zevenbergen', 'old@example.nl')),
      // Another birth date: not a possible duplicate of S1 at the same address.
      subjectDocument(person('S2', 'Achterberg', 's2@example.nl', '1970-05-05')),
    ]);
    const before = await ordOf(pool, 'S1');
    await replaceSearchDocuments(pool, [subjectDocument(person('S1', 'Oosterhout', 'new@example.nl'))]);
    expect(await ordOf(pool, 'S1')).toEqual(before);
    const search = postgresSearch(pool);
    expect((await search.search('old@example.nl')).results).toEqual([]);
    expect((await search.search('new@example.nl')).results.map((r) => r.subjectId)).toEqual(['S1']);
    expect((await search.search('Anna Oosterhout')).results.map((r) => r.subjectId)).toEqual(['S1']);
    // The old name is gone from the word index: nobody bears it any more.
    expect((await search.namesakes(['Anna Maria van der Zevenbergen'])).get('anna maria van der zevenbergen')?.total).toBe(0);
    const terms = (await pool.query('SELECT term FROM search_terms')).rows.map((row) => row.term);
    expect(terms).toEqual(expect.arrayContaining(['zevenbergen', 'oosterhout', 'achterberg', 'kinkerstraat']));
  });

  it('keeps the last document when a subject comes twice in one call', async () => {
    const pool = await migrated();
    await replaceSearchDocuments(pool, [
      subjectDocument(person('S1', 'Zevenbergen', 'first@example.nl')),
      subjectDocument(person('S1', 'Zevenbergen', 'second@example.nl')),
    ]);
    const keys = await pool.query("SELECT value FROM search_keys WHERE kind = 'email'");
    expect(keys.rows.map((row) => row.value)).toEqual(['second@example.nl']);
  });

  it('leaves one document with one version of its keys when two imports replace the same subject at once', async () => {
    const pool = await migrated();
    const write = async (email: string) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await replaceSearchDocuments(client, [subjectDocument(person('S1', 'Zevenbergen', email))]);
        await client.query('COMMIT');
      } finally {
        client.release();
      }
    };
    await Promise.all([write('a@example.nl'), write('b@example.nl'), write('c@example.nl')]);
    expect((await pool.query('SELECT count(*) AS n FROM search_documents')).rows[0].n).toBe(1);
    const emails = (await pool.query("SELECT value FROM search_keys WHERE kind = 'email'")).rows.map((row) => row.value);
    expect(emails).toHaveLength(1);
    // The surviving document and its keys belong to the same write.
    const keysTotal = Number((await pool.query('SELECT count(*) AS n FROM search_keys')).rows[0].n);
    expect(keysTotal).toBe(subjectDocument(person('S1', 'Zevenbergen', emails[0])).keys.length);
  });

  it('shows two entries of one person at one address as possible duplicates, and namesakes by their legal name', async () => {
    const pool = await migrated();
    await replaceSearchDocuments(pool, [
      subjectDocument(person('S1', 'Zevenbergen', 'a@example.nl')),
      subjectDocument(person('S2', 'Zevenberge', 'b@example.nl')),
      subjectDocument(person('S3', 'Zevenbergen', 'c@example.nl', '1990-01-01')),
    ]);
    const search = postgresSearch(pool);
    const page = await search.search('a@example.nl');
    expect(page.results.map((r) => [r.subjectId, r.possibleDuplicates])).toEqual([
      ['S1', ['S2']],
      ['S2', ['S1']],
    ]);
    const namesakes = await search.namesakes(['Anna Maria van der Zevenbergen']);
    expect(namesakes.get('anna maria van der zevenbergen')?.entries.map((e) => e.subjectId)).toEqual(['S1', 'S3']);
  });
});
