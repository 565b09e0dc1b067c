import type { Db } from '../db/openDatabase.ts';
import { recordTables } from '../db/recordTables.ts';
import type { RecordTable } from '../db/recordTables.ts';
import { countRecords, subjectRecordsLoader } from '../records/loadSubjectRecords.ts';
import type { SubjectRecordsView } from '../../../shared/ipc/types.ts';

/** The records of one subject as stored, table by table, for review before the extract model exists. */
export function subjectViewLoader(db: Db): (subjectId: string) => SubjectRecordsView {
  const load = subjectRecordsLoader(db);
  const name = db.prepare(
    "SELECT given_names, particle, surname FROM subject_names WHERE subject_id = ? ORDER BY kind = 'legal' DESC, recorded_on DESC LIMIT 1",
  );
  return (subjectId) => {
    const records = load(subjectId);
    const n = name.get(subjectId) as { given_names: string; particle: string | null; surname: string } | undefined;
    const subject = records.records.subjects?.[0];
    return {
      subjectId,
      displayName: n ? [n.given_names, n.particle, n.surname].filter(Boolean).join(' ') : subjectId,
      birthDate: typeof subject?.birth_date === 'string' ? subject.birth_date : null,
      recordCount: countRecords(records),
      tables: (Object.entries(records.records) as [RecordTable, Record<string, string | number | null>[]][]).map(([table, rows]) => ({
        table,
        columns: [...recordTables[table]],
        rows,
      })),
    };
  };
}
