import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../electron/core/db/openDatabase.ts';
import type { DemoLandmarks } from '../../../../electron/core/demo/landmarks.ts';
import type { SubjectSearchResult } from '../../../../electron/core/search/searchSubjects.ts';
import { searchSubjects } from '../../../../electron/core/search/searchSubjects.ts';
import { formatIban } from '../../../../shared/identifiers/iban.ts';
import { seedTestDatabase } from '../../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

describe('searchSubjects on the demo database', () => {
  const tempDir = useTempDirs('suite');
  let db: Db;
  let l: DemoLandmarks;
  beforeAll(() => {
    const seeded = seedTestDatabase(tempDir(), 400, 'search-test');
    db = seeded.db;
    l = seeded.result.landmarks;
  });

  const ids = (results: SubjectSearchResult[]) => results.map((r) => r.subjectId);
  const find = (query: string, id: string) => {
    const results = searchSubjects(db, query, { limit: 20 });
    const hit = results.find((r) => r.subjectId === id);
    expect(hit, `"${query}" should find ${id}; got ${JSON.stringify(results.slice(0, 3).map((r) => r.displayName))}`).toBeDefined();
    return { hit: hit!, results };
  };
  const row = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) as T;

  it('finds a name written in any order, with particles abbreviated or after a comma, and returns both namesakes', () => {
    const [janA, janB] = l.namesakes;
    for (const query of ['Jan van den Berg', 'Berg, Jan van den', 'Berg, J. van den', 'jan vd berg', 'J. v.d. Berg', 'vandenberg jan']) {
      const results = searchSubjects(db, query, { limit: 20 });
      expect(ids(results), query).toEqual(expect.arrayContaining([janA, janB]));
      const a = results.find((r) => r.subjectId === janA)!;
      expect(
        a.evidence.some((e) => e.field === 'surname'),
        query,
      ).toBe(true);
    }
  });

  it('tells namesakes apart by birth date, current address, roles and number of cases', () => {
    const results = searchSubjects(db, 'Jan van den Berg', { limit: 20 });
    const a = results.find((r) => r.subjectId === l.namesakes[0])!;
    const b = results.find((r) => r.subjectId === l.namesakes[1])!;
    expect(a.displayName).toBe(b.displayName);
    expect(a.birthDate).toBe('1984-03-12');
    expect(b.birthDate).toBe('1961-07-30');
    expect(a.currentAddress).toBe('Kinkerstraat 112, 1053 ED Amsterdam');
    expect(b.currentAddress).toBe('Herestraat 7, 9711 LC Groningen');
    expect([a.caseCount, b.caseCount]).toEqual([1, 2]);
    expect(a.roles).toContain('debtor');
    expect(a.possibleDuplicates).toEqual([]);
  });

  it('matches without diacritics, including letters NFD does not decompose (Ł, ı)', () => {
    const { hit } = find('Lukasz Muller-Ozturk', l.heavyDebtor);
    expect(hit.evidence).toContainEqual({ field: 'givenNames', how: 'normalised', matched: 'Łukasz', query: 'lukasz' });
    find('Emre Yilmaz', l.automatedDecisions);
    find('Zoe Celik', l.debtorAndGuarantor);
    find('Omer Kaya', l.foreignTransfer);
    const exact = find('Łukasz Müller-Öztürk', l.heavyDebtor).hit;
    expect(exact.evidence.find((e) => e.field === 'givenNames')?.how).toBe('exact');
  });

  it('tolerates small typos and says the match is fuzzy', () => {
    const { hit } = find('Lukasz Mulller', l.heavyDebtor);
    expect(hit.evidence).toContainEqual(expect.objectContaining({ field: 'surname', how: 'fuzzy', query: 'mulller' }));
    find('Ingrid Hoekstar', l.authorityContact);
    find('Marloes Vermuelen', l.specialCategory);
  });

  it('matches initials', () => {
    const { hit } = find('I. Hoekstra', l.authorityContact);
    expect(hit.evidence).toContainEqual(expect.objectContaining({ field: 'initials', query: 'i' }));
    const other = searchSubjects(db, 'X. Hoekstra', { limit: 20 }).find((r) => r.subjectId === l.authorityContact);
    expect(other === undefined || other.score < hit.score).toBe(true);
  });

  it('finds a birth date in Dutch and ISO notations', () => {
    for (const query of ['12-03-1984', '12.3.1984', '1984-03-12', '12 maart 1984', '12/03/84']) {
      const { hit } = find(query, l.namesakes[0]);
      expect(hit.evidence).toContainEqual({
        field: 'birthDate',
        how: query === '1984-03-12' ? 'exact' : 'normalised',
        matched: '1984-03-12',
        query,
      });
    }
  });

  it('finds a postcode with or without space, with house number, and a street with city', () => {
    for (const query of ['1053ED 112', '1053 ED 112', '1053 ed 112']) {
      const { hit, results } = find(query, l.namesakes[0]);
      expect(results[0]!.subjectId).toBe(l.namesakes[0]);
      expect(hit.evidence[0]).toMatchObject({ field: 'address', matched: '1053 ED 112' });
    }
    expect(find('1053 ED', l.namesakes[0]).hit.evidence[0]).toMatchObject({ field: 'postcode', how: 'exact', matched: '1053 ED' });
    const street = find('Herestraat 7 Groningen', l.namesakes[1]);
    expect(street.results[0]!.subjectId).toBe(l.namesakes[1]);
    expect(street.hit.evidence.map((e) => e.field)).toEqual(expect.arrayContaining(['street', 'city', 'houseNumber']));
  });

  it('finds e-mail case-insensitively and phone numbers in any notation', () => {
    expect(find('JAN.VandenBerg84@Example.NL', l.namesakes[0]).hit.evidence[0]).toMatchObject({ field: 'email', how: 'normalised' });
    for (const query of ['06-87654321', '+31 6 8765 4321', '0031687654321', '06 87 65 43 21']) {
      const { hit, results } = find(query, l.namesakes[0]);
      expect(results).toHaveLength(1);
      expect(hit.evidence[0]).toMatchObject({ field: 'phone', matched: '+31687654321', query });
    }
  });

  it('finds an IBAN with or without spaces, in any case', () => {
    const account = row<{ subject_id: string; iban: string }>('SELECT subject_id, iban FROM bank_accounts ORDER BY id LIMIT 1 OFFSET 7');
    for (const query of [account.iban, account.iban.toLowerCase(), formatIban(account.iban).toLowerCase()]) {
      const { hit } = find(query, account.subject_id);
      expect(hit.evidence[0]).toMatchObject({ field: 'iban', matched: formatIban(account.iban) });
    }
  });

  it('finds every party of a case by case number or client reference', () => {
    const { caseId, debtor, coDebtor } = l.sharedCase;
    const reference = row<{ client_reference: string }>('SELECT client_reference FROM cases WHERE id = ?', caseId).client_reference;
    for (const query of [caseId, caseId.toLowerCase(), reference]) {
      const results = searchSubjects(db, query);
      expect(ids(results).sort()).toEqual([debtor, coDebtor].sort());
      expect(results[0]!.evidence[0]!.field).toMatch(/caseNumber|clientReference/);
    }
  });

  it('combines terms: a birth year ranks the right namesake first; a name with a postcode finds the person there', () => {
    const results = searchSubjects(db, 'van den Berg 1984', { limit: 20 });
    expect(results[0]!.subjectId).toBe(l.namesakes[0]);
    const b = results.find((r) => r.subjectId === l.namesakes[1]);
    expect(b === undefined || b.score < results[0]!.score).toBe(true);

    const muller = row<{ subject_id: string; postcode: string }>(
      'SELECT n.subject_id, a.postcode FROM subject_names n JOIN addresses a ON ' +
        "a.subject_id = n.subject_id AND a.valid_to IS NULL WHERE n.surname = 'Müller' " +
        'ORDER BY n.subject_id LIMIT 1',
    );
    const combined = searchSubjects(db, `Müller ${muller.postcode.replace(' ', '')}`);
    expect(combined[0]!.subjectId).toBe(muller.subject_id);
    expect(combined[0]!.evidence.map((e) => e.field)).toEqual(expect.arrayContaining(['postcode', 'surname']));
  });

  it('flags the duplicate pair on both results, and lists the other even when only one was asked for', () => {
    const [sophie, sofie] = l.duplicatePair;
    const results = searchSubjects(db, 'Sophie ter Horst');
    const a = results.find((r) => r.subjectId === sophie)!;
    const b = results.find((r) => r.subjectId === sofie)!;
    expect(a.possibleDuplicates).toEqual([sofie]);
    expect(b.possibleDuplicates).toEqual([sophie]);
    // The partners at one address (other birth dates) are not flagged.
    const jong = searchSubjects(db, 'de Jong Javastraat 41');
    expect(jong.find((r) => r.subjectId === l.sharedCase.debtor)?.possibleDuplicates).toEqual([]);
  });

  it('treats query text as data: quotes and FTS syntax neither fail nor widen the search', () => {
    for (const query of ['"Berg', 'Berg OR *', 'NEAR(jan berg)', "'; DROP TABLE subjects; --", '']) {
      expect(() => searchSubjects(db, query)).not.toThrow();
    }
    // "OR" is a word typed, not an operator: the results are people matching the words, none matched on nothing.
    const results = searchSubjects(db, 'Berg OR Jansen');
    expect(results.length).toBeGreaterThan(0);
    for (const r of results)
      expect(
        r.evidence.some((e) => e.query === 'berg' || e.query === 'jansen'),
        r.subjectId,
      ).toBe(true);
  });
});
