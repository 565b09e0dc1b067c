import { useState } from 'react';
import { ModalDialog } from '../../../components/ModalDialog.tsx';
import { useT } from '../../../store.ts';

/** "Not about this person": the reason is required and kept with the decision (the core refuses it without one). */
export function DismissDialog({
  documentId,
  onCancel,
  onSubmit,
}: {
  documentId: string;
  onCancel: () => void;
  onSubmit: (reason: string) => void;
}) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const missing = tried && !reason.trim();
  return (
    <ModalDialog titleId="dismiss-title" onClose={onCancel}>
      <form
        className="stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          if (reason.trim()) onSubmit(reason.trim());
        }}
      >
        <h2 id="dismiss-title">{t('documents.dismiss.title', { id: documentId })}</h2>
        <label>
          {t('documents.dismiss.reason')}
          <input
            data-autofocus
            value={reason}
            maxLength={500}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={missing || undefined}
            aria-describedby={missing ? 'dismiss-missing' : undefined}
          />
        </label>
        {missing && (
          <p id="dismiss-missing" className="field-error" role="alert">
            {t('documents.dismiss.missing')}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary">
            {t('documents.mention.dismiss')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
