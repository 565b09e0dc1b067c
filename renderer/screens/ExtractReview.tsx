import { useEffect, useRef, useState } from 'react';
import type { RedactionReason } from '../../shared/extract/extractModel.ts';
import type { ExtractReviewOverview, ReviewPage, ReviewRecord } from '../../shared/extract/reviewPages.ts';
import type { ApiError } from '../api.ts';
import { invoke, toApiError } from '../api.ts';
import { CategoryFilter } from '../components/CategoryFilter.tsx';
import { CategoryHeader } from '../components/CategoryHeader.tsx';
import { CategoryNav } from '../components/CategoryNav.tsx';
import { ReviewedMark } from '../components/ReviewedMark.tsx';
import { useReviewMarks } from '../components/useReviewMarks.ts';
import { WithholdCaseButton } from '../components/WithholdCaseButton.tsx';
import { unreviewedCategories } from '../../shared/extract/reviewDecisions.ts';
import { ErrorState, Loading } from '../components/States.tsx';
import { useT } from '../store.ts';
import { useQuery } from '../useQuery.ts';
import { ExtractPreview } from './preview/ExtractPreview.tsx';
import { PdfPreview } from './preview/PdfPreview.tsx';
import { LiftForm } from './LiftForm.tsx';
import { RedactForm } from './RedactForm.tsx';
import { DecisionList } from './review/DecisionList.tsx';
import { DocumentsSection } from './review/documents/DocumentsSection.tsx';
import { PageNav } from './review/PageNav.tsx';
import { RecordCard } from './review/RecordCard.tsx';
import type { RedactTarget } from './review/redactTarget.ts';
import type { ReviewSource } from './review/useReviewData.ts';
import { useReviewOverview, useReviewPage } from './review/useReviewData.ts';

export type { RedactTarget } from './review/redactTarget.ts';

/**
 * The one review of a person's records (issue 14.3): the extract by category, in the clerk's language,
 * with redaction of a field or a whole record (Art. 15(4)). It loads in parts (issue 14.9): first the
 * categories with their counts, then one page of the chosen category, so a person with thousands of
 * records opens as fast as one with ten. Opened for a subject entry alone (from search, before the
 * person is taken into a request) it shows the same, read only.
 */
