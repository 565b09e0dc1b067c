import type { AutomatedDecisionEntry } from '../../../shared/extract/extractModel.ts';
import { useT } from '../../store.ts';

/** The automated decisions about the person (Art. 15(1)(h), Art. 22): logic, variables and what would have changed them. */
export function DecisionList({ decisions }: { decisions: readonly AutomatedDecisionEntry[] }) {
  const t = useT();
  if (decisions.length === 0) return <p className="muted">{t('common.none')}</p>;
  return (
    <div className="stack">
      {decisions.map((d) => (
        <article key={d.decisionId} className="panel decision">
          <h2>
            {d.outcome.label}{' '}
            <span className="muted small">
              · {d.decidedOn} · {d.caseId}
            </span>
          </h2>
          <dl className="facts">
            <dt>{t('review.automated.logic')}</dt>
            <dd>{d.logic}</dd>
            <dt>{t('review.automated.outcome')}</dt>
            <dd>{d.matchedRule.explanation}</dd>
            <dt>{t('review.automated.consequence')}</dt>
            <dd>{d.consequence}</dd>
            <dt>{t('review.automated.article22')}</dt>
            <dd>{d.article22.explanation}</dd>
          </dl>
          <table className="data-table compact">
            <tbody>
              {d.variables.map((v) => (
                <tr key={v.id}>
                  <th scope="row">{v.label}</th>
                  <td>{v.display}</td>
                  <td className="muted">{v.explanation}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {d.counterfactuals.length > 0 && (
            <ul className="small">
              {d.counterfactuals.map((c) => (
                <li key={c.variableId}>{c.text}</li>
              ))}
            </ul>
          )}
        </article>
      ))}
    </div>
  );
}
