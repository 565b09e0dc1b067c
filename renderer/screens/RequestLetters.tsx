import { useEffect, useRef, useState } from 'react';
import type { RequestDetail, RequestLetter } from '../../shared/ipc/types.ts';
import { errorMessage } from '../../shared/errors/errorMessages.ts';
import { freeParagraphMaxLength } from '../../shared/letters/letterModel.ts';
import type { ApiError } from '../api.ts';
import { invoke, toApiError } from '../api.ts';
import { NextStep } from '../components/States.tsx';
import { formatDate } from '../i18n/i18n.ts';
import { useApp, useT } from '../store.ts';

interface LettersProps {
  r: RequestDetail;
  onUpdated: (detail: RequestDetail) => void;
  onError: (error: ApiError | null) => void;
}

/**
 * The letters of a request (issue 14.8): each one can be printed (the OS print of the letter view) and
 * saved as a PDF (made by the core, recorded with its SHA-256). Before that the clerk may write one free
 * paragraph; saving or printing fixes the letter, after which the text shown is the fixed one.
 */
export function RequestLetters({ r, onUpdated, onError }: LettersProps) {
  const t = useT();
  const language = useApp((s) => s.language);
  const [printing, setPrinting] = useState<RequestLetter | null>(null);
  return (
    <section aria-labelledby="letters-title" className="panel">
      <h2 id="letters-title">{t('request.letters')}</h2>
      {r.letters.length === 0 && <p className="muted">{t('common.none')}</p>}
      {r.letters.map((letter) => (
        <LetterCard key={letter.id} r={r} letter={letter} onUpdated={onUpdated} onError={onError} onPrint={setPrinting} />
      ))}
      {r.unavailableLetters.length > 0 && (
        <div role="note">
          <h3>{t('request.letters.unavailable')}</h3>
          {r.unavailableLetters.map((u) => (
            <p key={u.id} className="muted">
              {errorMessage(u.code, u.params, language)} <NextStep code={u.code} />
            </p>
          ))}
        </div>
      )}
      {printing && <PrintView requestId={r.id} letter={printing} onClose={() => setPrinting(null)} onError={onError} />}
    </section>
  );
}

function LetterCard({
  r,
  letter,
  onUpdated,
  onError,
  onPrint,
}: LettersProps & { letter: RequestLetter; onPrint: (letter: RequestLetter) => void }) {
  const t = useT();
  const language = useApp((s) => s.language);
  const [paragraph, setParagraph] = useState('');
  const [saved, setSaved] = useState<{ fileName: string; sha256: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const fixed = letter.fixed ?? null;
  const paragraphId = `letter-${letter.id.replace(/[^A-Za-z0-9-]/g, '-')}-paragraph`;
  const input = { requestId: r.id, letterId: letter.id, ...(!fixed && paragraph.trim() ? { freeParagraph: paragraph.trim() } : {}) };
  const run = async (work: () => Promise<void>) => {
    onError(null);
    setBusy(true);
    try {
      await work();
    } catch (e) {
      onError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };
  const savePdf = () =>
    run(async () => {
      const result = await invoke('letter:savePdf', input);
      setSaved({ fileName: result.fileName, sha256: result.sha256 });
      onUpdated(result.detail);
    });
  const print = () =>
    run(async () => {
      // Fix first, so the view that is printed shows the fixed text (with the free paragraph).
      const detail = await invoke('letter:fix', input);
      onUpdated(detail);
      const fixedLetter = detail.letters.find((l) => l.id === letter.id);
      if (fixedLetter) onPrint(fixedLetter);
    });
  return (
    <details className="letter">
      <summary>
        {letter.title}
        {letter.warnings.length > 0 && <strong className="warning"> · {t('request.letters.check')}</strong>}
      </summary>
      {letter.warnings.length > 0 && (
        <div role="note" className="warning">
          <strong>{t('request.letters.check')}:</strong>
          {letter.warnings.map((w) => (
            <p key={w.code}>
              {errorMessage(w.code, w.params, language)} <NextStep code={w.code} />
            </p>
          ))}
        </div>
      )}
      <pre>{letter.body}</pre>
      {fixed ? (
        <p className="muted small">{t('request.letters.fixed', { date: formatDate(language, fixed.on), by: fixed.by })}</p>
      ) : (
        <label className="free-paragraph">
          {t('request.letters.freeParagraph')}
          <textarea
            id={paragraphId}
            rows={3}
            maxLength={freeParagraphMaxLength}
            value={paragraph}
            aria-describedby={`${paragraphId}-help`}
            onChange={(e) => setParagraph(e.target.value)}
          />
          <span id={`${paragraphId}-help`} className="muted small">
            {t('request.letters.freeParagraph.help')}
          </span>
        </label>
      )}
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => void print()}>
          {t('request.letters.print')}
        </button>
        <button type="button" disabled={busy} onClick={() => void savePdf()}>
          {t('request.letters.savePdf')}
        </button>
      </div>
      {saved && (
        <p role="status" className="small">
          {t('request.letters.saved', { name: saved.fileName, sha256: saved.sha256.slice(0, 16) + '…' })}
        </p>
      )}
    </details>
  );
}

/**
 * The letter view the OS prints: the print style sheet shows this alone (styles.css, @media print). A
 * region on the page, not a modal dialog: nothing is asked of the clerk here, and the OS print dialog
 * that follows is modal itself. Focus moves to its Close button, and Escape closes it.
 */
function PrintView({
  requestId,
  letter,
  onClose,
  onError,
}: {
  requestId: string;
  letter: RequestLetter;
  onClose: () => void;
  onError: (error: ApiError | null) => void;
}) {
  const t = useT();
  const asked = useRef(false);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    close.current?.focus();
    // Asked once the view is on screen (once: StrictMode runs effects twice): the main process prints the window as it stands.
    if (asked.current) return;
    asked.current = true;
    invoke('letter:print', { requestId, letterId: letter.id }).catch((e: unknown) => onError(toApiError(e)));
  }, [requestId, letter.id, onError]);
  return (
    <section
      className="print-letter panel"
      aria-labelledby="print-letter-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <h2 id="print-letter-title" className="no-print">
        {t('request.letters.printing')}
      </h2>
      <pre className="letter-print-body">{letter.body}</pre>
      <div className="actions no-print">
        <button type="button" ref={close} onClick={onClose}>
          {t('request.letters.closePrint')}
        </button>
      </div>
    </section>
  );
}
