import { useState } from 'react';
import { ModalDialog } from '../components/ModalDialog.tsx';
import { useT } from '../store.ts';
import type { RedactTarget } from './ExtractReview.tsx';

/**
 * Lifting an automatic withholding discloses another person's data (Art. 15(4) GDPR): the clerk gives
 * the reason, which is recorded and printed in the extract, and confirms it. Without both, nothing is sent.
 */
export function LiftForm({
  target,
  onCancel,
  onSubmit,
}: {
  target: RedactTarget;
  onCancel: () => void;
  onSubmit: (reason: string) => void;
}) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const ready = reason.trim() !== '' && confirmed;
  return (
    <ModalDialog titleId="lift-title" onClose={onCancel} className="redact-form">
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) onSubmit(reason.trim());
        }}
      >
        <h2 id="lift-title">{t('review.lift.title', { label: target.label })}</h2>
        <p>{t('review.lift.intro')}</p>
        <label>
          {t('review.lift.reason')}
          <textarea data-autofocus required value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} rows={3} />
        </label>
        <label className="check">
          <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
          {t('review.lift.confirm')}
        </label>
        <div className="actions">
          <button type="submit" className="primary" disabled={!ready}>
            {t('review.lift.submit')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
