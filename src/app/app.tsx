import { lazy, Suspense, useState } from 'react';
import { useMessages } from '../i18n/catalogue';
import { afterIdle } from '../lib/when-idle';
import { appMessages } from './app-messages';
import { useHealthWatcher } from './health-store';
import { Home } from './home';
import { LanguageSwitch } from './language-switch';
import { ServiceBanner } from './service-banner';

const CallSection = lazy(() => import('./call-section'));
const DebugPanel = lazy(() => import('../debug/debug-panel'));
const HistoryEntry = lazy(afterIdle(() => import('../conversations/history-entry')));

function CallPlaceholder() {
  const m = useMessages(appMessages);
  return (
    <p className="call-loading" aria-busy="true">
      {m.callLoading}
    </p>
  );
}

function debugRequested(): boolean {
  return new URLSearchParams(window.location.search).get('debug') === '1';
}

export function App() {
  const m = useMessages(appMessages);
  useHealthWatcher();
  const [debugOpen, setDebugOpen] = useState(debugRequested);

  return (
    <div className={`app ${debugOpen ? 'with-debug' : ''}`}>
      <header className="app-header">
        <h1>{m.title}</h1>
        <div className="app-header-actions">
          <LanguageSwitch />
          <Suspense fallback={null}>
            <HistoryEntry />
          </Suspense>
          <button type="button" className="quiet" aria-expanded={debugOpen} onClick={() => setDebugOpen((open) => !open)}>
            {debugOpen ? m.debugClose : m.debugOpen}
          </button>
        </div>
      </header>
      <ServiceBanner />
      <main className="app-main">
        <Suspense fallback={<Home callStart={<CallPlaceholder />} />}>
          <CallSection />
        </Suspense>
      </main>
      {debugOpen ? (
        <Suspense fallback={<aside className="debug-loading">{m.debugLoading}</aside>}>
          <DebugPanel onClose={() => setDebugOpen(false)} />
        </Suspense>
      ) : null}
    </div>
  );
}
