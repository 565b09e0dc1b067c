import { useEffect, useState } from 'react';
import type { Settings } from '../../shared/ipc/types.ts';
import { ApiError, invoke } from '../api.ts';
import { ProgressBar } from '../components/ProgressBar.tsx';
import { ErrorState, Loading } from '../components/States.tsx';
import { useApp, useT } from '../store.ts';
import { useJob } from '../useJob.ts';
import { useQuery } from '../useQuery.ts';

/** Settings: language, the clerk's name, output folder, register file, certificate, and the demo database. */
export function SettingsScreen() {
  const t = useT();
  const info = useApp((s) => s.info);
  const setLanguage = useApp((s) => s.setLanguage);
  const loadInfo = useApp((s) => s.loadInfo);
  const settings = useQuery(() => invoke('settings:get', {}), 'settings');
  const [statsVersion, setStatsVersion] = useState(0);
  const stats = useQuery(() => invoke('stats:get', {}), `stats:${statsVersion}`);
  const [form, setForm] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [size, setSize] = useState(2000);
  const [jobId, setJobId] = useState<string | null>(null);
  const { progress, done } = useJob(jobId);
  const loaded = settings.state === 'ok' ? settings.value : null;
  useEffect(() => {
    if (loaded) setForm(loaded);
  }, [loaded]);
  useEffect(() => {
    if (done?.ok) {
      setStatsVersion((v) => v + 1);
      void loadInfo();
    }
  }, [done, loadInfo]);
  if (settings.state === 'error') return <ErrorState error={settings.error} onRetry={settings.reload} />;
  if (!form || !info) return <Loading />;

  const save = async () => {
    try {
      const next = await invoke('settings:update', { language: form.language, clerkName: form.clerkName, outputFolder: form.outputFolder });
      setLanguage(next.language);
      setSaved(true);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError('failed', String(e)));
    }
  };
  const rebuild = async () => setJobId((await invoke('demo:rebuild', { subjects: size })).jobId);

  return (
    <>
      <header className="page-head"><h1 tabIndex={-1}>{t('settings.title')}</h1></header>
      <form className="panel form-grid" onSubmit={(e) => { e.preventDefault(); void save(); }} onChange={() => setSaved(false)}>
        <label>
          {t('settings.language')}
          <select value={form.language} onChange={(e) => setForm({ ...form, language: e.target.value as Settings['language'] })}>
            <option value="nl">{t('language.nl')}</option>
            <option value="en">{t('language.en')}</option>
          </select>
        </label>
        <label>
          {t('settings.clerk')}
          <input value={form.clerkName} onChange={(e) => setForm({ ...form, clerkName: e.target.value })} required />
        </label>
        <label className="wide">
          {t('settings.output')}
          <input value={form.outputFolder} onChange={(e) => setForm({ ...form, outputFolder: e.target.value })} required />
        </label>
        <div className="wide readonly">
          <span className="label">{t('settings.policy')}</span>
          <span>{form.policyFile ?? t('settings.policyDefault', { id: info.policy.id, version: info.policy.version })}</span>
        </div>
        <div className="wide readonly">
          <span className="label">{t('settings.certificate')}</span>
          <span>{form.certificateFile ?? t('settings.certificateNone')}</span>
        </div>
        {error && <ErrorState error={error} />}
        <div className="actions wide">
          <button type="submit" className="primary">{t('common.save')}</button>
          {saved && <span className="badge badge-ok" role="status">✓ {t('settings.saved')}</span>}
        </div>
      </form>
      <section className="panel" aria-labelledby="db-title">
        <h2 id="db-title">{t('settings.database')}</h2>
        <dl className="facts">
          <dt>{t('settings.databaseFile')}</dt><dd><code>{info.databaseFile}</code></dd>
          <dt>{t('settings.subjects')}</dt><dd>{info.demo.subjects.toLocaleString(form.language)}</dd>
          {info.demo.seed && <><dt>{t('settings.demo')}</dt><dd>{t('settings.demoSeed', { seed: info.demo.seed, date: info.demo.referenceDate ?? '' })}</dd></>}
        </dl>
        <div className="toolbar">
          <label>
            {t('settings.rebuildSize')}
            <input type="number" min={100} max={1_000_000} step={100} value={size} onChange={(e) => setSize(Number(e.target.value))} />
          </label>
          <button type="button" disabled={jobId !== null && !done} onClick={rebuild}>{t('settings.rebuild')}</button>
        </div>
        {jobId && !done && <ProgressBar done={progress?.done ?? 0} total={progress?.total ?? size} label={t('settings.rebuilding', { done: progress?.done ?? 0, total: progress?.total ?? size })} />}
        {done?.ok && <p className="badge badge-ok" role="status">✓ {t('settings.rebuilt')}</p>}
        {done && !done.ok && <ErrorState error={new ApiError('failed', done.error ?? '')} />}
        {stats.state === 'ok' && (
          <details>
            <summary>{t('settings.tables')}</summary>
            <table className="data-table compact">
              <tbody>
                {Object.entries(stats.value.tables).map(([table, n]) => <tr key={table}><th scope="row">{table}</th><td className="num">{n.toLocaleString(form.language)}</td></tr>)}
              </tbody>
            </table>
          </details>
        )}
      </section>
    </>
  );
}
