import { useState } from 'react';
import type { RedactionReason } from '../../shared/extract/extractModel.ts';
import { ModalDialog } from '../components/ModalDialog.tsx';
import { reasonComplete, RedactionReasonFields } from '../components/RedactionReasonFields.tsx';
import { useT } from '../store.ts';
import type { RedactTarget } from './ExtractReview.tsx';

/**
 * Asks why something is withheld: the reason goes to the person with the extract (Art. 15(4)). The
 * dialog names the record and the field it acts on, so the clerk sees what they are about to hide;
 * "Other reason" needs a note (the core refuses it without one too: redaction.note-required).
 */
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
  const [tried, setTried] = useState(false);
  return (
    <ModalDialog titleId="redact-title" onClose={onCancel} className="redact-form">
      <form
        className="stack"
        // Our own check says what is missing, in the clerk's language, beside the field (not the browser's bubble).
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          if (reasonComplete(reason, note)) onSubmit(reason, note.trim());
        }}
      >
        <h2 id="redact-title">{target.field ? t('review.redactField') : t('review.redactRecord')}</h2>
        <dl className="facts redact-target">
          <dt>{t('review.redactDialog.record')}</dt>
          <dd>{target.recordLabel ?? target.label}</dd>
          <dt>{t('review.redactDialog.field')}</dt>
          <dd>{target.field ? (target.fieldLabel ?? target.label) : t('review.redactDialog.wholeRecord')}</dd>
        </dl>
        <RedactionReasonFields idPrefix="redact" reason={reason} note={note} onReason={setReason} onNote={setNote} showMissing={tried} />
        <div className="actions">
          <button type="submit" className="primary">
            {t('review.redact')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
