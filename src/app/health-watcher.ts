import type { HealthResponse } from '../../server-token/contract';
import { tokenServer, tokenServerBlock, tokenServerIsElsewhere, tokenServerUrl } from '../config/token-server';

export type HealthState =
  | { state: 'loading' }
  | { state: 'ok'; health: HealthResponse }
  /** `server` is named when the token server is configured on another origin. */
  | { state: 'unreachable'; server?: string }
  /** The token server answered 403 `origin_not_allowed`: `origin` is what to add to its ALLOWED_ORIGINS. */
  | { state: 'origin_refused'; origin: string; server: string }
  /** An http: token server from an https: page: the browser would block it, so it is not even asked. */
  | { state: 'mixed_content'; server: string; page: string };

/** While the token server is down or its model unusable, look again this often: the fix needs no reload. */
export const RECHECK_MS = 3_000;

function needsRecheck(state: HealthState): boolean {
  return state.state === 'unreachable' || state.state === 'origin_refused' || (state.state === 'ok' && state.health.modelCheck.status === 'unavailable');
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
    const blocked = tokenServerBlock();
    let next: HealthState;
    if (blocked) {
      next = { state: 'mixed_content', server: blocked.server, page: blocked.page };
    } else {
      try {
        next = healthStateOf(await this.fetchHealth(abort.signal));
      } catch {
        if (abort.signal.aborted) return;
        next = unreachable();
      }
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

function unreachable(): HealthState {
  return tokenServerIsElsewhere() ? { state: 'unreachable', server: tokenServer().base } : { state: 'unreachable' };
}

/** A health answer, or the token server's refusal of this page's origin (readable cross-origin, see server-token/cors.ts). */
function healthStateOf(body: unknown): HealthState {
  const health = body as Partial<HealthResponse> & { error?: { code?: unknown } };
  if (health?.error?.code === 'origin_not_allowed') return { state: 'origin_refused', origin: globalThis.location?.origin ?? '', server: tokenServer().origin };
  return typeof health?.mode === 'string' && typeof health.modelCheck?.status === 'string' ? { state: 'ok', health: health as HealthResponse } : unreachable();
}

/** A simple GET (no custom headers): no preflight, so even a refused origin can read the server's 403. */
async function defaultFetchHealth(signal: AbortSignal): Promise<HealthResponse> {
  const response = await fetch(tokenServerUrl('/api/health'), { signal, cache: 'no-store', credentials: 'omit' });
  return (await response.json()) as HealthResponse;
}
