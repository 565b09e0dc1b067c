import type pg from 'pg';
import { mergeProfiles } from '../../../shared/extract/subjectProfile.ts';
import type { ProfileRow, SubjectProfile } from '../../../shared/extract/subjectProfile.ts';
import { describePostgresUrl } from '../db/postgres/postgresUrl.ts';
import type { Sql } from '../db/postgres/postgresPool.ts';
import { postgresSchemaVersion } from '../db/postgres/postgresMigrate.ts';
import type { RecordTable } from '../db/recordTables.ts';
import { recordTableNames, subjectOwnedTables } from '../db/recordTables.ts';
import type { CaseRecordRepository } from './caseRecordRepository.ts';
import { CASE_LINKED_TABLES, thirdPartiesOf, thirdPartyOrganisationIds } from './loadSubjectProfile.ts';
import type { RecordRow, SubjectRecords } from './loadSubjectRecords.ts';
import { organisationIdsOf, SubjectNotFoundError } from './loadSubjectRecords.ts';

/** Rows grouped by "subject\0case", each group in the rows' order. */
function bySubjectAndCase(rows: readonly RecordRow[]): Map<string, RecordRow[]> {
  const groups = new Map<string, RecordRow[]>();
  for (const row of rows) {
    const key = `${String(row.subject_id)}\u0000${String(row.case_id)}`;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/**
 * The case records on the team's PostgreSQL server (issue 15.1): the queries of the SQLite loaders
 * (loadSubjectRecords.ts, loadSubjectProfile.ts) with the same orders (text is COLLATE "C", byte order
 * as SQLite's BINARY) and the same row types (dates as ISO text, whole numbers as numbers:
 * postgresPool.ts), assembled by the same pure functions, so both backends give one person the same
 * records and the same profile. Imports go through COPY in a transaction of their own
 * (postgresCaseImport.ts), on a connection of `pool`.
 */
export function postgresCaseRecords(sql: Sql, pool: pg.Pool, url: string): CaseRecordRepository {
  const rows = async (text: string, values: unknown[] = []): Promise<RecordRow[]> => (await sql.query<RecordRow>(text, values)).rows;

  const organisationsById = async (ids: readonly string[]): Promise<Map<string, RecordRow>> => {
    if (ids.length === 0) return new Map();
    const found = await rows('SELECT * FROM organisations WHERE id = ANY($1::text[])', [ids]);
    return new Map(found.map((row) => [String(row.id), row]));
  };

  const subjectRecords = async (subjectId: string): Promise<SubjectRecords> => {
    const [subjectRow] = await rows('SELECT * FROM subjects WHERE id = $1', [subjectId]);
    if (!subjectRow) throw new SubjectNotFoundError(subjectId);
    const records: SubjectRecords['records'] = { subjects: [subjectRow] };
    // One query after the other: `sql` may be one connection inside a transaction (postgresStore.ts).
    for (const table of subjectOwnedTables) {
      const owned = await rows(`SELECT * FROM ${table} WHERE subject_id = $1 ORDER BY id`, [subjectId]);
      if (owned.length > 0) records[table] = owned;
    }
    const caseRows = await rows(
      'SELECT DISTINCT c.* FROM cases c JOIN case_parties p ON p.case_id = c.id WHERE p.subject_id = $1 ORDER BY c.id',
      [subjectId],
    );
    if (caseRows.length > 0) {
      records.cases = caseRows;
      records.claims = await rows(
        'SELECT DISTINCT cl.* FROM claims cl JOIN case_parties p ON p.case_id = cl.case_id WHERE p.subject_id = $1 ORDER BY cl.id',
        [subjectId],
      );
    }
    const ids = organisationIdsOf(records);
    const organisations = await organisationsById(ids);
    return { subjectId, records, organisations: ids.map((id) => organisations.get(id)!) };
  };

  const profileOf = async (subjectId: string): Promise<SubjectProfile> => {
    const loaded = await subjectRecords(subjectId);
    const parties = await rows(
      'SELECT other.* FROM case_parties own JOIN case_parties other ON other.case_id = own.case_id ' +
        'WHERE own.subject_id = $1 AND other.subject_id <> $1 ORDER BY other.id',
      [subjectId],
    );
    // The other parties' rows on the shared cases, fetched per table at once and handed out per (party, case).
    const others = [...new Set(parties.map((p) => String(p.subject_id)))];
    const cases = [...new Set(parties.map((p) => String(p.case_id)))];
    const onCase = new Map<string, Map<string, RecordRow[]>>();
    if (others.length > 0) {
      for (const table of CASE_LINKED_TABLES) {
        const fetched = await rows(`SELECT * FROM ${table} WHERE subject_id = ANY($1::text[]) AND case_id = ANY($2::text[]) ORDER BY id`, [
          others,
          cases,
        ]);
        onCase.set(table, bySubjectAndCase(fetched));
      }
    }
    const thirdParties = thirdPartiesOf(parties, (table, other, caseId) => onCase.get(table)?.get(`${other}\u0000${caseId}`) ?? []);
    const extraIds = thirdPartyOrganisationIds(loaded.organisations, thirdParties);
    const extra = await organisationsById(extraIds);
    const organisations: ProfileRow[] = [...loaded.organisations];
    for (const id of extraIds) {
      const org = extra.get(id);
      if (org) organisations.push(org);
    }
    return { subjectIds: [subjectId], records: loaded.records, organisations, thirdParties };
  };

  const count = async (table: RecordTable): Promise<number> =>
    Number((await sql.query<{ n: number }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]!.n);

  return {
    subjectRecords,
    async displayName(subjectId) {
      const found = await sql.query<{ given_names: string; particle: string | null; surname: string }>(
        'SELECT given_names, particle, surname FROM subject_names WHERE subject_id = $1 ' +
          "ORDER BY kind = 'legal' DESC, recorded_on DESC LIMIT 1",
        [subjectId],
      );
      const row = found.rows[0];
      return row ? [row.given_names, row.particle, row.surname].filter(Boolean).join(' ') : null;
    },
    async subjectProfile(subjectIds) {
      if (subjectIds.length === 0) throw new Error('loadSubjectProfile: give at least one subject id');
      const profiles: SubjectProfile[] = [];
      for (const id of new Set(subjectIds)) profiles.push(await profileOf(id));
      return mergeProfiles(profiles);
    },
    async subjectIds() {
      return (await sql.query<{ id: string }>('SELECT id FROM subjects ORDER BY id')).rows.map((r) => r.id);
    },
    countSubjects: () => count('subjects'),
    async countPerTable() {
      const counts: number[] = [];
      for (const table of recordTableNames) counts.push(await count(table));
      return Object.fromEntries(recordTableNames.map((table, i) => [table, counts[i]!])) as Record<RecordTable, number>;
    },
    async databaseInfo() {
      const meta = await sql.query<{ key: string; value: string }>('SELECT key, value FROM meta WHERE key <> $1 ORDER BY key', [
        'demo.landmarks',
      ]);
      const size = await sql.query<{ bytes: number }>('SELECT pg_database_size(current_database())::bigint AS bytes');
      return {
        // The password is never shown (postgresPool.ts).
        location: describePostgresUrl(url),
        schemaVersion: await postgresSchemaVersion(sql),
        bytes: Number(size.rows[0]!.bytes),
        meta: Object.fromEntries(meta.rows.map((r) => [r.key, r.value])),
      };
    },
    async isDemo() {
      return (await sql.query("SELECT 1 FROM meta WHERE key = 'demo.seed'")).rows.length > 0;
    },
    async importFile(file, options) {
      // Loaded on demand, as on SQLite: the importer's record schemas (zod) stay out of reading commands.
      const { importJsonlPostgres } = await import('../importer/postgresCaseImport.ts');
      return importJsonlPostgres(pool, file, options);
    },
  };
}
