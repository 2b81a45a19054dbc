import { MemoryLimitStore, type LimitStore } from './limit-store.ts';

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const MINUTE_MS = 60_000;

/**
 * Per-client requests per minute. With a shared store every instance counts together; when that store
 * cannot be reached, this instance counts in its own memory meanwhile (a per-client limit is a courtesy
 * against one noisy client, not the bill's guard: that is the key cap, which fails closed).
 */
export class ClientLimiter {
  private readonly fallback = new MemoryLimitStore();

  constructor(
    private readonly name: string,
    private readonly perMinute: number,
    private readonly store: LimitStore,
    private readonly now: () => number,
  ) {}

  async take(client: string): Promise<RateDecision> {
    const windows = [{ key: `client:${this.name}:${client}`, limit: this.perMinute, windowMs: MINUTE_MS }];
    const now = this.now();
    let result;
    try {
      result = await this.store.take(windows, now);
    } catch {
      // The store logs the outage once (and says that this fallback is in use).
      result = this.fallback.takeNow(windows, now);
    }
    return result.allowed ? { allowed: true } : { allowed: false, retryAfterSeconds: result.retryAfterSeconds };
  }
}
