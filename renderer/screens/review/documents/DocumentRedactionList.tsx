import type { DocumentPage, DocumentRedaction } from '../../../../shared/documents/documentModel.ts';
import type { MessageKey } from '../../../i18n/i18n.ts';
import { formatDate } from '../../../i18n/i18n.ts';
import { useApp, useT } from '../../../store.ts';

/** What this request withholds inside the document, with the reason, each with a way to lift it. */
export function DocumentRedactionList({
  redactions,
  pages,
  onLift,
}: {
  redactions: readonly DocumentRedaction[];
  pages: readonly DocumentPage[];
  onLift: ((id: number) => void) | undefined;
}) {
  const t = useT();
  const language = useApp((s) => s.language);
  if (redactions.length === 0) return <p className="muted">{t('documents.redactions.none')}</p>;
  const what = (r: DocumentRedaction) => {
    if (r.target.kind === 'area') return t('documents.redactions.area', { page: r.target.page });
    const { start, end, page } = r.target;
    const text = pages.find((p) => p.page === page)?.text.slice(start, end) ?? '';
    return t('documents.redactions.text', { page, words: text });
  };
  return (
    <>
      <h4 id="doc-redactions-title">{t('documents.redactions.title', { count: redactions.length })}</h4>
      <ul className="document-redactions" aria-labelledby="doc-redactions-title">
        {redactions.map((r) => (
          <li key={r.id}>
            {what(r)} — {t(`reason.${r.reason}` as MessageKey)}
            {r.note ? ` (${r.note})` : ''}{' '}
            <span className="muted small">{t('documents.redactions.by', { by: r.by, on: formatDate(language, r.on) })}</span>{' '}
            {onLift && (
              <button
                type="button"
                className="link"
                onClick={() => onLift(r.id)}
                aria-label={t('documents.redactions.liftLabel', { what: what(r) })}
              >
                {t('documents.redactions.lift')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
