import type { CaseRecordRepository } from '../../electron/core/records/caseRecordRepository.ts';
import type { Store } from '../../electron/core/store/store.ts';

/**
 * `store` with its case records read from `records` instead, inside its transactions too. The request
 * and audit contract tests use it to give both backends the same demo people (read from one seeded
 * SQLite file) while the register and the audit trail under test are the backend's own. Case records
 * are only read by the request use cases (a redaction must name a real record), so this changes
 * nothing they write.
 */
export function withCaseRecords(store: Store, records: CaseRecordRepository): Store {
  const wrap = (view: Store): Store => ({
    ...view,
    records,
    transaction: (work) => view.transaction((inner) => work(wrap(inner))),
  });
  return wrap(store);
}
