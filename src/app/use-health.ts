import { useEffect, useState } from 'react';
import type { HealthResponse } from '../../server-token/contract/token';

export type HealthState = { state: 'loading' } | { state: 'ok'; health: HealthResponse } | { state: 'unreachable' };

/** What the token server says about itself: simulator or live, and whether its model check passed. */
export function useHealth(): HealthState {
  const [health, setHealth] = useState<HealthState>({ state: 'loading' });
  useEffect(() => {
    const abort = new AbortController();
    fetch('/api/health', { signal: abort.signal })
      .then((response) => response.json() as Promise<HealthResponse>)
      .then((body) => setHealth(typeof body?.mode === 'string' ? { state: 'ok', health: body } : { state: 'unreachable' }))
      .catch(() => {
        if (!abort.signal.aborted) setHealth({ state: 'unreachable' });
      });
    return () => abort.abort();
  }, []);
  return health;
}
