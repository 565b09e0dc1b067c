import { useEffect, useRef, useState } from 'react';
import type { Settings, SettingsProblem } from '../../../shared/ipc/types.ts';
import { invoke } from '../../api.ts';
import { ErrorState } from '../../components/States.tsx';
import { formatDate } from '../../i18n/i18n.ts';
import type { MessageKey } from '../../i18n/i18n.ts';
import { useApp, useT } from '../../store.ts';
import { useAction } from './useAction.ts';

type CertificateProblem = Extract<SettingsProblem, { kind: 'certificate' }>;

/**
 * The PKCS#12 certificate extracts are signed with: picked in the OS dialog, then opened with the
 * passphrase the clerk types, so a wrong passphrase or an expired certificate shows now, not at
 * the first export. The passphrase leaves this component at once and is kept only as OS-encrypted
 * ciphertext in the main process, or not at all.
 */
export function CertificateSetting({ settings, onChange }: { settings: Settings; onChange: (next: Settings) => void }) {
  const t = useT();
  const language = useApp((s) => s.language);
  const [chosen, setChosen] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<CertificateProblem | null>(null);
  const [applied, setApplied] = useState(false);
  const passphraseField = useRef<HTMLInputElement>(null);
  const action = useAction();
  const certificate = settings.certificate;

  useEffect(() => {
    if (chosen) passphraseField.current?.focus();
  }, [chosen]);

  const choose = () =>
    action.run(async () => {
      setProblem(null);
      setApplied(false);
      const { path } = await invoke('dialog:chooseFile', { purpose: 'certificate' });
      setChosen(path);
    });
  const check = () =>
    action.run(async () => {
      if (!chosen) return;
      const typed = passphrase;
      setPassphrase('');
      const result = await invoke('settings:useCertificate', { file: chosen, passphrase: typed });
      onChange(result.settings);
      if (result.applied) {
        setChosen(null);
        setProblem(null);
        setApplied(true);
      } else if (result.problem.kind === 'certificate') {
        setProblem(result.problem);
        passphraseField.current?.focus();
      }
    });
  const forget = () =>
    action.run(async () => {
      setApplied(false);
      onChange(await invoke('settings:forgetCertificate', {}));
    });
  const cancel = () => {
    setChosen(null);
    setPassphrase('');
    setProblem(null);
  };

  return (
    <section className="panel setting" aria-labelledby="certificate-title">
      <div className="setting-head">
        <div>
          <h2 id="certificate-title">{t('settings.certificate')}</h2>
          <p className="setting-help">{t('settings.certificate.help')}</p>
        </div>
      </div>
      {certificate ? (
        <dl className="facts">
          <dt>{t('settings.certificate.signer')}</dt>
          <dd>
            <strong>{certificate.signerName}</strong>
          </dd>
          <dt>{t('settings.certificate.organisation')}</dt>
          <dd>{certificate.organisation || t('common.none')}</dd>
          <dt>{t('settings.certificate.validUntil')}</dt>
          <dd>{formatDate(language, certificate.validUntil)}</dd>
          <dt>{t('settings.certificate.file')}</dt>
          <dd>
            <code>{certificate.file}</code>
          </dd>
          <dt>{t('settings.certificate.passphrase')}</dt>
          <dd>{t(certificate.passphraseStored ? 'settings.certificate.passphraseStored' : 'settings.certificate.passphraseAsked')}</dd>
        </dl>
      ) : (
        <p className="notice notice-warn">{t('settings.certificate.none')}</p>
      )}
      {settings.secretStorage === 'unavailable' ? (
        <p className="notice notice-warn">{t('settings.secretStorage.unavailable')}</p>
      ) : (
        !certificate && <p className="small muted secret-note">{t('settings.secretStorage.available')}</p>
      )}
      {chosen && (
        <form
          className="subform"
          aria-label={t('settings.certificate.check')}
          onSubmit={(e) => {
            e.preventDefault();
            void check();
          }}
        >
          <p className="readonly">
            <span className="label">{t('settings.certificate.chosen')}</span>
            <code>{chosen}</code>
          </p>
          <div className="inline-form">
            <label>
              {t('settings.certificate.passphraseLabel')}
              <input
                ref={passphraseField}
                type="password"
                autoComplete="off"
                value={passphrase}
                onChange={(e) => setPassphrase(e.target.value)}
                required
                maxLength={1024}
                aria-invalid={problem?.reason === 'passphrase' ? true : undefined}
                aria-describedby={problem ? 'certificate-problem' : undefined}
              />
            </label>
            <button type="submit" className="primary" disabled={action.busy || passphrase === ''}>
              {t('settings.certificate.check')}
            </button>
            <button type="button" onClick={cancel}>
              {t('common.cancel')}
            </button>
          </div>
          {problem && (
            <div className="notice notice-error" role="alert" id="certificate-problem">
              <p>
                {t(`settings.certificate.problem.${problem.reason}` as MessageKey, {
                  date: problem.date ? formatDate(language, problem.date) : '',
                })}
              </p>
              <p className="small">{t('settings.certificate.kept')}</p>
            </div>
          )}
        </form>
      )}
      {action.error && <ErrorState error={action.error} />}
      {/* While a chosen file waits for its passphrase, the form above has the only actions (check or cancel). */}
      {!chosen && (
        <div className="actions setting-actions">
          <button type="button" onClick={choose} disabled={action.busy}>
            {t(certificate ? 'settings.certificate.chooseOther' : 'settings.certificate.choose')}
          </button>
          {certificate && (
            <button type="button" onClick={forget} disabled={action.busy}>
              {t('settings.certificate.forget')}
            </button>
          )}
          {applied && (
            <span className="badge badge-ok" role="status">
              ✓ {t('settings.certificate.applied')}
            </span>
          )}
        </div>
      )}
    </section>
  );
}
