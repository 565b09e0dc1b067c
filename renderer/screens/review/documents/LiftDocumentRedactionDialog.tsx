import { useState } from 'react';
import { ModalDialog } from '../../../components/ModalDialog.tsx';
import { useT } from '../../../store.ts';

/** Lifting discloses what was withheld: the reason is required and kept on the request's file. */
export function LiftDocumentRedactionDialog({ onCancel, onSubmit }: { onCancel: () => void; onSubmit: (reason: string) => void }) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const missing = tried && !reason.trim();
  return (
    <ModalDialog titleId="doc-lift-title" onClose={onCancel}>
      <form
        className="stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          if (reason.trim()) onSubmit(reason.trim());
        }}
      >
        <h2 id="doc-lift-title">{t('documents.lift.title')}</h2>
        <label>
          {t('documents.lift.reason')}
          <input
            data-autofocus
            value={reason}
            maxLength={500}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={missing || undefined}
            aria-describedby={missing ? 'doc-lift-missing' : undefined}
          />
        </label>
        {missing && (
          <p id="doc-lift-missing" className="field-error" role="alert">
            {t('documents.lift.missing')}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary">
            {t('documents.lift.submit')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
