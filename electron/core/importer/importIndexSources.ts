import type { CellValue, RecordTable } from '../db/recordTables.ts';
import { recordTableNames, recordTables } from '../db/recordTables.ts';
import type { SourceGroups, SourceRow, SubjectDocument } from '../search/subjectDocument.ts';
import { groupBySubject, sourcesOf, subjectDocument } from '../search/subjectDocument.ts';

/** Above this many collected rows the importer lets the database feed the index instead (memory). */
const maxCollectedRows = 4_000_000;

/** The columns searchIndex.ts reads per table, kept by name as its queries return them. */
const wanted: Partial<Record<RecordTable, string[]>> = {
  subjects: ['id', 'birth_date'],
  subject_names: ['id', 'subject_id', 'kind', 'given_names', 'particle', 'surname', 'recorded_on'],
  addresses: ['id', 'subject_id', 'street', 'house_number', 'house_number_suffix', 'postcode', 'city', 'country', 'valid_from', 'valid_to'],
  email_addresses: ['subject_id', 'email'],
  phone_numbers: ['subject_id', 'phone_e164'],
  bank_accounts: ['subject_id', 'iban'],
  case_parties: ['subject_id', 'role', 'case_id'],
  cases: ['id', 'client_reference'],
  organisation_roles: ['subject_id', 'role'],
  invoice_service_records: ['subject_id'],
};
const picks = recordTableNames.map((table) =>
  wanted[table]?.map((column) => [column, (recordTables[table] as readonly string[]).indexOf(column)] as const),
);

/** SQLite's BINARY order of TEXT (UTF-8 bytes), which is code point order; JS `<` compares UTF-16 units. */
export function binaryOrder(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

/**
 * Collects, while an import into an empty database reads its file, what the search documents are
 * made of; at the end it builds them in the order and with the function the index uses when it
 * reads the case records back (searchIndex.ts), so the importer's main thread only writes them.
 * Only valid when the database held no records before: then the file is all there is.
 */
export function importIndexSources() {
  const rows: SourceRow[][] = recordTableNames.map(() => []);
  let collected = 0;
  let overflow = false;
  return {
    /** False once the file held too many rows to keep: the index is then read back from the database. */
    get complete(): boolean {
      return !overflow;
    },
    add(table: number, values: readonly CellValue[]): void {
      const columns = picks[table];
      if (!columns || overflow) return;
      if (++collected > maxCollectedRows) {
        overflow = true;
        rows.length = 0;
        return;
      }
      const row: SourceRow = {};
      for (const [column, index] of columns) row[column] = values[index] ?? null;
      rows[table]!.push(row);
    },
    /** The documents of every subject in id order, or null when there were too many rows to hold. */
    *documents(batchSize: number): Generator<SubjectDocument[]> {
      if (overflow) return;
      const of = (table: RecordTable) => rows[recordTableNames.indexOf(table)]!;
      // The orders of searchIndex.ts's queries: names legal first, then recorded_on, id; addresses by valid_from descending, id.
      const clientReference = new Map(of('cases').map((c) => [c.id as string, c.client_reference]));
      const groups: SourceGroups = {
        names: groupBySubject(
          of('subject_names').sort(
            (a, b) =>
              (a.kind === 'legal' ? 0 : 1) - (b.kind === 'legal' ? 0 : 1) ||
              binaryOrder(a.recorded_on as string, b.recorded_on as string) ||
              binaryOrder(a.id as string, b.id as string),
          ),
        ),
        addresses: groupBySubject(
          of('addresses').sort(
            (a, b) => binaryOrder(b.valid_from as string, a.valid_from as string) || binaryOrder(a.id as string, b.id as string),
          ),
        ),
        emails: groupBySubject(of('email_addresses')),
        phones: groupBySubject(of('phone_numbers')),
        ibans: groupBySubject(of('bank_accounts')),
        cases: groupBySubject(
          of('case_parties').map((p) => ({
            subject_id: p.subject_id ?? null,
            role: p.role ?? null,
            id: p.case_id ?? null,
            client_reference: clientReference.get(p.case_id as string) ?? null,
          })),
        ),
        orgRoles: groupBySubject(of('organisation_roles')),
        invoiceRecipients: new Set(of('invoice_service_records').map((r) => r.subject_id as string)),
      };
      const subjects = of('subjects').sort((a, b) => binaryOrder(a.id as string, b.id as string));
      let batch: SubjectDocument[] = [];
      for (const subject of subjects) {
        batch.push(subjectDocument(sourcesOf(subject, groups)));
        if (batch.length === batchSize) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length > 0) yield batch;
    },
  };
}
