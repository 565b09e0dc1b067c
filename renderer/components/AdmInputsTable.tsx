import type { AutomatedDecisionEntry } from '../../shared/extract/extractModel.ts';
import { useT } from '../store.ts';

/**
 * The data an automated decision used (Art. 15(1)(h)), as a table with the register's label, the value
 * as the person reads it and what it means — never the stored JSON (issue 14.3). The labels come from
 * the extract model, in the language the person receives; the headers are in the clerk's.
 */
export function AdmInputsTable({ decision }: { decision: AutomatedDecisionEntry | undefined }) {
  const t = useT();
  if (!decision || decision.variables.length === 0) return <span className="muted">{t('review.adm.unavailable')}</span>;
  return (
    <table className="data-table compact adm-inputs">
      <thead>
        <tr>
          <th scope="col">{t('review.adm.variable')}</th>
          <th scope="col">{t('review.adm.value')}</th>
          <th scope="col">{t('review.adm.meaning')}</th>
        </tr>
      </thead>
      <tbody>
        {decision.variables.map((v) => (
          <tr key={v.id}>
            <th scope="row">{v.label}</th>
            <td>{v.display}</td>
            <td className="muted">{v.explanation}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
