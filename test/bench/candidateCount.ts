import type { Db } from '../../electron/core/db/openDatabase.ts';

/**
 * What a bench query means, in the case records' own terms: the person's given name (one word of
 * it, or its first letters), particle, surname, birth year or date, postcode and house number, or an
 * identifier. The bench counts the subjects these terms leave in the database without the search
 * code, so "the asked-for person should be among the results" is judged against an independent count.
 */
export interface QueryTerms {
  given?: string;
  givenPrefix?: string;
  initial?: string;
  particle?: string;
  surname?: string;
  year?: number;
  birthDate?: string;
  postcode?: string;
  houseNumber?: number;
  phone?: string;
  iban?: string;
  email?: string;
  caseId?: string;
}

/**
 * Counts subjects matching all the given terms by plain SQL over the case tables (subject_names,
 * subjects, addresses, phone_numbers, bank_accounts, email_addresses, case_parties), through
 * indexed copies in the connection's TEMP schema (in memory), so the cached bench database is not
 * changed. Any name record counts (legal, alias, former), and any address (current or former),
 * as the search looks at all of them. Names compare as stored (the bench takes them from the records):
 * SQLite's lower() folds ASCII only, so lower-casing would lose "Çelik" and count nobody.
 */
export function candidateCounter(db: Db): (terms: QueryTerms) => number {
  db.pragma('temp_store = MEMORY');
  db.exec(`
    DROP TABLE IF EXISTS temp.bench_names; DROP TABLE IF EXISTS temp.bench_born; DROP TABLE IF EXISTS temp.bench_addresses;
    DROP TABLE IF EXISTS temp.bench_ids;
    CREATE TEMP TABLE bench_names AS
      SELECT subject_id, ' ' || coalesce(given_names, '') || ' ' AS given, coalesce(particle, '') AS particle,
             surname FROM subject_names;
    CREATE INDEX temp.bench_names_surname ON bench_names(surname);
    CREATE TEMP TABLE bench_born AS SELECT id AS subject_id, birth_date FROM subjects;
    CREATE INDEX temp.bench_born_date ON bench_born(birth_date);
    CREATE INDEX temp.bench_born_subject ON bench_born(subject_id);
    CREATE TEMP TABLE bench_addresses AS
      SELECT subject_id, upper(replace(postcode, ' ', '')) AS postcode, house_number FROM addresses;
    CREATE INDEX temp.bench_addresses_postcode ON bench_addresses(postcode);
    CREATE INDEX temp.bench_addresses_subject ON bench_addresses(subject_id);
    CREATE TEMP TABLE bench_ids AS
      SELECT 'phone' AS kind, phone_e164 AS value, subject_id FROM phone_numbers
      UNION ALL SELECT 'iban', upper(replace(iban, ' ', '')), subject_id FROM bank_accounts
      UNION ALL SELECT 'email', lower(email), subject_id FROM email_addresses
      UNION ALL SELECT 'case', upper(case_id), subject_id FROM case_parties;
    CREATE INDEX temp.bench_ids_value ON bench_ids(kind, value);`);
  return (terms) => {
    const sources: string[] = [];
    const params: unknown[] = [];
    const name: string[] = [];
    if (terms.surname !== undefined) {
      name.push('surname = ?');
      params.push(terms.surname);
    }
    if (terms.particle) {
      name.push('particle = ?');
      params.push(terms.particle);
    }
    if (terms.given) {
      name.push('given LIKE ?');
      params.push(`% ${terms.given} %`);
    }
    if (terms.givenPrefix) {
      name.push('given LIKE ?');
      params.push(`% ${terms.givenPrefix}%`);
    }
    if (terms.initial) {
      name.push('given LIKE ?');
      params.push(`% ${terms.initial}%`);
    }
    if (name.length > 0) sources.push(`SELECT subject_id FROM bench_names WHERE ${name.join(' AND ')}`);
    if (terms.birthDate) {
      sources.push('SELECT subject_id FROM bench_born WHERE birth_date = ?');
      params.push(terms.birthDate);
    }
    if (terms.year !== undefined) {
      sources.push('SELECT subject_id FROM bench_born WHERE birth_date BETWEEN ? AND ?');
      params.push(`${terms.year}-01-01`, `${terms.year}-12-31`);
    }
    if (terms.postcode) {
      sources.push(
        `SELECT subject_id FROM bench_addresses WHERE postcode = ?${terms.houseNumber !== undefined ? ' AND house_number = ?' : ''}`,
      );
      params.push(terms.postcode.replace(' ', '').toUpperCase(), ...(terms.houseNumber !== undefined ? [terms.houseNumber] : []));
    }
    for (const [kind, value] of [
      ['phone', terms.phone],
      ['iban', terms.iban?.replace(/\s/g, '').toUpperCase()],
      ['email', terms.email?.toLowerCase()],
      ['case', terms.caseId?.toUpperCase()],
    ] as const) {
      if (value === undefined) continue;
      sources.push('SELECT subject_id FROM bench_ids WHERE kind = ? AND value = ?');
      params.push(kind, value);
    }
    if (sources.length === 0) throw new Error('a bench query without terms');
    return db
      .prepare(`SELECT count(*) FROM (${sources.join(' INTERSECT ')})`)
      .pluck()
      .get(...params) as number;
  };
}
