import type { HealthResponse } from '../../server-token/contract/token';

export type HealthState = { state: 'loading' } | { state: 'ok'; health: HealthResponse } | { state: 'unreachable' };

/** While the token server is down or its model unusable, look again this often: the fix needs no reload. */
export const RECHECK_MS = 3_000;

function needsRecheck(state: HealthState): boolean {
  return state.state === 'unreachable' || (state.state === 'ok' && state.health.modelCheck.status === 'unavailable');
}

/**
 * What the token server says about itself (`GET /api/health`): simulator or live, and whether its model is usable.
 * Framework-free; re-checks by itself while something is wrong, so the message goes away when the fix is made.
 */
export class HealthWatcher {
  private state: HealthState = { state: 'loading' };
  private timer: ReturnType<typeof setTimeout> | null = null;
  private abort: AbortController | null = null;
  private stopped = false;

  constructor(
    private readonly onChange: (state: HealthState) => void,
    private readonly fetchHealth: (signal: AbortSignal) => Promise<HealthResponse> = defaultFetchHealth,
  ) {}

  start(): void {
    this.stopped = false;
    void this.check();
  }

  /** Look again now (the page came back online, a call failed for a server reason). */
  checkNow(): void {
    if (!this.stopped) void this.check();
  }

  stop(): void {
    this.stopped = true;
    this.abort?.abort();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private async check(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    let next: HealthState;
    try {
      const health = await this.fetchHealth(abort.signal);
      next = typeof health?.mode === 'string' && typeof health.modelCheck?.status === 'string' ? { state: 'ok', health } : { state: 'unreachable' };
    } catch {
      if (abort.signal.aborted) return;
      next = { state: 'unreachable' };
    }
    if (this.stopped) return;
    this.state = next;
    this.onChange(next);
    if (needsRecheck(next)) this.timer = setTimeout(() => void this.check(), RECHECK_MS);
  }

  get current(): HealthState {
    return this.state;
  }
}

async function defaultFetchHealth(signal: AbortSignal): Promise<HealthResponse> {
  const response = await fetch('/api/health', { signal, cache: 'no-store' });
  return (await response.json()) as HealthResponse;
}
