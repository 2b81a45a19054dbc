import { afterEach, describe, expect, it, vi } from 'vitest';
import { TokenCache } from '../../../src/call/token-cache.ts';
import type { TokenResponse } from '../../../server-token/contract.ts';

/** A key as the server sends it: `expiresAt` on OpenAI's clock, `expiresInSeconds` left when it was sent. */
const token = (value: string, expiresInSeconds: number, expiresAt = 0): TokenResponse => ({
  value, expiresAt, expiresInSeconds, model: 'gpt-realtime-2', callsUrl: 'http://127.0.0.1:1/v1/realtime/calls', session: {},
});

afterEach(() => vi.useRealTimers());

describe('TokenCache', () => {
  it('hands out a prefetched key once, for the same request only', async () => {
    let n = 0;
    const fetcher = vi.fn(async () => token(`ek_${++n}`, 120));
    const cache = new TokenCache(fetcher, () => 1_000_000);
    cache.prefetch({ language: 'en' });
    cache.prefetch({ language: 'en' });
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect((await cache.take({ language: 'en' })).value).toBe('ek_1');
    expect((await cache.take({ language: 'en' })).value).toBe('ek_2');
    cache.prefetch({ language: 'en' });
    expect((await cache.take({ language: 'ko' })).value).toBe('ek_4');
  });

  it('does not use a key that is about to expire, and retries a failed prefetch', async () => {
    let now = 1_000_000;
    const fetcher = vi
      .fn<() => Promise<TokenResponse>>()
      .mockRejectedValueOnce(new Error('down'))
      .mockResolvedValueOnce(token('ek_old', 25))
      .mockResolvedValueOnce(token('ek_new', 120));
    const cache = new TokenCache(fetcher, () => now);
    cache.prefetch({});
    await expect(cache.take({})).resolves.toMatchObject({ value: 'ek_old' }); // the failed prefetch was retried
    cache.prefetch({});
    now += 6_000; // 19 s left: inside the safety margin
    await expect(cache.take({})).resolves.toMatchObject({ value: 'ek_new' });
  });

  it('counts the key’s lifetime by this browser’s clock, however far off it is from OpenAI’s', async () => {
    const browserClock = 1_000_000_000; // 30 s behind the server: expires_at looks 150 s away
    const fetcher = vi.fn(async () => token('ek_1', 120, browserClock / 1000 + 150));
    let now = browserClock;
    const cache = new TokenCache(fetcher, () => now);
    cache.prefetch({});
    await Promise.resolve();
    now += 110_000; // 10 s left by receipt time, though expires_at says 40 s
    await cache.take({});
    expect(fetcher).toHaveBeenCalledTimes(2);
  });

  it('refreshes a prefetched key before it expires, so an idle page mints one key per lifetime', async () => {
    vi.useFakeTimers();
    let n = 0;
    const fetcher = vi.fn(async () => token(`ek_${++n}`, 120));
    const cache = new TokenCache(fetcher);
    cache.prefetch({});
    await vi.advanceTimersByTimeAsync(99_000);
    expect(fetcher).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(fetcher).toHaveBeenCalledTimes(2);
    await expect(cache.take({})).resolves.toMatchObject({ value: 'ek_2' });
  });
});
