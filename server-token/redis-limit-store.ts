import { Redis } from 'ioredis';
import type { LimitStore, LimitWindow, TakeResult } from './limit-store.ts';
import { secondsUntilWindowEnds, windowIndex } from './limit-store.ts';
import type { Logger } from './logger.ts';
import { StoreHealth } from './store-health.ts';

/**
 * All windows are checked, then all counted, in one script: Redis runs it atomically, so two instances
 * can never both take the last slot, and a refused request counts nowhere.
 * KEYS: one per window; ARGV: limit and window length (ms) for each, in order.
 */
const TAKE_SCRIPT = `
local counts = {}
for i, key in ipairs(KEYS) do
  counts[i] = tonumber(redis.call('GET', key) or '0')
  if counts[i] >= tonumber(ARGV[i * 2 - 1]) then return {0, i, unpack(counts)} end
end
for i, key in ipairs(KEYS) do
  counts[i] = redis.call('INCR', key)
  if counts[i] == 1 then redis.call('PEXPIRE', key, ARGV[i * 2]) end
end
return {1, 0, unpack(counts)}
`;

export interface RedisLimitStoreOptions {
  url: string;
  /** Prefix of every key, so several apps can share one Redis. */
  prefix?: string;
  /** A command slower than this counts as Redis being unreachable. */
  commandTimeoutMs?: number;
  /** Gets one line when Redis stops answering and one when it answers again. */
  logger: Logger;
}

export const REDIS_DOWN_MESSAGE =
  'Redis unreachable: no call keys are minted until it answers (the TOKEN_HOURLY_LIMIT / TOKEN_DAILY_LIMIT cap fails closed, 503 limit_store_unavailable); per-client rate limits fall back to this instance\'s memory meanwhile';
export const REDIS_UP_MESSAGE = 'Redis answers again: key caps and per-client limits are shared across instances again';

/** Limits shared by every instance that points at the same Redis. */
export class RedisLimitStore implements LimitStore {
  readonly kind = 'redis';
  readonly client: Redis;
  private readonly prefix: string;
  private readonly health: StoreHealth;

  constructor(options: RedisLimitStoreOptions) {
    this.prefix = options.prefix ?? 'persona-talk:limits:';
    this.health = new StoreHealth(options.logger, REDIS_DOWN_MESSAGE, REDIS_UP_MESSAGE);
    this.client = new Redis(options.url, {
      lazyConnect: true,
      // Fail fast while disconnected instead of queueing: a limit check must not hang a request.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 2_000,
      commandTimeout: options.commandTimeoutMs ?? 1_000,
      retryStrategy: (attempt) => Math.min(attempt * 250, 2_000),
    });
    this.client.defineCommand('personaTalkTake', { lua: TAKE_SCRIPT });
  }

  /** Resolves once connected; rejects with the reason when the first connection fails. */
  async connect(): Promise<void> {
    try {
      await this.client.connect();
    } catch (error) {
      this.health.failed(error);
      throw error;
    }
  }

  /** Runs one command; the first failure of an outage and the first success after it are logged. */
  private async tracked<T>(command: () => Promise<T>): Promise<T> {
    try {
      const result = await command();
      this.health.answered();
      return result;
    } catch (error) {
      this.health.failed(error);
      throw error;
    }
  }

  private keyOf(window: LimitWindow, now: number): string {
    return `${this.prefix}${window.key}:${window.windowMs}:${windowIndex(now, window.windowMs)}`;
  }

  async take(windows: readonly LimitWindow[], now: number): Promise<TakeResult> {
    const keys = windows.map((w) => this.keyOf(w, now));
    const args = windows.flatMap((w) => [String(w.limit), String(w.windowMs + 60_000)]);
    const take = (this.client as unknown as { personaTalkTake(n: number, ...rest: string[]): Promise<number[]> }).personaTalkTake;
    const [allowed, fullIndex, ...counts] = await this.tracked(() => take.call(this.client, keys.length, ...keys, ...args));
    if (allowed === 1) return { allowed: true, counts, retryAfterSeconds: 0 };
    const full = windows[(fullIndex ?? 1) - 1] as LimitWindow;
    return { allowed: false, counts, retryAfterSeconds: secondsUntilWindowEnds(now, full.windowMs) };
  }

  async peek(windows: readonly LimitWindow[], now: number): Promise<number[]> {
    if (windows.length === 0) return [];
    const values = await this.tracked(() => this.client.mget(...windows.map((w) => this.keyOf(w, now))));
    return values.map((v) => Number(v ?? 0));
  }

  async close(): Promise<void> {
    this.client.disconnect();
  }
}
