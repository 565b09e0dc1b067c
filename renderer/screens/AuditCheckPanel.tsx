import { useState } from 'react';
import type { AuditCheck } from '../../shared/ipc/types.ts';
import type { ApiError } from '../api.ts';
import { invoke, toApiError } from '../api.ts';
import { ErrorState } from '../components/States.tsx';
import { auditProblemText } from '../../shared/audit/auditProblems.ts';
import { useApp, useT } from '../store.ts';

/**
 * Checks the audit trail from the window (docs/audit-trail.md): the keyed chain and its anchor, or also
 * against a checkpoint file (written beside every export and in every report) picked in the OS dialog,
 * which is what shows entries cut off the end of the log.
 */
export function AuditCheckPanel() {
  const t = useT();
  const language = useApp((s) => s.language);
  const [result, setResult] = useState<AuditCheck | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const check = async (withCheckpoint: boolean) => {
    setError(null);
    setBusy(true);
    try {
      let checkpointFile: string | undefined;
      if (withCheckpoint) {
        const { path } = await invoke('dialog:chooseFile', { purpose: 'checkpoint' });
        if (!path) return;
        checkpointFile = path;
      }
      setResult(await invoke('audit:verify', checkpointFile ? { checkpointFile } : {}));
    } catch (e) {
      setResult(null);
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-label={t('audit.check')}>
      <div className="toolbar">
        <button type="button" disabled={busy} onClick={() => void check(false)}>
          {t('audit.check')}
        </button>
        <button type="button" disabled={busy} onClick={() => void check(true)}>
          {t('audit.checkWithCheckpoint')}
        </button>
      </div>
      {result?.ok === true && (
        <p role="status">
          <span className="badge badge-ok">✓ {t('audit.intact', { n: result.count })}</span>{' '}
          {result.checkpoint
            ? t('audit.checkpointHolds', { at: result.checkpoint.at.replace('T', ' ').slice(0, 19), n: result.checkpoint.count })
            : t('audit.noCheckpoint')}
          {result.unkeyedEntries > 0 && <> {t('audit.unkeyed', { n: result.unkeyedEntries })}</>}
        </p>
      )}
      {result?.ok === false && (
        <p role="alert">
          <span className="badge badge-overdue">{t('audit.broken', { n: result.firstBad })}</span>{' '}
          {auditProblemText(result.reason, language)}
        </p>
      )}
      {error && <ErrorState error={error} />}
    </section>
  );
}
