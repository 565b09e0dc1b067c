import type { Settings } from '../../../shared/ipc/types.ts';
import { invoke } from '../../api.ts';
import { ErrorState } from '../../components/States.tsx';
import { formatDate } from '../../i18n/i18n.ts';
import { useApp, useT } from '../../store.ts';
import { useAction } from './useAction.ts';

/**
 * The certificate authorities the organisation trusts: Verify calls a file valid only when its signer
 * chains to one of these (issue 13.5); otherwise "signature intact, signer not trusted". Added from a
 * PEM file picked in the OS dialog only, never from a path typed here.
 */
export function TrustAnchorSetting({ settings, onChange }: { settings: Settings; onChange: (next: Settings) => void }) {
  const t = useT();
  const language = useApp((s) => s.language);
  const action = useAction();
  const add = () =>
    action.run(async () => {
      const { path } = await invoke('dialog:chooseFile', { purpose: 'trust-anchor' });
      if (!path) return;
      onChange(await invoke('settings:addTrustAnchor', { file: path }));
    });
  const remove = (fingerprint: string) => action.run(async () => onChange(await invoke('settings:removeTrustAnchor', { fingerprint })));
  return (
    <section className="panel setting" aria-labelledby="trust-title">
      <div className="setting-head">
        <div>
          <h2 id="trust-title">{t('settings.trust')}</h2>
          <p className="setting-help">{t('settings.trust.help')}</p>
        </div>
      </div>
      {settings.trustAnchors.length === 0 ? (
        <p className="notice notice-warn">{t('settings.trust.none')}</p>
      ) : (
        <ul className="file-list" aria-label={t('settings.trust')}>
          {settings.trustAnchors.map((anchor) => (
            <li key={anchor.fingerprint}>
              <strong>{anchor.commonName || anchor.fingerprint.slice(0, 16)}</strong>
              {anchor.organisation && <span>, {anchor.organisation}</span>}{' '}
              <span className="muted">{t('settings.trust.validUntil', { date: formatDate(language, anchor.validUntil) })}</span>{' '}
              <button
                type="button"
                onClick={() => remove(anchor.fingerprint)}
                disabled={action.busy}
                aria-label={t('settings.trust.removeNamed', { name: anchor.commonName })}
              >
                {t('settings.trust.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {action.error && <ErrorState error={action.error} />}
      <div className="actions setting-actions">
        <button type="button" onClick={add} disabled={action.busy}>
          {t('settings.trust.add')}
        </button>
      </div>
    </section>
  );
}
