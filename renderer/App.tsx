import { useEffect, useState } from 'react';
import type { ApiError } from './api.ts';
import { toApiError } from './api.ts';
import { Shell } from './components/Shell.tsx';
import { ErrorState, Loading } from './components/States.tsx';
import { AuditScreen } from './screens/AuditScreen.tsx';
import { FirstStartScreen } from './screens/FirstStartScreen.tsx';
import { GenerateScreen } from './screens/GenerateScreen.tsx';
import { ReportsScreen } from './screens/ReportsScreen.tsx';
import { RequestScreen } from './screens/RequestScreen.tsx';
import { RequestsScreen } from './screens/RequestsScreen.tsx';
import { ReviewScreen } from './screens/ReviewScreen.tsx';
import { SearchScreen } from './screens/SearchScreen.tsx';
import { SettingsScreen } from './screens/SettingsScreen.tsx';
import { focusWhenReady, nextActionSelectors } from './focus/moveFocus.ts';
import { useApp } from './store.ts';

function CurrentScreen() {
  const route = useApp((s) => s.route);
  switch (route.screen) {
    case 'requests':
      return <RequestsScreen />;
    case 'request':
      return <RequestScreen requestId={route.requestId} />;
    case 'search':
      return <SearchScreen requestId={route.requestId} />;
    case 'review':
      return <ReviewScreen requestId={route.requestId} subjectId={route.subjectId} />;
    case 'generate':
      return <GenerateScreen requestId={route.requestId} />;
    case 'audit':
      return <AuditScreen />;
    case 'reports':
      return <ReportsScreen />;
    case 'settings':
      return <SettingsScreen />;
  }
}

export function App() {
  const info = useApp((s) => s.info);
  const loadInfo = useApp((s) => s.loadInfo);
  const route = useApp((s) => s.route);
  const needsClerk = useApp((s) => s.needsClerk);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    loadInfo().catch((e: unknown) => setError(toApiError(e)));
  }, [loadInfo]);
  // A new screen (or the same one asked for again, as Ctrl+K does) takes focus to the control it is
  // opened for, else its heading, once it has rendered: never <body> (issue 14.1).
  useEffect(() => focusWhenReady(nextActionSelectors), [route]);
  if (error) return <ErrorState error={error} />;
  if (!info) return <Loading />;
  if (needsClerk) return <FirstStartScreen />;
  return (
    <Shell>
      <CurrentScreen />
    </Shell>
  );
}
