import type { RecordEntry } from '../../../shared/extract/extractModel.ts';
import type { ReviewRecord } from '../../../shared/extract/reviewPages.ts';
import { useT } from '../../store.ts';
import type { RedactTarget } from './redactTarget.ts';

/** One record of the review with its fields, its retention and its redaction controls (Art. 15(4)). */
export function RecordCard({
  record,
  onRedact,
  onUndo,
}: {
  record: ReviewRecord;
  /** Absent when nothing can be redacted (a subject entry reviewed outside a request). */
  onRedact?: ((t: RedactTarget) => void) | undefined;
  onUndo?: ((r: ReviewRecord, field?: string) => void) | undefined;
}) {
  const t = useT();
  return (
    <article className={`record-card${record.withheld ? ' withheld' : ''}`} aria-label={`${record.recordKindLabel} ${record.recordId}`}>
      <header>
        <strong>{record.recordKindLabel}</strong> <code className="muted">{record.recordId}</code>
        {record.caseId && <span className="muted"> · {record.caseId}</span>}
        <span className="spacer" />
        <span className={`retention retention-${record.retention.status}`} title={record.retention.explanation}>
          {t('review.retention')}: {record.retention.until ?? record.retention.label}
        </span>
        <HoldNote retention={record.retention} />
        {!onRedact || !onUndo ? null : record.withheld ? (
          <button type="button" className="small" onClick={() => onUndo(record)}>
            {t('review.undo')}
          </button>
        ) : (
          <button
            type="button"
            className="small"
            onClick={() =>
              onRedact({ recordKind: record.recordKind, recordId: record.recordId, label: `${record.recordKindLabel} ${record.recordId}` })
            }
          >
            {t('review.redactRecord')}
          </button>
        )}
      </header>
      {record.otherPerson?.map((note, i) => (
        <p key={i} className="other-person">
          <strong>{note.text}</strong>
        </p>
      ))}
      <dl className="fields">
        {record.fields.map((f) => (
          <div key={f.name} className={f.redacted ? 'field redacted' : 'field'}>
            <dt>{f.label}</dt>
            <dd>
              {f.redacted ? <span className="redaction">{t('review.redacted', { reason: f.redacted.reasonText })}</span> : f.display || '—'}
              {onRedact &&
                onUndo &&
                !record.withheld &&
                (f.redacted ? (
                  <button
                    type="button"
                    className="icon"
                    aria-label={`${t('review.undo')}: ${f.label}`}
                    onClick={() => onUndo(record, f.name)}
                  >
                    ↺
                  </button>
                ) : (
                  <button
                    type="button"
                    className="icon"
                    aria-label={`${t('review.redactField')}: ${f.label}`}
                    onClick={() => onRedact({ recordKind: record.recordKind, recordId: record.recordId, field: f.name, label: f.label })}
                  >
                    ✎
                  </button>
                ))}
            </dd>
          </div>
        ))}
      </dl>
      <p className="record-foot muted small">
        {t('review.purposes')}: {record.purposes.map((p) => p.label).join(', ')} · {t('review.source')}: {record.source.label}
        {record.recipientLines.length > 0 && (
          <>
            {' '}
            · {t('review.recipients')}: {record.recipientLines.join('; ')}
          </>
        )}
        {record.recipientCategories.length > 0 && (
          <>
            {' '}
            · {t('review.recipientCategories')}: {record.recipientCategories.map((c) => c.label).join(', ')}
          </>
        )}
      </p>
    </article>
  );
}

/** Under a legal hold: the normal date the hold suspends, and a flag when that date had passed before the hold began. */
function HoldNote({ retention }: { retention: RecordEntry['retention'] }) {
  const t = useT();
  if (retention.status !== 'hold' || retention.suspendedUntil === undefined) return null;
  return (
    <>
      <span className="retention retention-hold">
        {retention.suspendedUntil
          ? t('review.retention.suspended', { until: retention.suspendedUntil })
          : t('review.retention.suspendedOpen')}
      </span>
      {retention.endedBeforeHold && (
        <span className="badge badge-overdue" role="note">
          {t('review.retention.endedBeforeHold')}
        </span>
      )}
    </>
  );
}
