import type { ProfileRow, SubjectProfile, ThirdPartyData } from '../../../shared/extract/subjectProfile.ts';
import { mergeProfiles } from '../../../shared/extract/subjectProfile.ts';
import type { Db } from '../db/openDatabase.ts';
import { recordTables } from '../db/recordTables.ts';
import type { RecordRow } from './loadSubjectRecords.ts';
import { subjectRecordsLoader } from './loadSubjectRecords.ts';

/**
 * Loads the subject profile the extract is assembled from: every record of the person (under each of
 * their subject entries, merged into one), the organisations those records name, and — for cases the
 * person shares with others — the other parties' data that sit in the same case file, so the extract
 * can list them as withheld (Art. 15(4)) rather than silently leave them out or hand them over.
 *
 * Only rows linked to a shared case are taken (issue 12.4): another party's name and address records,
 * AML checks and anything on their other cases are not part of this person's case file, and even a
 * "withheld" line for them would disclose that they exist (e.g. that the co-debtor was checked).
 */

/** Another party's data that belong to a shared case file: their rows on that case (their role in it included). */
export const CASE_LINKED_TABLES = (Object.keys(recordTables) as (keyof typeof recordTables)[]).filter(
  (table) =>
    table !== 'case_parties' &&
    (recordTables[table] as readonly string[]).includes('case_id') &&
    (recordTables[table] as readonly string[]).includes('subject_id'),
);
const ORG_COLUMNS = ['client_id', 'authority_id', 'provider_id', 'recipient_id', 'organisation_id'];

export type CaseLinkedTable = (typeof CASE_LINKED_TABLES)[number];

/**
 * The other parties' data in the person's shared case files (shared by both backends): from the other
 * parties' case_parties rows (in id order), each party's rows per case-linked table on those cases,
 * as `rowsOnCase` gives them (in id order).
 */
export function thirdPartiesOf(
  parties: readonly RecordRow[],
  rowsOnCase: (table: CaseLinkedTable, subjectId: string, caseId: string) => RecordRow[],
): ThirdPartyData[] {
  const partyCases = new Map<string, string[]>();
  const partyRows = new Map<string, RecordRow[]>();
  for (const party of parties) {
    const other = String(party.subject_id);
    partyCases.set(other, [...(partyCases.get(other) ?? []), String(party.case_id)]);
    partyRows.set(other, [...(partyRows.get(other) ?? []), party]);
  }
  return [...partyCases.entries()].map(([other, cases]) => {
    const records: Record<string, RecordRow[]> = { case_parties: partyRows.get(other)! };
    for (const table of CASE_LINKED_TABLES) {
      const rows = cases.flatMap((caseId) => rowsOnCase(table, other, caseId));
      if (rows.length > 0) records[table] = rows;
    }
    for (const table of Object.keys(records)) if (records[table]!.length === 0) delete records[table];
    return { subjectId: other, caseIds: [...new Set(cases)].sort(), records };
  });
}

/** The organisations the other parties' rows name that the person's own records do not, in the order first named. */
export function thirdPartyOrganisationIds(own: readonly RecordRow[], thirdParties: readonly ThirdPartyData[]): string[] {
  const orgIds = new Set(own.map((o) => String(o.id)));
  const extra: string[] = [];
  for (const party of thirdParties) {
    for (const rows of Object.values(party.records)) {
      for (const row of rows ?? []) {
        for (const column of ORG_COLUMNS) {
          const id = row[column];
          if (typeof id === 'string' && !orgIds.has(id)) {
            orgIds.add(id);
            extra.push(id);
          }
        }
      }
    }
  }
  return extra;
}

export type SubjectProfileLoader = (subjectIds: readonly string[]) => SubjectProfile;

export function subjectProfileLoader(db: Db): SubjectProfileLoader {
  const loadRecords = subjectRecordsLoader(db);
  const otherParties = db.prepare(
    'SELECT other.* FROM case_parties own JOIN case_parties other ON other.case_id ' +
      '= own.case_id WHERE own.subject_id = ? AND other.subject_id <> ? ORDER ' +
      'BY other.id',
  );
  const onCase = new Map(
    CASE_LINKED_TABLES.map(
      (table) => [table, db.prepare(`SELECT * FROM ${table} WHERE subject_id = ? AND case_id = ? ORDER BY id`)] as const,
    ),
  );
  const organisation = db.prepare('SELECT * FROM organisations WHERE id = ?');

  const loadOne = (subjectId: string): SubjectProfile => {
    const loaded = loadRecords(subjectId);
    const thirdParties = thirdPartiesOf(otherParties.all(subjectId, subjectId) as RecordRow[], (table, other, caseId) => {
      return onCase.get(table)!.all(other, caseId) as RecordRow[];
    });
    const organisations: ProfileRow[] = [...loaded.organisations];
    for (const id of thirdPartyOrganisationIds(loaded.organisations, thirdParties)) {
      const org = organisation.get(id) as RecordRow | undefined;
      if (org) organisations.push(org);
    }
    return { subjectIds: [subjectId], records: loaded.records, organisations, thirdParties };
  };

  return (subjectIds) => {
    if (subjectIds.length === 0) throw new Error('loadSubjectProfile: give at least one subject id');
    return mergeProfiles([...new Set(subjectIds)].map(loadOne));
  };
}

/** Loads one person's profile (under one or more subject entries) in a single call. */
export function loadSubjectProfile(db: Db, subjectIds: readonly string[]): SubjectProfile {
  return subjectProfileLoader(db)(subjectIds);
}
