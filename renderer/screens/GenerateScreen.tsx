import { useState } from 'react';
import type { Settings, VerifyResult } from '../../shared/ipc/types.ts';
import { ApiError, invoke, toApiError } from '../api.ts';
import { ErrorState, Loading, NotAvailable } from '../components/States.tsx';
import { useFocusAfter } from '../focus/moveFocus.ts';
import { UnreviewedWarning } from '../components/UnreviewedWarning.tsx';
import { useApp, useT } from '../store.ts';
import { useJob } from '../useJob.ts';
import { formatDate } from '../i18n/i18n.ts';
import { useQuery } from '../useQuery.ts';
import { ExportProgress } from './generate/ExportProgress.tsx';
import { VerifyCheckList } from './generate/VerifyCheckList.tsx';
import { SignedPdfPreview } from './preview/SignedPdfPreview.tsx';

/**
 * Which certificate the export will sign with, said before generating: the clerk's, or the demo
 * certificate (demo database only), or none, in which case exporting a real database is refused.
 */
function SigningLine({ settings, demo }: { settings: Settings; demo: boolean }) {
  const t = useT();
  const language = useApp((s) => s.language);
  const c = settings.certificate;
  if (c)
    return (
      <p className="signing-line muted">
        {t('generate.signedWith', { name: c.signerName, organisation: c.organisation, date: formatDate(language, c.validUntil) })}
      </p>
    );
  if (demo) return <p className="notice notice-warn signing-line">{t('generate.signedWithDemo')}</p>;
  return (
    <p className="notice notice-error signing-line" role="alert">
      {t('generate.noCertificate')}
    </p>
  );
}

const verdictText = { valid: 'generate.verified', untrusted: 'generate.untrusted', invalid: 'generate.verifyFailed' } as const;

function nameOf(name: { commonName: string; organisation: string }): string {
  return [name.commonName, name.organisation].filter((part) => part !== '').join(', ');
}

