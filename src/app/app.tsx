import { lazy, Suspense, useState } from 'react';
import PersonaStudio from '../persona/persona-studio';
import { useHealthWatcher } from './health-store';
import { ServiceBanner } from './service-banner';

const CallSection = lazy(() => import('./call-section'));
const DebugPanel = lazy(() => import('../debug/debug-panel'));

function CallPlaceholder() {
  return (
    <section className="call-panel" aria-label="Call" aria-busy="true">
      <p className="call-status">Getting the call ready…</p>
    </section>
  );
}

function debugRequested(): boolean {
  return new URLSearchParams(window.location.search).get('debug') === '1';
}

export function App() {
  useHealthWatcher();
  const [debugOpen, setDebugOpen] = useState(debugRequested);

  return (
    <div className={`app ${debugOpen ? 'with-debug' : ''}`}>
      <header className="app-header">
        <h1>Persona Talk</h1>
        <button type="button" className="quiet" aria-expanded={debugOpen} onClick={() => setDebugOpen((open) => !open)}>
          {debugOpen ? 'Close debug panel' : 'Debug panel'}
        </button>
      </header>
      <ServiceBanner />
      <main className="app-main">
        <PersonaStudio />
        <Suspense fallback={<CallPlaceholder />}>
          <CallSection />
        </Suspense>
      </main>
      {debugOpen ? (
        <Suspense fallback={<aside className="debug-loading">Loading the debug panel…</aside>}>
          <DebugPanel onClose={() => setDebugOpen(false)} />
        </Suspense>
      ) : null}
    </div>
  );
}
