import { useState } from 'react';
import type { RedactionReason } from '../../../../shared/extract/extractModel.ts';
import { ModalDialog } from '../../../components/ModalDialog.tsx';
import { reasonComplete, RedactionReasonFields } from '../../../components/RedactionReasonFields.tsx';
import { useT } from '../../../store.ts';
import type { PendingRedaction } from './DocumentViewer.tsx';

/** Why the marked words or area are withheld (Art. 15(4)); the person reads the reason in the list of what was withheld. */
export function DocumentRedactDialog({
  pending,
  onCancel,
  onSubmit,
}: {
  pending: PendingRedaction;
  onCancel: () => void;
  onSubmit: (reason: RedactionReason, note: string) => void;
}) {
  const t = useT();
  const [reason, setReason] = useState<RedactionReason>('third-party-data');
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  return (
    <ModalDialog titleId="doc-redact-title" onClose={onCancel} className="redact-form">
      <form
        className="stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          if (reasonComplete(reason, note)) onSubmit(reason, note.trim());
        }}
      >
        <h2 id="doc-redact-title">{t('documents.redact.title')}</h2>
        <p className="redact-target">{pending.description}</p>
        <RedactionReasonFields
          idPrefix="doc-redact"
          reason={reason}
          note={note}
          onReason={setReason}
          onNote={setNote}
          showMissing={tried}
        />
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