export function ExtractReview(props: { requestId: string } | { subjectId: string }) {
  const source: ReviewSource = 'requestId' in props ? { requestId: props.requestId } : { subjectId: props.subjectId };
  const requestId = 'requestId' in source ? source.requestId : undefined;
  const t = useT();
  const [version, setVersion] = useState(0);
  const [category, setCategory] = useState<string | null>(null);
  const [offset, setOffset] = useState(0);
  const [filter, setFilter] = useState('');
  const [target, setTarget] = useState<RedactTarget | null>(null);
  const [liftTarget, setLiftTarget] = useState<RedactTarget | null>(null);
  const [tab, setTab] = useState<'records' | 'decisions' | 'documents' | 'preview'>('records');
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const review = useReviewMarks(requestId);
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

  const overviewQuery = useReviewOverview(source, version);
  const overview = useLatest(overviewQuery.state === 'ok' ? overviewQuery.value : null);
  const selected = overview?.categories.find((c) => c.id === category) ?? overview?.categories[0];
  // Only the opening of the current version may stand in for its first page: after a redaction the old one is stale.
  const opened = overviewQuery.state === 'ok' ? overviewQuery.value.firstPage : undefined;
  const pageQuery = useReviewPage(source, { categoryId: selected?.id, offset, filter }, version, opened);
  const page = useLatest(pageQuery.state === 'ok' ? pageQuery.value : null);

  if (!overview && overviewQuery.state === 'loading') return <Loading />;
  if (!overview && overviewQuery.state === 'error') return <ErrorState error={overviewQuery.error} onRetry={overviewQuery.reload} />;
  if (!overview) return null;

  const choose = (id: string) => {
    setCategory(id);
    setOffset(0);
    setFilter('');
  };
  const redact = async (reason: RedactionReason, note: string) => {
    if (!target || !requestId) return;
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
    if (!requestId) return;
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
  const undo = async (record: ReviewRecord, field?: string) => {
    const automatic = (page?.withheld ?? []).some(
      (w) => w.automatic && w.recordKind === record.recordKind && w.recordId === record.recordId && w.field === (field ?? null),
    );
    if (!automatic) return remove({ recordKind: record.recordKind, recordId: record.recordId, field });
    rememberOpener();
    const label = field ? (record.fields.find((f) => f.name === field)?.label ?? field) : `${record.recordKindLabel} ${record.recordId}`;
    setLiftTarget({ recordKind: record.recordKind, recordId: record.recordId, ...(field ? { field } : {}), label });
  };
  const openRedact = (next: RedactTarget) => {
    rememberOpener();
    setTarget(next);
  };
  // Unreviewed categories: only those with records count (an empty category has nothing to review).
  const unreviewed = unreviewedCategories(
    overview.categories.map((c) => ({ id: c.id, label: c.label, records: { length: c.recordCount } as readonly unknown[] })),
    review.marks,
  );
  const tabs = requestId ? (['records', 'decisions', 'documents', 'preview'] as const) : (['records', 'decisions'] as const);

  return (
    <>
      <div className="tabs" role="tablist">
        {tabs.map((name) => (
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
                ? `${t('review.automated')} (${overview.automatedDecisions.length})`
                : name === 'documents'
                  ? t('review.documents')
                  : t('review.preview')}
          </button>
        ))}
      </div>
      {!requestId && <p className="muted">{t('review.subjectOnly')}</p>}
      {error && <ErrorState error={error} />}
      {requestId && review.error && <ErrorState error={review.error} />}
      {requestId && (
        <p className="muted small review-progress" role="status">
          {notice ? `${notice} ` : ''}
          {unreviewed.length === 0
            ? t('review.mark.allReviewed')
            : t('review.mark.unreviewedCount', {
                count: unreviewed.length,
                total: overview.categories.filter((c) => c.recordCount > 0).length,
              })}
        </p>
      )}
      {target && <RedactForm target={target} onCancel={() => setTarget(null)} onSubmit={redact} />}
      {liftTarget && (
        <LiftForm target={liftTarget} onCancel={() => setLiftTarget(null)} onSubmit={(reason) => void remove(liftTarget, { reason })} />
      )}
      {tab === 'records' && (
        <div className="review-layout">
          <CategoryNav
            label={t('review.categories')}
            items={overview.categories.map((c) => ({ id: c.id, label: c.label, count: c.recordCount }))}
            selectedId={selected?.id}
            onSelect={choose}
          />
          {selected && (
            <div className="record-pane">
              <CategoryHeader
                category={selected}
                actions={
                  requestId && (
                    <div className="category-actions">
                      <ReviewedMark
                        category={selected}
                        mark={review.marks.find((m) => m.categoryId === selected.id)}
                        busy={review.busy}
                        onChange={(reviewed) => void review.setReviewed(selected.id, reviewed)}
                      />
                      <WithholdCaseButton
                        requestId={requestId}
                        cases={overview.cases}
                        defaultCaseId={
                          page?.categoryId === selected.id ? (page.records.find((r) => r.caseId !== null)?.caseId ?? undefined) : undefined
                        }
                        onDone={(result) => {
                          setNotice(t('review.withholdCase.done', { count: result.count, caseId: result.caseId }));
                          setVersion((v) => v + 1);
                        }}
                      />
                    </div>
                  )
                }
              />
              {selected.recordCount > 0 && (
                <CategoryFilter
                  categoryLabel={selected.label}
                  query={filter}
                  onQuery={(q) => {
                    setFilter(q);
                    setOffset(0);
                  }}
                  shown={page?.categoryId === selected.id ? page.total : selected.recordCount}
                  total={selected.recordCount}
                />
              )}
              <CategoryRecords
                overview={overview}
                page={page?.categoryId === selected.id ? page : null}
                failed={pageQuery.state === 'error' ? { error: pageQuery.error, retry: pageQuery.reload } : null}
                onOffset={setOffset}
                {...(requestId ? { onRedact: openRedact, onUndo: undo } : {})}
              />
            </div>
          )}
        </div>
      )}
      {tab === 'decisions' && <DecisionList decisions={overview.automatedDecisions} />}
      {tab === 'documents' && requestId && <DocumentsSection requestId={requestId} />}
      {tab === 'preview' && requestId && <WholePreview requestId={requestId} revision={version} />}
    </>
  );
}

/** The records of the page shown, in the category chosen; the page's place in the category above and below them. */
function CategoryRecords({
  overview,
  page,
  failed,
  onOffset,
  onRedact,
  onUndo,
}: {
  overview: ExtractReviewOverview;
  page: ReviewPage | null;
  failed: { error: ApiError; retry: () => void } | null;
  onOffset: (offset: number) => void;
  onRedact?: (target: RedactTarget) => void;
  onUndo?: (record: ReviewRecord, field?: string) => void;
}) {
  const t = useT();
  if (failed && !page) return <ErrorState error={failed.error} onRetry={failed.retry} />;
  if (!page) return <Loading />;
  if (page.categoryCount === 0) return <p className="muted">{t('review.noRecords')}</p>;
  return (
    <>
      <PageNav page={page} onOffset={onOffset} />
      <ul className="record-list" aria-label={overview.categories.find((c) => c.id === page.categoryId)?.label}>
        {page.records.map((record) => (
          <li key={`${record.recordKind}:${record.recordId}`}>
            <RecordCard record={record} decisions={overview.automatedDecisions} onRedact={onRedact} onUndo={onUndo} />
          </li>
        ))}
      </ul>
      {page.records.length > 10 && <PageNav page={page} onOffset={onOffset} announce={false} />}
    </>
  );
}

/** The whole extract as the person will read it: only here, on request, does the window hold all of it. */
function WholePreview({ requestId, revision }: { requestId: string; revision: number }) {
  const query = useQuery(() => invoke('extract:preview', { requestId }), `${requestId}:${revision}`);
  if (query.state === 'loading') return <Loading />;
  if (query.state === 'error') return <ErrorState error={query.error} onRetry={query.reload} />;
  // The pages as they will be signed (issue 14.4), with the text version beside them for screen readers.
  return (
    <PdfPreview requestId={requestId} revision={revision}>
      <ExtractPreview model={query.value} />
    </PdfPreview>
  );
}

/** The last value that arrived, kept while the next one loads, so a page or a redaction does not blank the screen. */
function useLatest<T>(value: T | null): T | null {
  const [last, setLast] = useState<T | null>(value);
  if (value !== null && value !== last) setLast(value);
  return value ?? last;
}
