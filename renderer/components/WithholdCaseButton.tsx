import { useState } from 'react';
import type { RedactionReason } from '../../shared/extract/extractModel.ts';
import type { WithheldCase } from '../../shared/extract/reviewDecisions.ts';
import type { ApiError } from '../api.ts';
import { invoke, toApiError } from '../api.ts';
import { useT } from '../store.ts';
import { ModalDialog } from './ModalDialog.tsx';
import { reasonComplete, RedactionReasonFields } from './RedactionReasonFields.tsx';
import { ErrorState } from './States.tsx';

/**
 * Withholds every record of one case at once (Art. 15(4), issue 14.3): one choice of case, one reason,
 * one call to the core, which records one audit entry with the count. Each record can be undone later.
 */
export function WithholdCaseButton({
  requestId,
  cases,
  defaultCaseId,
  onDone,
}: {
  requestId: string;
  /** The cases the copy holds records of, with how many (the review's overview). */
  cases: readonly { caseId: string; count: number }[];
  defaultCaseId: string | undefined;
  onDone: (result: WithheldCase) => void;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [caseId, setCaseId] = useState('');
  const [reason, setReason] = useState<RedactionReason>('legal-privilege');
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  if (cases.length === 0) return null;
  const show = () => {
    setCaseId(defaultCaseId && cases.some((c) => c.caseId === defaultCaseId) ? defaultCaseId : cases[0]!.caseId);
    setReason('legal-privilege');
    setNote('');
    setTried(false);
    setError(null);
    setOpen(true);
  };
  const submit = async () => {
    setTried(true);
    if (!reasonComplete(reason, note)) return;
    try {
      const result = await invoke('redaction:withholdCase', { requestId, caseId, reason, ...(note.trim() ? { note: note.trim() } : {}) });
      setOpen(false);
      onDone(result);
    } catch (e) {
      setError(toApiError(e));
    }
  };
  return (
    <>
      <button type="button" className="small" onClick={show}>
        {t('review.withholdCase.open')}
      </button>
      {open && (
        <ModalDialog titleId="withhold-case-title" onClose={() => setOpen(false)} className="redact-form">
          <form
            className="stack"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
          >
            <h2 id="withhold-case-title">{t('review.withholdCase.title')}</h2>
            <p>{t('review.withholdCase.intro')}</p>
            <label>
              {t('review.withholdCase.case')}
              <select data-autofocus value={caseId} onChange={(e) => setCaseId(e.target.value)}>
                {cases.map((c) => (
                  <option key={c.caseId} value={c.caseId}>
                    {t('review.withholdCase.caseOption', { caseId: c.caseId, count: c.count })}
                  </option>
                ))}
              </select>
            </label>
            <RedactionReasonFields
              idPrefix="withhold-case"
              reason={reason}
              note={note}
              onReason={setReason}
              onNote={setNote}
              showMissing={tried}
              autofocus={false}
            />
            {error && <ErrorState error={error} />}
            <div className="actions">
              <button type="submit" className="primary">
                {t('review.withholdCase.submit')}
              </button>
              <button type="button" onClick={() => setOpen(false)}>
                {t('common.cancel')}
              </button>
            </div>
          </form>
        </ModalDialog>
      )}
    </>
  );
}
