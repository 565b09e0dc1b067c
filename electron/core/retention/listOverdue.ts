import type { IsoDate } from '../../../shared/dates/isoDate.ts';
import { subjectCategoriesOf } from '../../../shared/extract/subjectCategories.ts';
import type { Policy } from '../../../shared/policy/policySchema.ts';
import type { OverdueRecord } from '../../../shared/retention/retentionRules.ts';
import { overdueRecords } from '../../../shared/retention/retentionRules.ts';
import type { Db } from '../db/openDatabase.ts';
import { subjectRecordsLoader } from '../records/loadSubjectRecords.ts';

/**
 * Every record in the database past its retention date (Art. 5(1)(e)), computed per data subject with
 * the same rules the extract states. A record shared by several people (a case, its claim) is overdue
 * only when it is overdue for every one of them: one party's open case or legal hold keeps it.
 */
export function listOverdueRecords(
  db: Db,
  policy: Policy,
  today: IsoDate,
  onProgress?: (done: number, total: number) => void,
): OverdueRecord[] {
  const load = subjectRecordsLoader(db);
  const subjectIds = (db.prepare('SELECT id FROM subjects ORDER BY id').all() as { id: string }[]).map((row) => row.id);
  const overdue = new Map<string, OverdueRecord>();
  const kept = new Set<string>();
  subjectIds.forEach((subjectId, i) => {
    const { records } = load(subjectId);
    const categories = subjectCategoriesOf(records).filter(
      (id) => policy.dataSubjectCategories.find((c) => c.id === id)?.role === 'controller',
    );
    const due = new Set<string>();
    for (const record of overdueRecords(policy, records, categories, today)) {
      const key = `${record.table}:${record.recordId}`;
      due.add(key);
      if (!kept.has(key) && !overdue.has(key)) overdue.set(key, record);
    }
    for (const [table, rows] of Object.entries(records)) {
      for (const row of rows) {
        const key = `${table}:${String(row.id)}`;
        if (!due.has(key)) {
          kept.add(key);
          overdue.delete(key);
        }
      }
    }
    if (onProgress && (i % 1000 === 999 || i === subjectIds.length - 1)) onProgress(i + 1, subjectIds.length);
  });
  return [...overdue.values()].sort((a, b) => (a.table === b.table ? (a.recordId < b.recordId ? -1 : 1) : a.table < b.table ? -1 : 1));
}
