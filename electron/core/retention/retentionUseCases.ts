import type { IsoDate } from '../../../shared/dates/isoDate.ts';
import { subjectCategoriesOf } from '../../../shared/extract/subjectCategories.ts';
import type { OverdueRecord } from '../../../shared/retention/retentionRules.ts';
import { overdueRecords } from '../../../shared/retention/retentionRules.ts';
import type { UseCaseDeps } from '../store/useCaseDeps.ts';

export interface OverdueList {
  today: IsoDate;
  records: OverdueRecord[];
}

/**
 * Every record past its retention date (Art. 5(1)(e)), computed per data subject with the same rules
 * the extract states (shared/retention/retentionRules.ts) and the register in force. A record shared
 * by several people (a case, its claim) is overdue only when it is overdue for every one of them: one
 * party's open case or legal hold keeps it. Read only; ids and rules, no personal data.
 */
export async function listOverdueRecords(
  deps: Pick<UseCaseDeps, 'store' | 'clock' | 'register'>,
  input: { today?: IsoDate; onProgress?: (done: number, total: number) => void } = {},
): Promise<OverdueList> {
  const today = input.today ?? deps.clock.today();
  const policy = deps.register;
  const subjectIds = await deps.store.records.subjectIds();
  const overdue = new Map<string, OverdueRecord>();
  const kept = new Set<string>();
  for (let i = 0; i < subjectIds.length; i++) {
    const { records } = await deps.store.records.subjectRecords(subjectIds[i]!);
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
    if (input.onProgress && (i % 1000 === 999 || i === subjectIds.length - 1)) input.onProgress(i + 1, subjectIds.length);
  }
  const records = [...overdue.values()].sort((a, b) =>
    a.table === b.table ? (a.recordId < b.recordId ? -1 : 1) : a.table < b.table ? -1 : 1,
  );
  return { today, records };
}
