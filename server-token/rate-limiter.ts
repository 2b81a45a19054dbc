export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Fixed one-minute windows per client; memory is bounded by pruning expired windows. */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limitPerWindow: number,
    private readonly now: () => number,
    private readonly windowMs = 60_000,
    private readonly maxClients = 10_000,
  ) {}

  take(client: string): RateDecision {
    const now = this.now();
    let window = this.windows.get(client);
    if (!window || now - window.start >= this.windowMs) {
      if (!window && this.windows.size >= this.maxClients) this.prune(now);
      window = { start: now, count: 0 };
      this.windows.set(client, window);
    }
    if (window.count >= this.limitPerWindow) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.start + this.windowMs - now) / 1000)) };
    }
    window.count += 1;
    return { allowed: true };
  }

  private prune(now: number): void {
    for (const [client, window] of this.windows) {
      if (now - window.start >= this.windowMs) this.windows.delete(client);
    }
    // Still full: a flood of distinct addresses. Drop the oldest half rather than grow without bound.
    if (this.windows.size >= this.maxClients) {
      let toDrop = Math.ceil(this.windows.size / 2);
      for (const client of this.windows.keys()) {
        if (toDrop-- <= 0) break;
        this.windows.delete(client);
      }
    }
  }
}
