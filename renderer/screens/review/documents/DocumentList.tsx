import type { RequestDocument } from '../../../../shared/documents/requestDocuments.ts';
import { formatDate } from '../../../i18n/i18n.ts';
import { useApp, useT } from '../../../store.ts';
import { directionKey, kindKey, readAdviceKey, readStatusKey } from './documentWords.ts';

/**
 * The documents of the copy: kind, date, direction, from/to, whether their text could be read. A document
 * that could not be read is listed with the reason and what to do (issue 16.2: never silently skipped).
 */
export function DocumentList({
  documents,
  onOpen,
  openId,
}: {
  documents: readonly RequestDocument[];
  onOpen: (id: string) => void;
  openId: string | null;
}) {
  const t = useT();
  const language = useApp((s) => s.language);
  if (documents.length === 0) return <p className="muted">{t('documents.none')}</p>;
  const unread = documents.filter((d) => d.reading.status !== 'read');
  return (
    <>
      {unread.length > 0 && (
        <div className="notice warning" role="note" aria-labelledby="documents-unread-title">
          <h3 id="documents-unread-title">{t('documents.unread.title', { count: unread.length })}</h3>
          <ul>
            {unread.map((d) => {
              const advice = readAdviceKey(d.reading);
              return (
                <li key={d.document.id}>
                  <strong>{d.document.fileName}</strong>: {t(readStatusKey(d.reading))}
                  {advice ? ` — ${t(advice)}` : ''}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      <table className="data-table documents-table">
        <caption className="visually-hidden">{t('documents.inCopy')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('documents.col.document')}</th>
            <th scope="col">{t('documents.col.date')}</th>
            <th scope="col">{t('documents.col.direction')}</th>
            <th scope="col">{t('documents.col.fromTo')}</th>
            <th scope="col">{t('documents.col.status')}</th>
            <th scope="col">{t('documents.col.redactions')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('documents.col.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {documents.map(({ document: d, reading, link, redactionCount }) => (
            <tr key={d.id} aria-current={openId === d.id || undefined}>
              <th scope="row">
                {t(kindKey(d))}
                {d.title ? `: ${d.title}` : ''}
                <div className="muted small">
                  {d.fileName}
                  {link === 'mention-added' ? ` · ${t('documents.link.mention-added')}` : ''}
                </div>
              </th>
              <td>{formatDate(language, d.date)}</td>
              <td>{t(directionKey(d))}</td>
              <td>
                {d.sender ?? '—'} → {d.recipient ?? '—'}
              </td>
              <td>{t(readStatusKey(reading))}</td>
              <td>{redactionCount}</td>
              <td>
                <button type="button" onClick={() => onOpen(d.id)} aria-label={t('documents.open', { name: d.fileName })}>
                  {t('documents.openShort')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
