import type { ReviewCategory } from '../../../shared/extract/reviewPages.ts';
import { useT } from '../../store.ts';

/** The register's facts about a category (Art. 15(1)(a)–(d), (g)): what it is, why, from where, to whom, how long. */
export function CategoryFacts({ category }: { category: ReviewCategory }) {
  const t = useT();
  return (
    <div className="category-facts">
      <h2>{category.label}</h2>
      <p className="muted">{category.description}</p>
      <dl className="facts">
        <dt>{t('review.purposes')}</dt>
        <dd>{category.purposes.map((p) => `${p.label} (${p.legalBases.map((b) => b.article).join(', ')})`).join('; ')}</dd>
        <dt>{t('review.source')}</dt>
        <dd>{category.sources.map((s) => s.label).join('; ')}</dd>
        <dt>{t('review.recipients')}</dt>
        <dd>{category.recipientCategories.map((r) => r.label).join('; ') || t('common.none')}</dd>
        <dt>{t('review.retention')}</dt>
        <dd>{category.retentionRules.map((r) => r.label).join('; ')}</dd>
      </dl>
    </div>
  );
}
