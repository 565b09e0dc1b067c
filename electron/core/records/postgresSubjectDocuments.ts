import type { Sql } from '../db/postgres/postgresPool.ts';
import type { SourceGroups, SourceRow, SubjectDocument } from '../search/subjectDocument.ts';
import { groupBySubject, sourcesOf, subjectDocument } from '../search/subjectDocument.ts';

/**
 * The search documents of the given subjects, read from the case records on the team's server with
 * the queries and orders of SQLite's indexer (searchIndex.ts: names legal first, then recorded_on and
 * id; addresses newest first) and built by the same pure subjectDocument(). The lists SQLite reads in
 * storage order (e-mail addresses, phones, accounts, cases, roles) are read here in id order: the server
 * has no rowid. Subjects that do not exist are left out.
 */
export async function postgresSubjectDocuments(sql: Sql, subjectIds: readonly string[]): Promise<SubjectDocument[]> {
  if (subjectIds.length === 0) return [];
  const ids = [...subjectIds];
  const rows = async (text: string): Promise<SourceRow[]> => (await sql.query<SourceRow>(text, [ids])).rows;
  const where = 'subject_id = ANY($1::text[])';
  // One after the other: `sql` may be the import's one connection (pg queues, but warns of, overlapping queries).
  const queries = [
    'SELECT id, birth_date FROM subjects WHERE id = ANY($1::text[]) ORDER BY id',
    `SELECT subject_id, kind, given_names, particle, surname FROM subject_names WHERE ${where} ` +
      `ORDER BY subject_id, kind <> 'legal', recorded_on, id`,
    'SELECT subject_id, street, house_number, house_number_suffix, postcode, city, country, valid_from, valid_to ' +
      `FROM addresses WHERE ${where} ORDER BY subject_id, valid_from DESC, id`,
    `SELECT subject_id, email FROM email_addresses WHERE ${where} ORDER BY subject_id, id`,
    `SELECT subject_id, phone_e164 FROM phone_numbers WHERE ${where} ORDER BY subject_id, id`,
    `SELECT subject_id, iban FROM bank_accounts WHERE ${where} ORDER BY subject_id, id`,
    'SELECT p.subject_id, p.role, c.id, c.client_reference FROM case_parties p JOIN cases c ON c.id = p.case_id ' +
      `WHERE p.${where} ORDER BY p.subject_id, p.id`,
    `SELECT subject_id, role FROM organisation_roles WHERE ${where} ORDER BY subject_id, id`,
    `SELECT DISTINCT subject_id FROM invoice_service_records WHERE ${where}`,
  ];
  const results: SourceRow[][] = [];
  for (const query of queries) results.push(await rows(query));
  const [subjects, names, addresses, emails, phones, ibans, cases, orgRoles, invoices] = results as [
    SourceRow[],
    SourceRow[],
    SourceRow[],
    SourceRow[],
    SourceRow[],
    SourceRow[],
    SourceRow[],
    SourceRow[],
    SourceRow[],
  ];
  const groups: SourceGroups = {
    names: groupBySubject(names),
    addresses: groupBySubject(addresses),
    emails: groupBySubject(emails),
    phones: groupBySubject(phones),
    ibans: groupBySubject(ibans),
    cases: groupBySubject(cases),
    orgRoles: groupBySubject(orgRoles),
    invoiceRecipients: new Set(invoices.map((r) => r.subject_id as string)),
  };
  return subjects.map((subject) => subjectDocument(sourcesOf(subject, groups)));
}
