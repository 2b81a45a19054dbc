import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PrefetchPolicy } from '../../../src/call/prefetch-policy.ts';
import type { TokenRequest } from '../../../src/call/token-client.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('PrefetchPolicy', () => {
  it('fetches the latest request once it has settled, and at once when asked', () => {
    const fetched: TokenRequest[] = [];
    const policy = new PrefetchPolicy({ prefetch: (request) => void fetched.push(request) }, 800);
    let voice: TokenRequest['voice'] = 'marin';
    policy.afterSettle(() => ({ voice }));
    vi.advanceTimersByTime(500);
    voice = 'cedar';
    policy.afterSettle(() => ({ voice }));
    vi.advanceTimersByTime(799);
    expect(fetched).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(fetched).toEqual([{ voice: 'cedar' }]);
    policy.now({ voice: 'ash' });
    policy.now(null);
    expect(fetched).toEqual([{ voice: 'cedar' }, { voice: 'ash' }]);
  });

  it('a cancelled wait fetches nothing', () => {
    const fetched: TokenRequest[] = [];
    const policy = new PrefetchPolicy({ prefetch: (request) => void fetched.push(request) }, 800);
    policy.afterSettle(() => ({}));
    policy.cancel();
    vi.advanceTimersByTime(5_000);
    expect(fetched).toEqual([]);
  });
});
