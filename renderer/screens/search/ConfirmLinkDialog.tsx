import type { SearchGroup } from '../../../shared/ipc/types.ts';
import { ModalDialog } from '../../components/ModalDialog.tsx';
import { formatDate } from '../../i18n/i18n.ts';
import { useApp, useT } from '../../store.ts';
import { NamesakeList } from './NamesakeList.tsx';

/**
 * Linking an entry that shares its name with others, or that was recorded as not this person, is
 * confirmed with the facts that tell them apart on screen: a wrong match discloses one person's data to
 * another (Art. 5(1)(f) GDPR, domain.md §8).
 */
export function ConfirmLinkDialog({
  group,
  dismissedReason,
  onCancel,
  onConfirm,
}: {
  group: SearchGroup;
  dismissedReason: string | null;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const t = useT();
  const language = useApp((s) => s.language);
  return (
    <ModalDialog titleId="confirm-link-title" onClose={onCancel}>
      <h2 id="confirm-link-title">{t('search.confirm.title', { name: group.displayName })}</h2>
      <p>
        <code>{group.subjectId}</code>
        {group.birthDate && <> · {t('search.born', { date: formatDate(language, group.birthDate) })}</>}
        {group.address && <> · {group.address}</>}
      </p>
      {dismissedReason !== null && <p className="flag flag-dismissed">{t('search.confirm.dismissed', { reason: dismissedReason })}</p>}
      {group.namesakeCount > 0 && (
        <>
          <p>{t('search.confirm.namesakes')}</p>
          <NamesakeList group={group} />
        </>
      )}
      <div className="actions">
        <button type="button" className="primary" data-autofocus onClick={onConfirm}>
          {t('search.confirm.submit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}
