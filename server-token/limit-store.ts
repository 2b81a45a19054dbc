/** One fixed window to count in: `limit` hits per `windowMs`, aligned to the epoch (so UTC hours and days). */
export interface LimitWindow {
  key: string;
  limit: number;
  windowMs: number;
}

export interface TakeResult {
  /** True when every window had room; then each was counted once. When false, none was. */
  allowed: boolean;
  /** Counts after this take, one per window. */
  counts: number[];
  /** Seconds until the first full window ends (0 when allowed). */
  retryAfterSeconds: number;
}

/**
 * Where limits are counted: this process's memory, or a store every instance shares (Redis). Methods
 * reject when a shared store cannot be reached; the callers decide whether that fails open or closed.
 */
export interface LimitStore {
  readonly kind: 'memory' | 'redis';
  take(windows: readonly LimitWindow[], now: number): Promise<TakeResult>;
  peek(windows: readonly LimitWindow[], now: number): Promise<number[]>;
  close(): Promise<void>;
}

export function windowIndex(now: number, windowMs: number): number {
  return Math.floor(now / windowMs);
}

export function secondsUntilWindowEnds(now: number, windowMs: number): number {
  return Math.max(1, Math.ceil(((windowIndex(now, windowMs) + 1) * windowMs - now) / 1000));
}

interface Slot {
  index: number;
  windowMs: number;
  count: number;
  limit: number;
}

/**
 * Counters in a Map, bounded by `maxKeys`. When full, ended windows go first, then the oldest keys that
 * still have room; a key that is at its limit right now is never dropped, or dropping it would reset it.
 */
export class MemoryLimitStore implements LimitStore {
  readonly kind = 'memory';
  private readonly slots = new Map<string, Slot>();

  constructor(private readonly maxKeys = 10_000) {}

  get size(): number {
    return this.slots.size;
  }

  async take(windows: readonly LimitWindow[], now: number): Promise<TakeResult> {
    return this.takeNow(windows, now);
  }

  takeNow(windows: readonly LimitWindow[], now: number): TakeResult {
    const current = windows.map((w) => this.current(w, now));
    const full = windows.findIndex((w, i) => (current[i] ?? 0) >= w.limit);
    if (full >= 0) {
      const window = windows[full] as LimitWindow;
      return { allowed: false, counts: current, retryAfterSeconds: secondsUntilWindowEnds(now, window.windowMs) };
    }
    const counts = windows.map((w) => this.increment(w, now));
    return { allowed: true, counts, retryAfterSeconds: 0 };
  }

  async peek(windows: readonly LimitWindow[], now: number): Promise<number[]> {
    return windows.map((w) => this.current(w, now));
  }

  async close(): Promise<void> {
    this.slots.clear();
  }

  private current(window: LimitWindow, now: number): number {
    const slot = this.slots.get(window.key);
    return slot && slot.index === windowIndex(now, window.windowMs) ? slot.count : 0;
  }

  private increment(window: LimitWindow, now: number): number {
    const index = windowIndex(now, window.windowMs);
    let slot = this.slots.get(window.key);
    if (!slot || slot.index !== index) {
      if (!slot && this.slots.size >= this.maxKeys) this.evict(now);
      // Re-insert so Map order stays oldest-window-first.
      this.slots.delete(window.key);
      slot = { index, windowMs: window.windowMs, count: 0, limit: window.limit };
      this.slots.set(window.key, slot);
    }
    slot.count += 1;
    slot.limit = window.limit;
    return slot.count;
  }

  private evict(now: number): void {
    for (const [key, slot] of this.slots) if (slot.index < windowIndex(now, slot.windowMs)) this.slots.delete(key);
    let toDrop = this.slots.size - Math.floor(this.maxKeys / 2);
    for (const [key, slot] of this.slots) {
      if (toDrop <= 0) break;
      if (slot.count >= slot.limit) continue;
      this.slots.delete(key);
      toDrop -= 1;
    }
  }
}
