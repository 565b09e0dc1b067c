import { useRef, useState } from 'react';
import type { DocumentPage, DocumentRedaction } from '../../../../shared/documents/documentModel.ts';
import { useT } from '../../../store.ts';
import type { PendingRedaction } from './DocumentViewer.tsx';
import { ImageAreaPicker } from './ImageAreaPicker.tsx';
import type { TextStretch } from './textTargets.ts';
import { occurrences, selectionIn, textSegments } from './textTargets.ts';

/**
 * One page: its image (a scan) where there is one, its text with the withheld stretches marked, and the
 * field to name the words to redact. Selecting words with the mouse fills the field with exactly that
 * stretch; typing words redacts every place they stand on the page (a name often comes back).
 */
export function DocumentPageView({
  page,
  redactions,
  imageSrc,
  canRedact,
  onMark,
}: {
  page: DocumentPage;
  redactions: readonly DocumentRedaction[];
  imageSrc: string | null;
  canRedact: boolean;
  onMark: (pending: PendingRedaction) => void;
}) {
  const t = useT();
  const textRef = useRef<HTMLDivElement>(null);
  const [phrase, setPhrase] = useState('');
  const [selected, setSelected] = useState<TextStretch | null>(null);
  const [problem, setProblem] = useState(false);
  const inputId = `redact-words-${page.page}`;

  const takeSelection = () => {
    if (!textRef.current) return;
    const stretch = selectionIn(textRef.current, window.getSelection());
    if (!stretch) return;
    setSelected(stretch);
    setPhrase(page.text.slice(stretch.start, stretch.end));
    setProblem(false);
  };
  const mark = () => {
    const stretches =
      selected && page.text.slice(selected.start, selected.end) === phrase ? [selected] : occurrences(page.text, phrase.trim());
    if (stretches.length === 0) {
      setProblem(true);
      return;
    }
    onMark({
      page: page.page,
      targets: stretches.map((s) => ({ kind: 'text', page: page.page, start: s.start, end: s.end })),
      description: t('documents.pending.text', { words: phrase.trim(), count: stretches.length, page: page.page }),
    });
  };
  return (
    <article className="document-page stack" aria-labelledby={`doc-page-${page.page}`}>
      <h4 id={`doc-page-${page.page}`}>{t('documents.page', { page: page.page })}</h4>
      {imageSrc && (
        <ImageAreaPicker
          src={imageSrc}
          page={page}
          redactions={redactions}
          alt={t('documents.viewer.scanAlt', { page: page.page })}
          onArea={
            canRedact
              ? (area) =>
                  onMark({
                    page: page.page,
                    targets: [{ kind: 'area', page: page.page, ...area }],
                    description: t('documents.pending.area', { page: page.page }),
                  })
              : undefined
          }
        />
      )}
      <div
        ref={textRef}
        className="page-text"
        role="region"
        aria-label={t('documents.viewer.pageText', { page: page.page })}
        tabIndex={0}
        onMouseUp={canRedact ? takeSelection : undefined}
        onKeyUp={canRedact ? takeSelection : undefined}
      >
        {textSegments(page.text, redactions, page.page).map((s, i) =>
          s.redacted ? (
            <mark key={i} className="redacted-text" title={t('documents.viewer.redacted')}>
              {s.text}
            </mark>
          ) : (
            <span key={i}>{s.text}</span>
          ),
        )}
      </div>
      {canRedact && (
        <form
          className="redact-words"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            mark();
          }}
        >
          <label htmlFor={inputId}>{t('documents.redactWords.label', { page: page.page })}</label>
          <input
            id={inputId}
            value={phrase}
            maxLength={500}
            onChange={(e) => {
              setPhrase(e.target.value);
              setProblem(false);
            }}
            aria-invalid={problem || undefined}
            aria-describedby={problem ? `${inputId}-problem` : undefined}
          />
          <button type="submit" disabled={!phrase.trim()}>
            {t('documents.redactWords.submit')}
          </button>
          {problem && (
            <p id={`${inputId}-problem`} className="field-error" role="alert">
              {t('documents.redactWords.notFound')}
            </p>
          )}
        </form>
      )}
    </article>
  );
}
