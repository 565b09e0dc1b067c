import { useEffect, useRef, useState } from 'react';
import type { RedactionReason } from '../../shared/extract/extractModel.ts';
import type { ExtractModel, Language, RecordEntry } from '../../shared/extract/extractModel.ts';
import { recipientLines } from '../../shared/extract/recipients.ts';
import type { ApiError } from '../api.ts';
import { invoke, toApiError } from '../api.ts';
import { AdmInputsTable } from '../components/AdmInputsTable.tsx';
import { CategoryFilter, filterRecords } from '../components/CategoryFilter.tsx';
import { CategoryHeader } from '../components/CategoryHeader.tsx';
import { CategoryNav } from '../components/CategoryNav.tsx';
import { ReviewedMark } from '../components/ReviewedMark.tsx';
import { useReviewMarks } from '../components/useReviewMarks.ts';
import { WithholdCaseButton } from '../components/WithholdCaseButton.tsx';
import { unreviewedCategories } from '../../shared/extract/reviewDecisions.ts';
import { ErrorState, Loading } from '../components/States.tsx';
import { VirtualList } from '../components/VirtualList.tsx';
import { useT } from '../store.ts';
import { useQuery } from '../useQuery.ts';
import { ExtractPreview } from './preview/ExtractPreview.tsx';
import { PdfPreview } from './preview/PdfPreview.tsx';
import { LiftForm } from './LiftForm.tsx';
import { RedactForm } from './RedactForm.tsx';

export interface RedactTarget {
  recordKind: string;
  recordId: string;
  field?: string;
  label: string;
  /** The record's kind and id, and the field's label: the dialog names what it acts on (issue 14.3). */
  recordLabel?: string;
  fieldLabel?: string;
}

/** The extract model of a request by category, with redaction of a field or a whole record (Art. 15(4)). */
export function ExtractReview({ requestId }: { requestId: string }) {
  const t = useT();
  const [version, setVersion] = useState(0);
  const query = useQuery(() => invoke('extract:preview', { requestId }), `${requestId}:${version}`);
  const [last, setLast] = useState<ExtractModel | null>(null);
  const [category, setCategory] = useState<string | null>(null);
  const [target, setTarget] = useState<RedactTarget | null>(null);
  const [liftTarget, setLiftTarget] = useState<RedactTarget | null>(null);
  const [tab, setTab] = useState<'records' | 'decisions' | 'preview'>('records');
  const [error, setError] = useState<ApiError | null>(null);
  // When a dialog closes, focus returns to the control that opened it (now "undo" in the same place), so the
  // next field is one Tab away instead of 28 from the top (issue 14.1; WCAG 2.4.3).
  const opener = useRef<HTMLElement | null>(null);
  const rememberOpener = () => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  };
  useEffect(() => {
    if (target || liftTarget || !opener.current) return;
    if (opener.current.isConnected) opener.current.focus();
    opener.current = null;
  }, [target, liftTarget]);
  const review = useReviewMarks(requestId);
  const [filter, setFilter] = useState({ categoryId: '', query: '' });
  const [notice, setNotice] = useState<string | null>(null);
  const model = query.state === 'ok' ? query.value : last;
  if (query.state === 'ok' && last !== query.value) setLast(query.value);
  if (!model && query.state === 'loading') return <Loading />;
  if (!model && query.state === 'error') return <ErrorState error={query.error} onRetry={query.reload} />;
  if (!model) return null;

  const selected = model.categories.find((c) => c.id === category) ?? model.categories[0];
  const filterQuery = selected && filter.categoryId === selected.id ? filter.query : '';
  const shownRecords = selected ? filterRecords(selected.records, filterQuery) : [];
  const unreviewed = unreviewedCategories(model.categories, review.marks);
  const redact = async (reason: RedactionReason, note: string) => {
    if (!target) return;
    try {
      await invoke('redaction:add', {
        requestId,
        recordKind: target.recordKind,
        recordId: target.recordId,
        ...(target.field ? { field: target.field } : {}),
        reason,
        ...(note ? { note } : {}),
      });
      setTarget(null);
      setVersion((v) => v + 1);
    } catch (e) {
      setError(toApiError(e));
    }
  };
  const remove = async (key: { recordKind: string; recordId: string; field?: string | undefined }, lift?: { reason: string }) => {
    try {
      await invoke('redaction:remove', {
        requestId,
        recordKind: key.recordKind,
        recordId: key.recordId,
        ...(key.field ? { field: key.field } : {}),
        ...(lift ? { reason: lift.reason, confirmed: true } : {}),
      });
      setLiftTarget(null);
      setVersion((v) => v + 1);
    } catch (e) {
      setError(toApiError(e));
    }
  };
  // An automatic withholding is another person's data: lifting it asks for a reason and a confirmation first.
  const undo = async (record: RecordEntry, field?: string) => {
    const automatic = model.withheld.some(
      (w) => w.automatic && w.recordKind === record.recordKind && w.recordId === record.recordId && w.field === (field ?? null),
    );
    if (!automatic) return remove({ recordKind: record.recordKind, recordId: record.recordId, field });
    rememberOpener();
    const label = field ? (record.fields.find((f) => f.name === field)?.label ?? field) : `${record.recordKindLabel} ${record.recordId}`;
    setLiftTarget({ recordKind: record.recordKind, recordId: record.recordId, ...(field ? { field } : {}), label });
  };

  return (
    <>
      <div className="tabs" role="tablist">
        {(['records', 'decisions', 'preview'] as const).map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={tab === name}
            className={tab === name ? 'tab active' : 'tab'}
            onClick={() => setTab(name)}
          >
            {name === 'records'
              ? t('review.categories')
              : name === 'decisions'
                ? `${t('review.automated')} (${model.automatedDecisions.length})`
                : t('review.preview')}
          </button>
        ))}
      </div>
      {error && <ErrorState error={error} />}
      {review.error && <ErrorState error={review.error} />}
      <p className="muted small review-progress" role="status">
        {notice ? `${notice} ` : ''}
        {unreviewed.length === 0
          ? t('review.mark.allReviewed')
          : t('review.mark.unreviewedCount', {
              count: unreviewed.length,
              total: model.categories.filter((c) => c.records.length > 0).length,
            })}
      </p>
      {target && <RedactForm target={target} onCancel={() => setTarget(null)} onSubmit={redact} />}
      {liftTarget && (
        <LiftForm target={liftTarget} onCancel={() => setLiftTarget(null)} onSubmit={(reason) => void remove(liftTarget, { reason })} />
      )}
      {tab === 'records' && (
        <div className="review-layout">
          <CategoryNav
            label={t('review.categories')}
            items={model.categories.map((c) => ({ id: c.id, label: c.label, count: c.records.length }))}
            selectedId={selected?.id}
            onSelect={setCategory}
          />
          {selected && (
            <div className="record-pane">
              <CategoryHeader
                category={selected}
                actions={
                  <div className="category-actions">
                    <ReviewedMark
                      category={selected}
                      mark={review.marks.find((m) => m.categoryId === selected.id)}
                      busy={review.busy}
                      onChange={(reviewed) => void review.setReviewed(selected.id, reviewed)}
                    />
                    <WithholdCaseButton
                      requestId={requestId}
                      records={model.categories.flatMap((c) => c.records)}
                      defaultCaseId={selected.records.find((r) => r.caseId !== null)?.caseId ?? undefined}
                      onDone={(result) => {
                        setNotice(t('review.withholdCase.done', { count: result.count, caseId: result.caseId }));
                        setVersion((v) => v + 1);
                      }}
                    />
                  </div>
                }
              />
              {selected.records.length > 0 && (
                <CategoryFilter
                  categoryLabel={selected.label}
                  query={filterQuery}
                  onQuery={(q) => setFilter({ categoryId: selected.id, query: q })}
                  shown={shownRecords.length}
                  total={selected.records.length}
                />
              )}
              {selected.records.length === 0 ? (
                <p className="muted">{t('review.noRecords')}</p>
              ) : (
                <VirtualList
                  items={shownRecords}
                  estimate={150}
                  label={selected.label}
                  itemKey={(r) => `${r.recordKind}:${r.recordId}`}
                  render={(record) => (
                    <RecordCard
                      record={record}
                      model={model}
                      onRedact={(next) => {
                        rememberOpener();
                        setTarget(next);
                      }}
                      onUndo={undo}
                    />
                  )}
                />
              )}
            </div>
          )}
        </div>
      )}
      {tab === 'decisions' && <DecisionList model={model} />}
      {tab === 'preview' && (
        <PdfPreview requestId={requestId} revision={version}>
          <ExtractPreview model={model} />
        </PdfPreview>
      )}
    </>
  );
}

