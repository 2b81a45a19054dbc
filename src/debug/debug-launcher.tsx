/**
 * Small, always-loaded: the button that opens the debug panel, or `?debug=1`. The panel's code is fetched only
 * when it is first opened.
 */
import { lazy, Suspense, useState } from 'react';

const DebugPanel = lazy(() => import('./debug-panel'));

export function isDebugRequested(search = typeof location === 'undefined' ? '' : location.search): boolean {
  return new URLSearchParams(search).get('debug') === '1';
}

export function DebugLauncher() {
  const [open, setOpen] = useState(() => isDebugRequested());
  if (!open) {
    return (
      <button type="button" className="debug-launcher" onClick={() => setOpen(true)} title="Open the debug panel">
        Debug
      </button>
    );
  }
  return (
    <Suspense fallback={<div role="status">Loading debug panel…</div>}>
      <DebugPanel onClose={() => setOpen(false)} />
    </Suspense>
  );
}
