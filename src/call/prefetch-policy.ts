import type { TokenRequest } from './token-client';

/** Edits arrive keystroke by keystroke; a key is minted only once the persona has settled. */
export const PREFETCH_SETTLE_MS = 800;

export interface Prefetcher {
  prefetch(request: TokenRequest): void;
}

/** Decides when the key for the next call is fetched: after the persona settles, or at once when asked. */
export class PrefetchPolicy {
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly tokens: Prefetcher,
    private readonly settleMs = PREFETCH_SETTLE_MS,
  ) {}

  /** The request changed (an edit): fetch its key once it has stopped changing. */
  afterSettle(request: () => TokenRequest | null): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = null;
      this.now(request());
    }, this.settleMs);
  }

  now(request: TokenRequest | null): void {
    this.cancel();
    if (request) this.tokens.prefetch(request);
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
