import { useState } from 'react';
import type { RegisterProvenanceView, Settings, SettingsApplied, SettingsProblem } from '../../../shared/ipc/types.ts';
import { invoke } from '../../api.ts';
import { ErrorState } from '../../components/States.tsx';
import type { MessageKey } from '../../i18n/i18n.ts';
import { useApp, useT } from '../../store.ts';
import { useAction } from './useAction.ts';

type RegisterProblem = Extract<SettingsProblem, { kind: 'register-invalid' | 'register-unreadable' }>;

/**
 * The processing register: the built-in one or the organisation's own JSON file, picked in the OS
 * dialog and validated before use. A file that does not validate is refused with its fields named,
 * and the register in use stays (no extract is made from an invalid register).
 */
export function RegisterSetting({ settings, onChange }: { settings: Settings; onChange: (next: Settings) => void }) {
  const t = useT();
  const loadInfo = useApp((s) => s.loadInfo);
  const [problem, setProblem] = useState<RegisterProblem | null>(null);
  const [applied, setApplied] = useState(false);
  const action = useAction();
  const register = settings.register;

  const apply = async (result: SettingsApplied) => {
    onChange(result.settings);
    if (result.applied) {
      setApplied(true);
      await loadInfo(); // the sidebar and the extract screens show the register in use
    } else if (result.problem.kind !== 'certificate') {
      setProblem(result.problem);
    }
  };
  const choose = () =>
    action.run(async () => {
      setProblem(null);
      setApplied(false);
      const { path } = await invoke('dialog:chooseFile', { purpose: 'register' });
      if (path) await apply(await invoke('settings:useRegister', { file: path }));
    });
  const useBuiltIn = () =>
    action.run(async () => {
      setProblem(null);
      setApplied(false);
      await apply(await invoke('settings:useRegister', { file: null }));
    });

  return (
    <section className="panel setting" aria-labelledby="register-title">
      <div className="setting-head">
        <div>
          <h2 id="register-title">{t('settings.policy')}</h2>
          <p className="setting-help">{t('settings.policy.help')}</p>
        </div>
      </div>
      <dl className="facts">
        <dt>{t('settings.policy.source')}</dt>
        <dd>{register.file ? <code>{register.file}</code> : t('settings.policy.builtIn')}</dd>
        <dt>{t('settings.policy.register')}</dt>
        <dd>{t('settings.policy.idVersion', { id: register.id, version: register.version })}</dd>
        <dt>{t('settings.policy.organisation')}</dt>
        <dd>{register.organisation}</dd>
      </dl>
      {register.provenance && <RegisterProvenance provenance={register.provenance} />}
      {register.problem && (
        <div className="notice notice-warn" role="alert">
          <p>{t('settings.policy.startupProblem')}</p>
          <pre className="problem-detail">{register.problem}</pre>
        </div>
      )}
      {problem && <RegisterProblemNotice problem={problem} />}
      {action.error && <ErrorState error={action.error} />}
      <div className="actions setting-actions">
        <button type="button" onClick={choose} disabled={action.busy}>
          {t('settings.policy.choose')}
        </button>
        {register.file && (
          <button type="button" onClick={useBuiltIn} disabled={action.busy}>
            {t('settings.policy.useBuiltIn')}
          </button>
        )}
        {applied && (
          <span className="badge badge-ok" role="status">
            ✓ {t('settings.policy.applied', { id: register.id, version: register.version })}
          </span>
        )}
      </div>
    </section>
  );
}

function RegisterProblemNotice({ problem }: { problem: RegisterProblem }) {
  const t = useT();
  return (
    <div className="notice notice-error" role="alert">
      <p>{t(problem.kind === 'register-invalid' ? 'settings.policy.invalid' : 'settings.policy.unreadable')}</p>
      <p className="small">
        <code>{problem.file}</code>
      </p>
      {problem.kind === 'register-invalid' ? (
        <ul className="issue-list">
          {problem.issues.map((issue) => (
            <li key={`${issue.path} ${issue.message}`}>
              <code>{issue.path}</code> {issue.message}
            </li>
          ))}
        </ul>
      ) : (
        <pre className="problem-detail">{problem.detail}</pre>
      )}
    </div>
  );
}

/**
 * Which parts of the register the organisation still has to confirm (issue 12.10): configuration we
 * added, such as the automated-decision rule set and the transfers, is not its published statement.
 */
function RegisterProvenance({ provenance }: { provenance: RegisterProvenanceView }) {
  const t = useT();
  const language = useApp((s) => s.language);
  const sections = new Map<string, RegisterProvenanceView['toConfirm']>();
  for (const item of provenance.toConfirm) sections.set(item.section, [...(sections.get(item.section) ?? []), item]);
  return (
    <div className={`notice ${provenance.toConfirm.length > 0 ? 'notice-warn' : ''}`} aria-labelledby="register-provenance-title">
      <p id="register-provenance-title">
        {t('settings.policy.provenance', {
          statement: provenance.fromStatement,
          elements: provenance.elements,
          open: provenance.toConfirm.length,
        })}
      </p>
      {sections.size > 0 && (
        <ul className="issue-list" aria-label={t('settings.policy.toConfirm')}>
          {[...sections].map(([section, items]) => (
            <li key={section}>
              <strong>{t(`settings.policy.section.${section}` as MessageKey)}</strong>
              {items[0]!.element !== null && `: ${items.map((i) => i.label?.[language] ?? i.element).join(', ')}`}
              {items[0]!.note && <span className="small muted"> — {items[0]!.note[language]}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
