import { useState } from 'react';
import type { Language } from '../../shared/ipc/types.ts';
import type { ApiError } from '../api.ts';
import { invoke, toApiError } from '../api.ts';
import { ErrorState } from '../components/States.tsx';
import { useApp, useT } from '../store.ts';

/**
 * The first start (issue 14.5): before any work, the clerk says who they are. The name becomes the
 * actor of every audit entry (Art. 5(2) GDPR: who did what) and, with the function, the signature of
 * every letter and of the extract's cover letter. One form, keyboard first: the name field has focus,
 * Tab moves on, Enter starts. The language can be switched here and the screen follows at once.
 */
export function FirstStartScreen() {
  const t = useT();
  const language = useApp((s) => s.language);
  const setLanguage = useApp((s) => s.setLanguage);
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      const next = await invoke('settings:update', { language, clerkName: name.trim(), clerkRole: role.trim() });
      setLanguage(next.language);
      useApp.setState({ needsClerk: next.clerkRole === null });
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main id="main" className="first-start">
      <form
        className="panel"
        aria-labelledby="first-start-title"
        onSubmit={(e) => {
          e.preventDefault();
          void start();
        }}
      >
        <h1 id="first-start-title">{t('firstStart.title')}</h1>
        <p>{t('firstStart.intro')}</p>
        <div className="form-grid">
          <label>
            {t('firstStart.name')}
            <input
              data-autofocus
              autoFocus
              required
              maxLength={200}
              autoComplete="name"
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          </label>
          <label>
            {t('firstStart.role')}
            <input
              required
              maxLength={200}
              autoComplete="organization-title"
              placeholder={t('firstStart.roleExample')}
              value={role}
              onChange={(e) => setRole(e.target.value)}
            />
          </label>
          <label>
            {t('settings.language')}
            <select value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
              <option value="nl">{t('language.nl')}</option>
              <option value="en">{t('language.en')}</option>
            </select>
          </label>
        </div>
        {error && <ErrorState error={error} />}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('firstStart.start')}
          </button>
        </div>
      </form>
    </main>
  );
}
