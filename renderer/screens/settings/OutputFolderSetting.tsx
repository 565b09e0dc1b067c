import { useState } from 'react';
import type { Settings } from '../../../shared/ipc/types.ts';
import { invoke } from '../../api.ts';
import { ErrorState } from '../../components/States.tsx';
import { useT } from '../../store.ts';
import { useAction } from './useAction.ts';

/** Where extracts are written: chosen in the OS folder dialog only, never typed (see electron/core/api/handlers/settingsChannel.ts). */
export function OutputFolderSetting({ settings, onChange }: { settings: Settings; onChange: (next: Settings) => void }) {
  const t = useT();
  const [changed, setChanged] = useState(false);
  const action = useAction();
  const choose = () =>
    action.run(async () => {
      setChanged(false);
      const { path } = await invoke('dialog:chooseFolder', { purpose: 'output' });
      if (!path) return;
      onChange(await invoke('settings:useOutputFolder', { folder: path }));
      setChanged(true);
    });
  return (
    <section className="panel setting" aria-labelledby="output-title">
      <div className="setting-head">
        <div>
          <h2 id="output-title">{t('settings.output')}</h2>
          <p className="setting-help">{t('settings.output.help')}</p>
        </div>
      </div>
      <p className="path-line">
        <code>{settings.outputFolder}</code>
      </p>
      {action.error && <ErrorState error={action.error} />}
      <div className="actions setting-actions">
        <button type="button" onClick={choose} disabled={action.busy}>
          {t('settings.output.choose')}
        </button>
        {changed && (
          <span className="badge badge-ok" role="status">
            ✓ {t('settings.output.changed')}
          </span>
        )}
      </div>
    </section>
  );
}