function RecordCard({
  record,
  model,
  onRedact,
  onUndo,
}: {
  record: RecordEntry;
  model: ExtractModel;
  onRedact: (t: RedactTarget) => void;
  onUndo: (r: RecordEntry, field?: string) => void;
}) {
  const t = useT();
  const language: Language = model.language;
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
        {record.withheld ? (
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
                <AdmInputsTable decision={model.automatedDecisions.find((d) => d.decisionId === record.recordId)} />
              ) : (
                f.display || '—'
              )}
              {!record.withheld &&
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
        {record.recipients.length > 0 && (
          <>
            {' '}
            · {t('review.recipients')}: {recipientLines(record.recipients, language).join('; ')}
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

/** The stored inputs of an automated decision: shown as a table of the variables, across the card (issue 14.3). */
const isAdmInputs = (record: RecordEntry, field: string) => record.recordKind === 'automated_decisions' && field === 'inputs_json';

function DecisionList({ model }: { model: ExtractModel }) {
  const t = useT();
  if (model.automatedDecisions.length === 0) return <p className="muted">{t('common.none')}</p>;
  return (
    <div className="stack">
      {model.automatedDecisions.map((d) => (
        <article key={d.decisionId} className="panel decision">
          <h2>
            {d.outcome.label}{' '}
            <span className="muted small">
              · {d.decidedOn} · {d.caseId}
            </span>
          </h2>
          <dl className="facts">
            <dt>{t('review.automated.logic')}</dt>
            <dd>{d.logic}</dd>
            <dt>{t('review.automated.outcome')}</dt>
            <dd>{d.matchedRule.explanation}</dd>
            <dt>{t('review.automated.consequence')}</dt>
            <dd>{d.consequence}</dd>
            <dt>{t('review.automated.article22')}</dt>
            <dd>{d.article22.explanation}</dd>
          </dl>
          <table className="data-table compact">
            <tbody>
              {d.variables.map((v) => (
                <tr key={v.id}>
                  <th scope="row">{v.label}</th>
                  <td>{v.display}</td>
                  <td className="muted">{v.explanation}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {d.counterfactuals.length > 0 && (
            <ul className="small">
              {d.counterfactuals.map((c) => (
                <li key={c.variableId}>{c.text}</li>
              ))}
            </ul>
          )}
        </article>
      ))}
    </div>
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
