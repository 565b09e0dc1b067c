import type { IsoDate } from '../../../shared/dates/isoDate.ts';
import { subjectCategoriesOf } from '../../../shared/extract/subjectCategories.ts';
import type { HeldPastPeriodRecord, OverdueRecord } from '../../../shared/retention/retentionRules.ts';
import { retentionFindings } from '../../../shared/retention/retentionRules.ts';
import type { UseCaseDeps } from '../store/useCaseDeps.ts';

export interface OverdueList {
  today: IsoDate;
  records: OverdueRecord[];
  /**
   * Records a legal hold keeps although their own period had ended before the hold began: not due
   * for erasure while the hold lasts (Art. 17(3)(e)), but kept too long before it (Art. 5(1)(e));
   * listed for the privacy officer to review, never erased by this list.
   */
  heldPastPeriod: HeldPastPeriodRecord[];
}

/**
 * Every record past its retention date (Art. 5(1)(e)), computed per data subject with the same rules
 * the extract states (shared/retention/retentionRules.ts) and the register in force. A record shared
 * by several people (a case, its claim) is overdue only when it is overdue for every one of them: one
 * party's open case or legal hold keeps it. Read only; ids and rules, no personal data. The command
 * line (`inzage retention --overdue`) and the window show this one list.
 */
export async function listOverdueRecords(
  deps: Pick<UseCaseDeps, 'store' | 'clock' | 'register'>,
  input: { today?: IsoDate; onProgress?: (done: number, total: number) => void } = {},
): Promise<OverdueList> {
  const today = input.today ?? deps.clock.today();
  const policy = deps.register;
  const subjectIds = await deps.store.records.subjectIds();
  const overdue = new Map<string, OverdueRecord>();
  const heldPastPeriod = new Map<string, HeldPastPeriodRecord>();
  // Kept by someone's own rule: never overdue, never flagged. Held (by anyone): never overdue.
  const kept = new Set<string>();
  const held = new Set<string>();
  for (let i = 0; i < subjectIds.length; i++) {
    const { records } = await deps.store.records.subjectRecords(subjectIds[i]!);
    const categories = subjectCategoriesOf(records).filter(
      (id) => policy.dataSubjectCategories.find((c) => c.id === id)?.role === 'controller',
    );
    const findings = retentionFindings(policy, records, categories, today);
    for (const record of findings.overdue) {
      const key = `${record.table}:${record.recordId}`;
      if (!kept.has(key) && !held.has(key) && !overdue.has(key)) overdue.set(key, record);
    }
    for (const record of findings.heldPastPeriod) {
      const key = `${record.table}:${record.recordId}`;
      held.add(key);
      overdue.delete(key);
      if (!kept.has(key) && !heldPastPeriod.has(key)) heldPastPeriod.set(key, record);
    }
    for (const record of findings.kept) {
      const key = `${record.table}:${record.recordId}`;
      kept.add(key);
      overdue.delete(key);
      heldPastPeriod.delete(key);
    }
    if (input.onProgress && (i % 1000 === 999 || i === subjectIds.length - 1)) input.onProgress(i + 1, subjectIds.length);
  }
  return { today, records: sortByRecord([...overdue.values()]), heldPastPeriod: sortByRecord([...heldPastPeriod.values()]) };
}

function sortByRecord<T extends { table: string; recordId: string }>(list: T[]): T[] {
  return list.sort((a, b) => (a.table === b.table ? (a.recordId < b.recordId ? -1 : 1) : a.table < b.table ? -1 : 1));
}
