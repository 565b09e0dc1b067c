import { useState } from 'react';
import type { Settings } from '../../../shared/ipc/types.ts';
import { invoke } from '../../api.ts';
import { ErrorState } from '../../components/States.tsx';
import { useApp, useT } from '../../store.ts';
import { useAction } from './useAction.ts';

/**
 * The language of the app and the clerk's name and function: under letters and on the extract, the name in the audit log (a change
 * is audited, issue 14.5).
 */
export function GeneralSettings({ settings, onChange }: { settings: Settings; onChange: (next: Settings) => void }) {
  const t = useT();
  const setLanguage = useApp((s) => s.setLanguage);
  const [language, setFormLanguage] = useState(settings.language);
  const [clerkName, setClerkName] = useState(settings.clerkName);
  const [clerkRole, setClerkRole] = useState(settings.clerkRole ?? '');
  const [saved, setSaved] = useState(false);
  const action = useAction();
  const save = () =>
    action.run(async () => {
      const next = await invoke('settings:update', { language, clerkName, clerkRole });
      setLanguage(next.language);
      onChange(next);
      setSaved(true);
    });
  return (
    <form
      className="panel setting"
      aria-labelledby="general-title"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onChange={() => setSaved(false)}
    >
      <h2 id="general-title">{t('settings.general')}</h2>
      <div className="form-grid">
        <label>
          {t('settings.language')}
          <select value={language} onChange={(e) => setFormLanguage(e.target.value as Settings['language'])}>
            <option value="nl">{t('language.nl')}</option>
            <option value="en">{t('language.en')}</option>
          </select>
        </label>
        <label>
          {t('settings.clerk')}
          <input value={clerkName} onChange={(e) => setClerkName(e.target.value)} required maxLength={200} />
        </label>
        <label>
          {t('settings.clerkRole')}
          <input value={clerkRole} onChange={(e) => setClerkRole(e.target.value)} required maxLength={200} />
        </label>
      </div>
      {action.error && <ErrorState error={action.error} />}
      <div className="actions setting-actions">
        <button type="submit" className="primary" disabled={action.busy}>
          {t('common.save')}
        </button>
        {saved && (
          <span className="badge badge-ok" role="status">
            ✓ {t('settings.saved')}
          </span>
        )}
      </div>
    </form>
  );
}
