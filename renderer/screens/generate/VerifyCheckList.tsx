import type { VerifyCheck } from '../../../shared/output/verifyChecks.ts';
import { verifyCheckText } from '../../../shared/output/verifyChecks.ts';
import { useApp } from '../../store.ts';

/** The checks of the files handed out, each in the clerk's language (issue 14.6): what was checked and, if it failed, why. */
export function VerifyCheckList({ checks }: { checks: VerifyCheck[] }) {
  const language = useApp((s) => s.language);
  return (
    <ul className="verify-checks">
      {checks.map((check, index) => {
        const { what, detail } = verifyCheckText(check, language);
        return (
          <li key={index}>
            {check.ok ? '✓' : '✗'} {what} {detail && <span className="muted">{detail}</span>}
          </li>
        );
      })}
    </ul>
  );
}
