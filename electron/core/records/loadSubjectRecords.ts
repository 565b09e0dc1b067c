import { DomainError } from '../../../shared/errors/domainError.ts';
import type { Db } from '../db/openDatabase.ts';
import type { RecordTable } from '../db/recordTables.ts';
import { subjectOwnedTables } from '../db/recordTables.ts';

export type RecordRow = Record<string, string | number | null>;

/** Everything held on one data subject, table by table, plus the organisations those rows name. */
export interface SubjectRecords {
  subjectId: string;
  records: Partial<Record<RecordTable, RecordRow[]>>;
  organisations: RecordRow[];
}

/** No such subject: a DomainError ('subject.not-found'), so the window and the CLI each say it in their words. */
export class SubjectNotFoundError extends DomainError {
  constructor(readonly subjectId: string) {
    super('subject.not-found', { subjectId });
  }
}

const orgColumns = ['client_id', 'authority_id', 'provider_id', 'recipient_id', 'organisation_id'];

/**
 * Loads every record of a subject: the rows that carry its subject_id, the cases it is a party to
 * and the claims in those cases. Statements are prepared once per database and reused.
 */
export function subjectRecordsLoader(db: Db): (subjectId: string) => SubjectRecords {
  const bySubject = subjectOwnedTables.map(
    (table) => [table, db.prepare(`SELECT * FROM ${table} WHERE subject_id = ? ORDER BY id`)] as const,
  );
  const subject = db.prepare('SELECT * FROM subjects WHERE id = ?');
  const cases = db.prepare('SELECT DISTINCT c.* FROM cases c JOIN case_parties p ON p.case_id = c.id WHERE p.subject_id = ? ORDER BY c.id');
  const claims = db.prepare(
    'SELECT DISTINCT cl.* FROM claims cl JOIN case_parties p ON p.case_id = cl.case_id WHERE p.subject_id = ? ORDER BY cl.id',
  );
  const organisation = db.prepare('SELECT * FROM organisations WHERE id = ?');

  return (subjectId) => {
    const subjectRow = subject.get(subjectId) as RecordRow | undefined;
    if (!subjectRow) throw new SubjectNotFoundError(subjectId);
    const records: SubjectRecords['records'] = { subjects: [subjectRow] };
    for (const [table, statement] of bySubject) {
      const rows = statement.all(subjectId) as RecordRow[];
      if (rows.length > 0) records[table] = rows;
    }
    const caseRows = cases.all(subjectId) as RecordRow[];
    if (caseRows.length > 0) {
      records.cases = caseRows;
      records.claims = claims.all(subjectId) as RecordRow[];
    }
    const organisations = organisationIdsOf(records).map((id) => organisation.get(id) as RecordRow);
    return { subjectId, records, organisations };
  };
}

/** The ids of the organisations a subject's records name (client, authority, provider, recipient), sorted; shared by both backends. */
export function organisationIdsOf(records: SubjectRecords['records']): string[] {
  const orgIds = new Set<string>();
  for (const rows of Object.values(records)) {
    for (const row of rows) {
      for (const column of orgColumns) {
        const value = row[column];
        if (typeof value === 'string') orgIds.add(value);
      }
    }
  }
  return [...orgIds].sort();
}

export function countRecords(records: SubjectRecords): number {
  return Object.values(records.records).reduce((sum, rows) => sum + rows.length, 0);
}
