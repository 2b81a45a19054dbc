import { describe, expect, it, vi } from 'vitest';
import { TokenCache } from '../../../src/call/token-cache.ts';
import type { TokenResponse } from '../../../server-token/contract/token.ts';

const token = (value: string, expiresAt: number): TokenResponse => ({
  value, expiresAt, model: 'gpt-realtime-2', callsUrl: 'http://127.0.0.1:1/v1/realtime/calls', session: {},
});

describe('TokenCache', () => {
  it('hands out a prefetched key once, for the same request only', async () => {
    let n = 0;
    const fetcher = vi.fn(async () => token(`ek_${++n}`, 2_000));
    const cache = new TokenCache(fetcher, () => 1_000_000);
    cache.prefetch({ voice: 'marin' });
    cache.prefetch({ voice: 'marin' });
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect((await cache.take({ voice: 'marin' })).value).toBe('ek_1');
    expect((await cache.take({ voice: 'marin' })).value).toBe('ek_2');
    cache.prefetch({ voice: 'marin' });
    expect((await cache.take({ voice: 'cedar' })).value).toBe('ek_4');
    cache.clear();
  });

  it('does not use a key that is about to expire, and retries a failed prefetch', async () => {
    let now = 1_000_000;
    const fetcher = vi
      .fn<() => Promise<TokenResponse>>()
      .mockRejectedValueOnce(new Error('down'))
      .mockResolvedValueOnce(token('ek_old', 1_010))
      .mockResolvedValueOnce(token('ek_new', 2_000));
    const cache = new TokenCache(fetcher, () => now);
    cache.prefetch({});
    await expect(cache.take({})).resolves.toMatchObject({ value: 'ek_old' }); // the failed prefetch was retried
    cache.prefetch({});
    now = 1_000_000 + 5_000; // 5 s before expiry: inside the safety margin
    await expect(cache.take({})).resolves.toMatchObject({ value: 'ek_new' });
    cache.clear();
  });

  it('refreshes a prefetched key before it expires', async () => {
    vi.useFakeTimers();
    try {
      let n = 0;
      const fetcher = vi.fn(async () => token(`ek_${++n}`, Math.floor(Date.now() / 1000) + 120));
      const cache = new TokenCache(fetcher);
      cache.prefetch({});
      await vi.advanceTimersByTimeAsync(99_000);
      expect(fetcher).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(2_000);
      expect(fetcher).toHaveBeenCalledTimes(2);
      await expect(cache.take({})).resolves.toMatchObject({ value: 'ek_2' });
      cache.clear();
    } finally {
      vi.useRealTimers();
    }
  });
});
