import { MemoryLimitStore, type LimitStore } from './limit-store.ts';
import type { Logger } from './logger.ts';
import { StoreHealth } from './store-health.ts';

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const MINUTE_MS = 60_000;

/**
 * Per-client requests per minute. With a shared store every instance counts together; when that store
 * cannot be reached, this instance counts in its own memory meanwhile (a per-client limit is a courtesy
 * against one noisy client, not the bill's guard: that is the key cap, which fails closed).
 */
export class ClientLimiter {
  private readonly fallback = new MemoryLimitStore();
  private readonly health: StoreHealth | null;

  constructor(
    private readonly name: string,
    private readonly perMinute: number,
    private readonly store: LimitStore,
    private readonly now: () => number,
    logger: Logger,
  ) {
    this.health = store.kind === 'memory' ? null : new StoreHealth(
      logger,
      `${store.kind} unreachable: the ${name} per-client rate limit falls back to this instance's memory until it answers again`,
      `${store.kind} answers again: the ${name} per-client rate limit is shared across instances again`,
    );
  }

  async take(client: string): Promise<RateDecision> {
    const windows = [{ key: `client:${this.name}:${client}`, limit: this.perMinute, windowMs: MINUTE_MS }];
    const now = this.now();
    let result;
    try {
      result = await this.store.take(windows, now);
      this.health?.answered();
    } catch (error) {
      this.health?.failed(error);
      result = this.fallback.takeNow(windows, now);
    }
    return result.allowed ? { allowed: true } : { allowed: false, retryAfterSeconds: result.retryAfterSeconds };
  }
}
