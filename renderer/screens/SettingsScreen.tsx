import { useEffect, useState } from 'react';
import type { Settings } from '../../shared/ipc/types.ts';
import { invoke } from '../api.ts';
import { ErrorState, Loading } from '../components/States.tsx';
import { useApp, useT } from '../store.ts';
import { useQuery } from '../useQuery.ts';
import { CertificateSetting } from './settings/CertificateSetting.tsx';
import { DemoDatabaseSetting } from './settings/DemoDatabaseSetting.tsx';
import { GeneralSettings } from './settings/GeneralSettings.tsx';
import { OutputFolderSetting } from './settings/OutputFolderSetting.tsx';
import { RegisterSetting } from './settings/RegisterSetting.tsx';
import { TrustAnchorSetting } from './settings/TrustAnchorSetting.tsx';
import { TeamDatabaseSetting } from './settings/TeamDatabaseSetting.tsx';

/**
 * Settings: language and name, output folder, the organisation's processing register, the signing
 * certificate, the trusted certificate authorities, the team database, and the demo database. Files
 * and folders are picked in the OS dialogs only.
 */
export function SettingsScreen() {
  const t = useT();
  const info = useApp((s) => s.info);
  const loaded = useQuery(() => invoke('settings:get', {}), 'settings');
  const [settings, setSettings] = useState<Settings | null>(null);
  const initial = loaded.state === 'ok' ? loaded.value : null;
  useEffect(() => {
    if (initial) setSettings(initial);
  }, [initial]);
  if (loaded.state === 'error') return <ErrorState error={loaded.error} onRetry={loaded.reload} />;
  if (!settings || !info) return <Loading />;
  return (
    <>
      <header className="page-head">
        <h1 tabIndex={-1}>{t('settings.title')}</h1>
      </header>
      <div className="settings-grid">
        <GeneralSettings settings={settings} onChange={setSettings} />
        <OutputFolderSetting settings={settings} onChange={setSettings} />
        <RegisterSetting settings={settings} onChange={setSettings} />
        <CertificateSetting settings={settings} onChange={setSettings} />
        <TrustAnchorSetting settings={settings} onChange={setSettings} />
        <TeamDatabaseSetting settings={settings} onChange={setSettings} />
        <DemoDatabaseSetting />
      </div>
    </>
  );
}
