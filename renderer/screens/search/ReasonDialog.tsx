import { useState } from 'react';
import type { SearchGroup } from '../../../shared/ipc/types.ts';
import { ModalDialog } from '../../components/ModalDialog.tsx';
import { useT } from '../../store.ts';

/**
 * "Not this person" and "Unlink": both are decisions about who the request is about, so both need a
 * reason, which stays with the request (domain.md § matching) while the audit log records that it was given.
 */
export function ReasonDialog({
  kind,
  group,
  onCancel,
  onSubmit,
}: {
  kind: 'reject' | 'unlink';
  group: SearchGroup;
  onCancel: () => void;
  onSubmit: (reason: string) => void;
}) {
  const t = useT();
  const [reason, setReason] = useState('');
  const titleId = `${kind}-dialog-title`;
  return (
    <ModalDialog titleId={titleId} onClose={onCancel}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (reason.trim()) onSubmit(reason.trim());
        }}
      >
        <h2 id={titleId}>{t(`search.${kind}.title`, { name: group.displayName })}</h2>
        <p className="muted small">
          <code>{group.subjectId}</code> · {t(`search.${kind}.help`)}
        </p>
        <label>
          {t('search.reason')}
          <input
            data-autofocus
            required
            maxLength={500}
            value={reason}
            placeholder={t(`search.${kind}.placeholder`)}
            onChange={(e) => setReason(e.target.value)}
          />
        </label>
        <div className="actions">
          <button type="submit" className="primary" disabled={!reason.trim()}>
            {t(`search.${kind}.submit`)}
          </button>
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
