import type { CategoryReview } from '../../shared/extract/reviewDecisions.ts';
import { formatDate } from '../i18n/i18n.ts';
import { useApp, useT } from '../store.ts';

/**
 * The clerk's "reviewed" mark on one data category of the request (issue 14.3): a checkbox, and who
 * marked it on which day. Generating the extract names the categories nobody marked.
 */
export function ReviewedMark({
  category,
  mark,
  busy,
  onChange,
}: {
  category: { id: string; label: string };
  mark: CategoryReview | undefined;
  busy: boolean;
  onChange: (reviewed: boolean) => void;
}) {
  const t = useT();
  const language = useApp((s) => s.language);
  return (
    <div className={mark ? 'reviewed-mark reviewed' : 'reviewed-mark'}>
      <label className="check">
        <input
          type="checkbox"
          checked={mark !== undefined}
          disabled={busy}
          aria-label={t('review.mark.label', { category: category.label })}
          onChange={(e) => onChange(e.target.checked)}
        />
        {t('review.mark.reviewed')}
      </label>
      {mark && <span className="muted small">{t('review.mark.by', { by: mark.by, on: formatDate(language, mark.on) })}</span>}
    </div>
  );
}
