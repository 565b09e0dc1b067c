import type { Db } from '../db/openDatabase.ts';
import type { RecordTable } from '../db/recordTables.ts';
import { recordTableNames } from '../db/recordTables.ts';
import { ImportError } from './importFormat.ts';

/**
 * The last check before an import commits (issue 13: an import that says "imported" has imported
 * everything). However the rows got lost on their way from the file to the database (a batch that
 * never arrived, a bug in the wire format), the result shows here: the rows written per table must
 * be the records the parser read per table, and every reference in the tables the file wrote to
 * must resolve (PRAGMA foreign_key_check, which works while the import has foreign_keys OFF).
 * Throws an ImportError, which rolls the import back.
 */
export function verifyImported(
  db: Db,
  file: string,
  read: Partial<Record<RecordTable | 'documents', number>>,
  written: readonly number[],
  documentsWritten = 0,
): void {
  for (let i = 0; i < recordTableNames.length; i++) {
    const table = recordTableNames[i]!;
    const expected = read[table] ?? 0;
    if (written[i] !== expected)
      throw new ImportError(file, null, null, `${written[i]} ${table} records were written but the file holds ${expected}`);
  }
  // The case-file documents (issue 16.1): every one read was written, and its case, person, parent and file are there.
  if (documentsWritten !== (read.documents ?? 0))
    throw new ImportError(file, null, null, `${documentsWritten} documents were written but the file holds ${read.documents ?? 0}`);
  const tables: string[] = read.documents ? [...recordTableNames, 'documents'] : [...recordTableNames];
  for (const table of tables) {
    if (!read[table as RecordTable]) continue;
    // The first dangling reference is enough to refuse; no need to list them all.
    const broken = db.prepare(`PRAGMA foreign_key_check(${table})`).get() as { rowid: number; parent: string } | undefined;
    if (broken)
      throw new ImportError(
        file,
        null,
        null,
        `a ${table} record (row ${broken.rowid}) refers to a ${broken.parent} record that is not there`,
      );
  }
}
