import type { AutomatedDecisionEntry, RecordEntry } from '../../../shared/extract/extractModel.ts';
import { AdmInputsTable } from '../../components/AdmInputsTable.tsx';
import type { ReviewRecord } from '../../../shared/extract/reviewPages.ts';
import { useT } from '../../store.ts';
import type { RedactTarget } from './redactTarget.ts';

/** One record of the review with its fields, its retention and its redaction controls (Art. 15(4)). */
/** The stored inputs of an automated decision: shown as a table of the variables, across the card (issue 14.3). */
const isAdmInputs = (record: ReviewRecord, field: string) => record.recordKind === 'automated_decisions' && field === 'inputs_json';

export function RecordCard({
  record,
  decisions,
  onRedact,
  onUndo,
}: {
  record: ReviewRecord;
  /** The person's automated decisions: a decision record's inputs are shown as their labelled table. */
  decisions: readonly AutomatedDecisionEntry[];
  /** Absent when nothing can be redacted (a subject entry reviewed outside a request). */
  onRedact?: ((t: RedactTarget) => void) | undefined;
  onUndo?: ((r: ReviewRecord, field?: string) => void) | undefined;
}) {
  const t = useT();
  const recordLabel = `${record.recordKindLabel} ${record.recordId}`;
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
            onClick={() => onRedact({ recordKind: record.recordKind, recordId: record.recordId, label: recordLabel, recordLabel })}
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
          <div key={f.name} className={`field${f.redacted ? ' redacted' : ''}${isAdmInputs(record, f.name) ? ' wide' : ''}`}>
            <dt>{f.label}</dt>
            <dd>
              {f.redacted ? (
                <span className="redaction">{t('review.redacted', { reason: f.redacted.reasonText })}</span>
              ) : isAdmInputs(record, f.name) ? (
                <AdmInputsTable decision={decisions.find((d) => d.decisionId === record.recordId)} />
              ) : (
                f.display || '—'
              )}
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
                    className="small redact-field"
                    aria-label={`${t('review.redactField')}: ${f.label}`}
                    onClick={() =>
                      onRedact({
                        recordKind: record.recordKind,
                        recordId: record.recordId,
                        field: f.name,
                        label: f.label,
                        recordLabel,
                        fieldLabel: f.label,
                      })
                    }
                  >
                    {t('review.redactFieldButton')}
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
