import { useEffect, useState } from 'react';
import { demoRebuildWord } from '../../../shared/demo/demoRebuild.ts';
import { ApiError, invoke, toApiError } from '../../api.ts';
import { ProgressBar } from '../../components/ProgressBar.tsx';
import { ErrorState } from '../../components/States.tsx';
import { useApp, useT } from '../../store.ts';
import { useJob } from '../../useJob.ts';
import { useQuery } from '../../useQuery.ts';

/** The database in use, and rebuilding the demo database (in the worker, swapped in only when complete). */
export function DemoDatabaseSetting() {
  const t = useT();
  const info = useApp((s) => s.info);
  const language = useApp((s) => s.language);
  const loadInfo = useApp((s) => s.loadInfo);
  const [statsVersion, setStatsVersion] = useState(0);
  const stats = useQuery(() => invoke('stats:get', {}), `stats:${statsVersion}`);
  const [size, setSize] = useState(2000);
  const [jobId, setJobId] = useState<string | null>(null);
  // Replacing the whole database is deliberate: the clerk types the word shown (issue 13.3); the handler checks it again.
  const [confirmation, setConfirmation] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const { progress, done } = useJob(jobId);
  useEffect(() => {
    if (done?.ok) {
      setStatsVersion((v) => v + 1);
      void loadInfo();
    }
  }, [done, loadInfo]);
  if (!info) return null;
  const rebuild = async () => {
    setError(null);
    try {
      setJobId((await invoke('demo:rebuild', { subjects: size, confirm: confirmation })).jobId);
      setConfirmation('');
    } catch (e) {
      setError(toApiError(e));
    }
  };
  return (
    <section className="panel setting" aria-labelledby="db-title">
      <h2 id="db-title">{t('settings.database')}</h2>
      <dl className="facts">
        <dt>{t('settings.databaseFile')}</dt>
        <dd>
          <code>{info.databaseFile}</code>
        </dd>
        {info.databaseKey && (
          <>
            <dt>{t('settings.encryption')}</dt>
            <dd className={info.databaseKey.storage === 'key-file' ? 'notice notice-warn' : undefined}>
              {t(
                info.databaseKey.storage === 'key-file'
                  ? 'settings.encryption.keyFile'
                  : info.databaseKey.keyFileExists
                    ? 'settings.encryption.keystoreAndFile'
                    : 'settings.encryption.keystore',
              )}
            </dd>
          </>
        )}
        <dt>{t('settings.subjects')}</dt>
        <dd>{info.demo.subjects.toLocaleString(language)}</dd>
        {info.demo.seed && (
          <>
            <dt>{t('settings.demo')}</dt>
            <dd>{t('settings.demoSeed', { seed: info.demo.seed, date: info.demo.referenceDate ?? '' })}</dd>
          </>
        )}
      </dl>
      <p>{info.demo.seed ? t('settings.rebuildWarning') : t('settings.rebuildNotDemo')}</p>
      <div className="toolbar">
        <label>
          {t('settings.rebuildSize')}
          <input type="number" min={100} max={1_000_000} step={100} value={size} onChange={(e) => setSize(Number(e.target.value))} />
        </label>
        <label>
          {t('settings.rebuildConfirm', { word: demoRebuildWord })}
          <input type="text" autoComplete="off" spellCheck={false} value={confirmation} onChange={(e) => setConfirmation(e.target.value)} />
        </label>
        <button
          type="button"
          disabled={(jobId !== null && !done) || !info.demo.seed || confirmation.trim() !== demoRebuildWord}
          onClick={rebuild}
        >
          {t('settings.rebuild')}
        </button>
      </div>
      {jobId && !done && (
        <ProgressBar
          done={progress?.done ?? 0}
          total={progress?.total ?? size}
          label={t('settings.rebuilding', { done: progress?.done ?? 0, total: progress?.total ?? size })}
        />
      )}
      {done?.ok && (
        <p className="badge badge-ok" role="status">
          ✓ {t('settings.rebuilt')}
        </p>
      )}
      {done && !done.ok && (
        <ErrorState error={done.error ? new ApiError(done.error.code, done.error.code, done.error.params) : new ApiError('failed', '')} />
      )}
      {error && <ErrorState error={error} />}
      {stats.state === 'ok' && (
        <details>
          <summary>{t('settings.tables')}</summary>
          <table className="data-table compact">
            <tbody>
              {Object.entries(stats.value.tables).map(([table, n]) => (
                <tr key={table}>
                  <th scope="row">{table}</th>
                  <td className="num">{n.toLocaleString(language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </section>
  );
}
