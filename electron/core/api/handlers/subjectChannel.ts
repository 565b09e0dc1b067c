import type { SubjectRecordsView } from '../../../../shared/ipc/types.ts';
import type { RecordTable } from '../../db/recordTables.ts';
import { recordTables } from '../../db/recordTables.ts';
import { showSubjectRecords } from '../../records/recordUseCases.ts';
import type { Handlers } from '../dispatch.ts';
import type { HandlerContext } from '../handlerContext.ts';

/** subject:* — a subject's records as stored, table by table, for review (the same use case as `inzage show`). */
export function subjectChannel(ctx: HandlerContext): Pick<Handlers, 'subject:records'> {
  return {
    async 'subject:records'({ subjectId }) {
      const shown = await showSubjectRecords(ctx.useCaseDeps(), { subjectId });
      const subject = shown.records.records.subjects?.[0];
      const view: SubjectRecordsView = {
        subjectId,
        displayName: shown.displayName ?? subjectId,
        birthDate: typeof subject?.birth_date === 'string' ? subject.birth_date : null,
        recordCount: shown.recordCount,
        tables: (Object.entries(shown.records.records) as [RecordTable, Record<string, string | number | null>[]][]).map(
          ([table, rows]) => ({
            table,
            columns: [...recordTables[table]],
            rows,
          }),
        ),
      };
      return view;
    },
  };
}
