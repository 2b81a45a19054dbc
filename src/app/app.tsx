import { lazy, Suspense, useState } from 'react';
import { CallPanel } from '../call/call-panel';
import { ServiceBanner } from './service-banner';
import { useHealth } from './use-health';

const DebugPanel = lazy(() => import('../debug/debug-panel'));

function debugRequested(): boolean {
  return new URLSearchParams(window.location.search).get('debug') === '1';
}

export function App() {
  const health = useHealth();
  const [debugOpen, setDebugOpen] = useState(debugRequested);

  return (
    <div className={`app ${debugOpen ? 'with-debug' : ''}`}>
      <header className="app-header">
        <h1>Persona Talk</h1>
        <button type="button" className="quiet" aria-expanded={debugOpen} onClick={() => setDebugOpen((open) => !open)}>
          {debugOpen ? 'Close debug panel' : 'Debug panel'}
        </button>
      </header>
      <ServiceBanner health={health} />
      <main className="app-main">
        <CallPanel />
      </main>
      {debugOpen ? (
        <Suspense fallback={<aside className="debug-loading">Loading the debug panel…</aside>}>
          <DebugPanel onClose={() => setDebugOpen(false)} />
        </Suspense>
      ) : null}
    </div>
  );
}
