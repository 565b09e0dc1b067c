import { useState } from 'react';
import type { Settings, TeamDatabaseCheck } from '../../../shared/ipc/types.ts';
import { ApiError, invoke } from '../../api.ts';
import { ErrorState } from '../../components/States.tsx';
import { useT } from '../../store.ts';
import { useAction } from './useAction.ts';

/**
 * Settings → Team database (issue 15.1; docs/team.md): the team's PostgreSQL server instead of this
 * laptop's own file. The password field is never filled from what is kept (the core keeps it in the OS
 * secret store and never sends it back); left empty, the kept one is used. The choice takes effect
 * at the next start, when the app checks the server's schema before anything runs on it.
 */
export function TeamDatabaseSetting({ settings, onChange }: { settings: Settings; onChange: (next: Settings) => void }) {
  const t = useT();
  const team = settings.teamDatabase;
  const [url, setUrl] = useState(team?.url ?? '');
  const [password, setPassword] = useState('');
  const [check, setCheck] = useState<TeamDatabaseCheck | null>(null);
  const action = useAction();
  const typed = { url: url.trim(), ...(password ? { password } : {}) };
  const test = () =>
    action.run(async () => {
      setCheck(null);
      setCheck(await invoke('settings:testTeamDatabase', typed));
    });
  const use = (next: string | null) =>
    action.run(async () => {
      onChange(await invoke('settings:useTeamDatabase', next === null ? { url: null } : typed));
      setPassword('');
      if (next === null) setUrl('');
    });
  return (
    <section className="panel setting" aria-labelledby="team-db-title">
      <h2 id="team-db-title">{t('settings.team')}</h2>
      <p className="setting-help">{t('settings.team.help')}</p>
      <p role="status">
        {team?.inUse ? t('settings.team.inUse', { url: team.inUse }) : t('settings.team.ownFile')}
        {team?.restartNeeded && <> {t('settings.team.restart')}</>}
      </p>
      {team?.problem && <ErrorState error={new ApiError(team.problem as never, team.problem)} />}
      <div className="form-grid">
        <label>
          {t('settings.team.url')}
          <input
            type="text"
            value={url}
            spellCheck={false}
            autoComplete="off"
            placeholder="postgres://clerk@db.example.nl:5432/inzage"
            onChange={(e) => setUrl(e.target.value)}
          />
        </label>
        <label>
          {t('settings.team.password')}
          <input
            type="password"
            value={password}
            autoComplete="new-password"
            placeholder={team?.passwordKept ? t('settings.team.passwordKept') : ''}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
      </div>
      {check?.ok === true && (
        <p className={check.schema === 'current' ? 'badge badge-ok' : 'badge badge-soon'} role="status">
          {t(`settings.team.check.${check.schema}`, {
            server: check.serverVersion,
            found: check.schemaVersion,
            needed: check.appSchemaVersion,
          })}
        </p>
      )}
      {check?.ok === false && <ErrorState error={new ApiError(check.code as never, check.code, check.params)} />}
      {action.error && <ErrorState error={action.error} />}
      <div className="actions setting-actions">
        <button type="button" onClick={test} disabled={action.busy || url.trim() === ''}>
          {t('settings.team.test')}
        </button>
        <button type="button" onClick={() => use(url)} disabled={action.busy || url.trim() === ''}>
          {t('settings.team.use')}
        </button>
        {team?.url && (
          <button type="button" onClick={() => use(null)} disabled={action.busy}>
            {t('settings.team.useOwnFile')}
          </button>
        )}
      </div>
    </section>
  );
}
