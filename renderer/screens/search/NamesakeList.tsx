import type { SearchGroup } from '../../../shared/ipc/types.ts';
import { formatDate } from '../../i18n/i18n.ts';
import { useApp, useT } from '../../store.ts';

/** Every other entry with this name, with what tells it apart (issue 14.2: all namesakes, not one). */
export function NamesakeList({ group }: { group: SearchGroup }) {
  const t = useT();
  const language = useApp((s) => s.language);
  if (group.namesakeCount === 0) return null;
  return (
    <div className="flag flag-namesake">
      <p>⚠ {group.namesakeCount === 1 ? t('search.namesakesOne') : t('search.namesakesAll', { n: group.namesakeCount })}</p>
      <ul className="namesakes">
        {group.namesakes.map((n) => (
          <li key={n.subjectId}>
            <code>{n.subjectId}</code>
            {n.birthDate && <> · {t('search.born', { date: formatDate(language, n.birthDate) })}</>}
            {n.address && <> · {n.address}</>}
            {' · '}
            {n.caseCount === 1 ? t('search.case') : t('search.cases', { n: n.caseCount })}
          </li>
        ))}
      </ul>
      {group.namesakeCount > group.namesakes.length && (
        <p>{t('search.namesakesMore', { n: group.namesakeCount - group.namesakes.length })}</p>
      )}
    </div>
  );
}
