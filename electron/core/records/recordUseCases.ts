import type { RecordTable } from '../db/recordTables.ts';
import type { DatabaseInfo } from './caseRecordRepository.ts';
import { appendAuditEntry } from '../store/registerAccess.ts';
import type { UseCaseDeps } from '../store/useCaseDeps.ts';
import type { SubjectRecords } from './loadSubjectRecords.ts';
import { countRecords } from './loadSubjectRecords.ts';

export interface ShownSubject {
  records: SubjectRecords;
  displayName: string | null;
  recordCount: number;
}

/**
 * Every record held on one data subject, as stored. Opening a person's records is processing and is
 * logged (docs/domain.md §8, Art. 5(2)), from the window and the command line alike.
 */
export async function showSubjectRecords(deps: UseCaseDeps, input: { subjectId: string; requestRef?: string }): Promise<ShownSubject> {
  return deps.store.transaction(async (store) => {
    const records = await store.records.subjectRecords(input.subjectId);
    const recordCount = countRecords(records);
    await appendAuditEntry(
      { ...deps, store },
      {
        actor: deps.clerk.name,
        action: 'subject.open',
        subjectId: records.subjectId,
        ...(input.requestRef !== undefined ? { requestRef: input.requestRef } : {}),
        details: { records: recordCount },
      },
    );
    return { records, displayName: await store.records.displayName(input.subjectId), recordCount };
  });
}

export interface DatabaseStats extends DatabaseInfo {
  tables: Record<RecordTable, number>;
}

/** Records per table, schema version, size and the demo seed (read only; nothing personal). */
export async function databaseStats(deps: Pick<UseCaseDeps, 'store'>): Promise<DatabaseStats> {
  const [info, tables] = await Promise.all([deps.store.records.databaseInfo(), deps.store.records.countPerTable()]);
  return { ...info, tables };
}

export interface DatabaseSummary {
  demo: { seed: string | null; referenceDate: string | null; subjects: number };
  register: { id: string; version: string; organisation: string };
  today: string;
}

/** What the About panel shows of the database and the register in force (app:info). */
export async function databaseSummary(deps: Pick<UseCaseDeps, 'store' | 'register' | 'clock'>): Promise<DatabaseSummary> {
  const [info, subjects] = await Promise.all([deps.store.records.databaseInfo(), deps.store.records.countSubjects()]);
  return {
    demo: { seed: info.meta['demo.seed'] ?? null, referenceDate: info.meta['demo.referenceDate'] ?? null, subjects },
    register: { id: deps.register.id, version: deps.register.version, organisation: deps.register.organisation.name },
    today: deps.clock.today(),
  };
}
