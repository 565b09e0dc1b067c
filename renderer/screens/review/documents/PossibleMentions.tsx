import type { DocumentMentionDecision, CaseDocument } from '../../../../shared/documents/documentModel.ts';
import type { PossibleMention } from '../../../../shared/documents/requestDocuments.ts';
import { formatDate } from '../../../i18n/i18n.ts';
import type { MessageKey } from '../../../i18n/i18n.ts';
import { useApp, useT } from '../../../store.ts';
import { kindKey } from './documentWords.ts';

/**
 * Documents that name the person without being linked to them (issue 16.3; the EDPB's 2025 report: searches
 * scoped too narrowly). The clerk reads the snippet, may open the document, and adds it to the copy or
 * dismisses it with a reason; dismissed ones stay listed so the decision can be reversed.
 */
export function PossibleMentions({
  mentions,
  dismissed,
  onAdd,
  onDismiss,
  onOpen,
}: {
  mentions: readonly PossibleMention[];
  dismissed: readonly { document: CaseDocument; decision: DocumentMentionDecision }[];
  onAdd: (id: string) => void;
  onDismiss: (id: string) => void;
  onOpen: (id: string) => void;
}) {
  const t = useT();
  const language = useApp((s) => s.language);
  return (
    <>
      <h3 id="mentions-title">{t('documents.mentions.title', { count: mentions.length })}</h3>
      {mentions.length === 0 ? (
        <p className="muted">{t('documents.mentions.none')}</p>
      ) : (
        <ul className="stack mentions" aria-labelledby="mentions-title">
          {mentions.map((m) => (
            <li key={m.document.id} className="panel mention">
              <h4>
                {t(kindKey(m.document))} · {formatDate(language, m.document.date)} · {m.document.fileName}
              </h4>
              <ul className="small">
                {m.matches.map((match, i) => (
                  <li key={i}>
                    <strong>{t(`documents.field.${match.field}` as MessageKey)}</strong> ({t('documents.page', { page: match.page })}):{' '}
                    <q>{match.snippet}</q>
                  </li>
                ))}
              </ul>
              <div className="actions">
                <button type="button" className="primary" onClick={() => onAdd(m.document.id)}>
                  {t('documents.mention.add')}
                </button>
                <button type="button" onClick={() => onDismiss(m.document.id)}>
                  {t('documents.mention.dismiss')}
                </button>
                <button
                  type="button"
                  className="link"
                  onClick={() => onOpen(m.document.id)}
                  aria-label={t('documents.open', { name: m.document.fileName })}
                >
                  {t('documents.openShort')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {dismissed.length > 0 && (
        <details className="dismissed-mentions">
          <summary>{t('documents.dismissed.title', { count: dismissed.length })}</summary>
          <ul>
            {dismissed.map(({ document: d, decision }) => (
              <li key={d.id}>
                {d.fileName}: {t('documents.dismissed.by', { by: decision.decidedBy, on: formatDate(language, decision.decidedOn) })}
                {decision.reason ? ` (${decision.reason})` : ''}{' '}
                <button type="button" className="link" onClick={() => onAdd(d.id)}>
                  {t('documents.mention.addAfterAll')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
