import { useState } from 'react';
import type { RedactionReason } from '../../shared/extract/extractModel.ts';
import { redactionReasonSchema } from '../../shared/extract/extractModel.ts';
import { useT } from '../store.ts';
import type { RedactTarget } from './ExtractReview.tsx';

/** Asks why something is withheld: the reason goes to the person with the extract (Art. 15(4)). */
export function RedactForm({
  target,
  onCancel,
  onSubmit,
}: {
  target: RedactTarget;
  onCancel: () => void;
  onSubmit: (reason: RedactionReason, note: string) => void;
}) {
  const t = useT();
  const [reason, setReason] = useState<RedactionReason>('third-party-data');
  const [note, setNote] = useState('');
  return (
    // role="dialog" on a <form> is not allowed (axe aria-allowed-role): the dialog wraps the form.
    <div className="panel redact-form" role="dialog" aria-labelledby="redact-title">
      <form
        onKeyDown={(e) => e.key === 'Escape' && onCancel()}
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit(reason, note.trim());
        }}
      >
        <h2 id="redact-title">
          {target.field ? t('review.redactField') : t('review.redactRecord')}: {target.label}
        </h2>
        <label>
          {t('review.reason')}
          <select autoFocus value={reason} onChange={(e) => setReason(e.target.value as RedactionReason)}>
            {redactionReasonSchema.options.map((r) => (
              <option key={r} value={r}>
                {t(`reason.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('review.note')}
          <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} />
        </label>
        <div className="actions">
          <button type="submit" className="primary">
            {t('review.redact')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