/** Generate the signed PDF and the portability archive off the main thread, then open or verify them. */
export function GenerateScreen({ requestId }: { requestId: string }) {
  const t = useT();
  const navigate = useApp((s) => s.navigate);
  const features = useApp((s) => s.info?.features);
  const demo = useApp((s) => s.info?.demo.seed != null);
  const request = useQuery(() => invoke('request:get', { requestId }), requestId);
  const settings = useQuery(() => invoke('settings:get', {}), 'settings');
  const [passphrase, setPassphrase] = useState('');
  const [archive, setArchive] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [verify, setVerify] = useState<VerifyResult | null>(null);
  const { progress, done } = useJob(jobId);
  // Focus follows the work (issue 14.1): the progress bar while it runs, Verify when done, then back to the request to deliver.
  useFocusAfter(jobId, ['.progress']);
  useFocusAfter(done, ['[data-next-action]', 'h1']);
  useFocusAfter(verify, ['.back']);
  if (request.state === 'loading') return <Loading />;
  if (request.state === 'error') return <ErrorState error={request.error} onRetry={request.reload} />;
  const r = request.value;
  const wantsArchive = archive || r.kind !== 'access';
  const running = jobId !== null && !done;
  const signing = settings.state === 'ok' ? settings.value : null;
  // Without an OS key store the passphrase is not kept, so it is typed here for this export only.
  const asksPassphrase = signing?.certificate != null && !signing.certificate.passphraseStored;
  const cannotSign = signing !== null && signing.certificate === null && !demo;
  const start = async () => {
    setError(null);
    setVerify(null);
    const typed = passphrase;
    setPassphrase('');
    try {
      setJobId(
        (await invoke('export:start', { requestId, archive: wantsArchive, ...(asksPassphrase ? { passphrase: typed } : {}) })).jobId,
      );
    } catch (e) {
      setError(toApiError(e));
    }
  };
  // Open and Verify act on the files the register recorded; their refusals (files gone, nothing exported) show as every error does.
  const act = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(toApiError(e));
    }
  };
  const result = (done?.kind === 'export' ? done.result : null) ?? (jobId === null ? (r.exports.at(-1) ?? null) : null);
  return (
    <>
      <header className="page-head">
        <div>
          <button type="button" className="link back" onClick={() => navigate({ screen: 'request', requestId })}>
            ← {r.reference}
          </button>
          <h1 tabIndex={-1}>{t('generate.title')}</h1>
        </div>
      </header>
      {!features?.export ? (
        <NotAvailable feature="feature.export" />
      ) : (
        <section className="panel">
          <fieldset className="choices" disabled={running}>
            <label className="check">
              <input type="checkbox" checked disabled />
              {t('generate.pdf')}
            </label>
            <label className="check">
              <input type="checkbox" checked={wantsArchive} disabled={r.kind !== 'access'} onChange={(e) => setArchive(e.target.checked)} />
              {t('generate.archive')}
            </label>
          </fieldset>
          {signing && <SigningLine settings={signing} demo={demo} />}
          <UnreviewedWarning requestId={requestId} />
          <form
            className="actions"
            onSubmit={(e) => {
              e.preventDefault();
              void start();
            }}
          >
            {asksPassphrase && (
              <label>
                {t('generate.passphrase')}
                <input
                  type="password"
                  autoComplete="off"
                  data-screen-focus
                  required
                  maxLength={1024}
                  value={passphrase}
                  onChange={(e) => setPassphrase(e.target.value)}
                  disabled={running}
                />
              </label>
            )}
            <button
              type="submit"
              className="primary"
              disabled={running || cannotSign || (asksPassphrase && passphrase === '')}
              {...(asksPassphrase ? {} : { 'data-screen-focus': true })}
            >
              {t('generate.start')}
            </button>
          </form>
          {running && <ExportProgress progress={progress} />}
          {error && <ErrorState error={error} />}
          <SignedPdfPreview requestId={requestId} />
          {done && !done.ok && (
            <ErrorState
              error={done.error ? new ApiError(done.error.code, done.error.code, done.error.params) : new ApiError('failed', '')}
            />
          )}
          {result && (
            <div className="result-block" role="status">
              <h2>✓ {t('generate.done')}</h2>
              <p>
                <code>{result.folder}</code>
              </p>
              <h3>{t('generate.files')}</h3>
              <ul className="file-list">
                {result.files.map((f) => (
                  <li key={f.name}>
                    <code>{f.name}</code> <span className="muted">{(f.bytes / 1024).toFixed(1)} kB</span>
                  </li>
                ))}
              </ul>
              <div className="actions">
                <button type="button" onClick={() => act(() => invoke('export:openFolder', { requestId }))}>
                  {t('generate.openFolder')}
                </button>
                <button
                  type="button"
                  data-next-action
                  onClick={() => act(async () => setVerify(await invoke('export:verify', { requestId })))}
                >
                  {t('generate.verify')}
                </button>
              </div>
              {verify && (
                <div className={verify.ok ? 'verify ok' : 'verify failed'} role="status">
                  <strong>{t(verdictText[verify.verdict])}</strong> <span>({t('generate.checks', { n: verify.checks.length })})</span>
                  <ul className="signers">
                    {verify.signers.map((signer) => (
                      <li key={signer.file}>
                        {t('generate.signedBy', {
                          file: signer.file,
                          signer: nameOf(signer),
                          issuer: nameOf(signer.issuer),
                        })}
                        : {t(`generate.trust.${signer.trust}`)}
                      </li>
                    ))}
                  </ul>
                  <details open={!verify.ok}>
                    <summary>{t('generate.showChecks')}</summary>
                    <VerifyCheckList checks={verify.checks} />
                  </details>
                </div>
              )}
            </div>
          )}
        </section>
      )}
    </>
  );
}
