import type { LimitStore, LimitWindow } from './limit-store.ts';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

export type CapDecision =
  | { outcome: 'allowed' }
  | { outcome: 'reached'; per: 'hour' | 'day'; limit: number; retryAfterSeconds: number }
  | { outcome: 'store_unavailable' };

export interface CapUsage {
  hour: { used: number; limit: number } | null;
  day: { used: number; limit: number } | null;
  status: 'ok' | 'unavailable';
}

/**
 * The site owner's bill guard: keys minted per UTC hour and day over all clients and all instances.
 * When the store cannot be reached it refuses (fails closed): an unknown count may already be over.
 */
export class KeyCap {
  private readonly windows: { per: 'hour' | 'day'; window: LimitWindow }[];

  constructor(
    hourly: number,
    daily: number,
    private readonly store: LimitStore,
    private readonly now: () => number,
  ) {
    this.windows = [];
    if (hourly > 0) this.windows.push({ per: 'hour', window: { key: 'cap:token:hour', limit: hourly, windowMs: HOUR_MS } });
    if (daily > 0) this.windows.push({ per: 'day', window: { key: 'cap:token:day', limit: daily, windowMs: DAY_MS } });
  }

  async take(): Promise<CapDecision> {
    if (this.windows.length === 0) return { outcome: 'allowed' };
    try {
      const result = await this.store.take(this.windows.map((w) => w.window), this.now());
      if (result.allowed) return { outcome: 'allowed' };
      const full = this.windows.find((w, i) => (result.counts[i] ?? Infinity) >= w.window.limit) ?? this.windows[0];
      return { outcome: 'reached', per: full?.per ?? 'hour', limit: full?.window.limit ?? 0, retryAfterSeconds: result.retryAfterSeconds };
    } catch {
      // The store logs the outage once.
      return { outcome: 'store_unavailable' };
    }
  }

  async usage(): Promise<CapUsage> {
    const empty: CapUsage = { hour: null, day: null, status: 'ok' };
    if (this.windows.length === 0) return empty;
    let counts: number[];
    try {
      counts = await this.store.peek(this.windows.map((w) => w.window), this.now());
    } catch {
      return { ...empty, status: 'unavailable' };
    }
    const usage = { ...empty };
    this.windows.forEach((w, i) => {
      usage[w.per] = { used: Math.min(counts[i] ?? 0, w.window.limit), limit: w.window.limit };
    });
    return usage;
  }
}
