import type { ReactNode } from 'react';
import type { CategorySection } from '../../shared/extract/extractModel.ts';
import { useT } from '../store.ts';

/**
 * What Art. 15(1) asks per data category, above its records: purposes with their legal bases (a),
 * recipients (c), retention (d) and source (g). The core gives every category its purposes and source
 * (shared/extract/categories.ts, also when all its records are withheld); an empty list still reads as
 * words here, never as a blank. `actions` holds the category's controls (reviewed mark, withhold a case).
 */
export function CategoryHeader({ category, actions }: { category: Omit<CategorySection, 'records'>; actions?: ReactNode }) {
  const t = useT();
  const orNone = (items: string[], none: string) => (items.length > 0 ? items.join('; ') : none);
  return (
    <div className="category-facts">
      <div className="category-head">
        <h2>{category.label}</h2>
        {actions}
      </div>
      <p className="muted">{category.description}</p>
      <dl className="facts">
        <dt>{t('review.purposes')}</dt>
        <dd>
          {orNone(
            category.purposes.map((p) => `${p.label} (${p.legalBases.map((b) => b.article).join(', ')})`),
            t('review.notRecorded'),
          )}
        </dd>
        <dt>{t('review.source')}</dt>
        <dd>
          {orNone(
            category.sources.map((s) => s.label),
            t('review.notRecorded'),
          )}
        </dd>
        <dt>{t('review.recipients')}</dt>
        <dd>
          {orNone(
            category.recipientCategories.map((r) => r.label),
            t('common.none'),
          )}
        </dd>
        <dt>{t('review.retention')}</dt>
        <dd>
          {orNone(
            category.retentionRules.map((r) => r.label),
            t('review.notRecorded'),
          )}
        </dd>
      </dl>
    </div>
  );
}
