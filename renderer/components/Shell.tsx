import type { ReactNode } from 'react';
import { useEffect } from 'react';
import type { MessageKey } from '../i18n/i18n.ts';
import type { Route } from '../store.ts';
import { useApp, useT } from '../store.ts';

const items: { screen: Route['screen']; label: MessageKey; shortcut: string }[] = [
  { screen: 'requests', label: 'nav.requests', shortcut: '1' },
  { screen: 'search', label: 'nav.search', shortcut: '2' },
  { screen: 'audit', label: 'nav.audit', shortcut: '3' },
  { screen: 'reports', label: 'nav.reports', shortcut: '4' },
  { screen: 'settings', label: 'nav.settings', shortcut: '5' },
];

const sectionOf: Partial<Record<Route['screen'], Route['screen']>> = { request: 'requests', review: 'requests', generate: 'requests' };

/** The frame of every screen: navigation on the left (Alt+1…5, Ctrl+K for search), the screen on the right. */
export function Shell({ children }: { children: ReactNode }) {
  const t = useT();
  const route = useApp((s) => s.route);
  const navigate = useApp((s) => s.navigate);
  const info = useApp((s) => s.info);
  const active = sectionOf[route.screen] ?? route.screen;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey && !event.ctrlKey && !event.metaKey) {
        const item = items.find((i) => i.shortcut === event.key);
        if (item) {
          event.preventDefault();
          navigate({ screen: item.screen } as Route);
        }
      }
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        navigate({ screen: 'search' });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <nav className="sidebar" aria-label={t('nav.main')}>
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            i
          </span>
          <span>
            <strong>{t('app.title')}</strong>
            <small>{t('app.subtitle')}</small>
          </span>
        </div>
        <ul>
          {items.map((item) => (
            <li key={item.screen}>
              <button
                type="button"
                className={active === item.screen ? 'nav-item active' : 'nav-item'}
                aria-current={active === item.screen ? 'page' : undefined}
                aria-keyshortcuts={`Alt+${item.shortcut}`}
                onClick={() => navigate({ screen: item.screen } as Route)}
              >
                {t(item.label)}
                <kbd aria-hidden="true">Alt {item.shortcut}</kbd>
              </button>
            </li>
          ))}
        </ul>
        {info && (
          <p className="sidebar-foot">
            {info.policy.organisation}
            <br />
            <span className="muted">
              {info.policy.id} · v{info.version}
            </span>
          </p>
        )}
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
