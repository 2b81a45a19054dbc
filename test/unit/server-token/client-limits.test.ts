import { describe, expect, it } from 'vitest';
import { clientAddress } from '../../../server-token/client-address.ts';
import { ClientLimiter } from '../../../server-token/client-limiter.ts';
import { MemoryLimitStore } from '../../../server-token/limit-store.ts';
import { parseIp, rateLimitKey } from '../../../server-token/ip-address.ts';
import { UNKNOWN_CLIENT_WARNING } from '../../../server-token/app.ts';
import { ORIGIN, TEST_KEY, buildApp, tokenRequest } from './support/harness.ts';


describe('per-client limit (memory store)', () => {
  it('allows the limit per minute, then answers with the seconds until the window ends', async () => {
    let now = 1_000_020_000;
    const limiter = new ClientLimiter('token', 2, new MemoryLimitStore(), () => now);
    expect(await limiter.take('a')).toEqual({ allowed: true });
    expect(await limiter.take('a')).toEqual({ allowed: true });
    now += 15_000;
    expect(await limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 45 });
    expect(await limiter.take('b')).toEqual({ allowed: true });
    now += 45_000;
    expect(await limiter.take('a')).toEqual({ allowed: true });
  });

  it('point 4: a flood of fresh addresses never evicts a client being limited right now', async () => {
    const store = new MemoryLimitStore(100);
    const limiter = new ClientLimiter('token', 1, store, () => 5_000);
    expect(await limiter.take('limited')).toEqual({ allowed: true });
    expect((await limiter.take('limited')).allowed).toBe(false);
    // Other clients with room left are fair game; the limited one must stay limited.
    const flood = new ClientLimiter('token', 5, store, () => 5_000);
    for (let i = 0; i < 10_000; i++) await flood.take(`c${i}`);
    expect(store.size).toBeLessThanOrEqual(100);
    expect((await limiter.take('limited')).allowed).toBe(false);
  });
});

describe('client address', () => {
  const socket = { incoming: { socket: { remoteAddress: '10.0.0.2' } } };
  const xff = (value: string) => new Request('http://x/', { headers: { 'x-forwarded-for': value } });

  it('point 2: takes the right-most hop that is not a trusted proxy', () => {
    const spoofed = xff('203.0.113.5, 198.51.100.7');
    expect(clientAddress(spoofed, socket, { trustProxy: 0, onCloudflare: false })).toBe('10.0.0.2');
    expect(clientAddress(spoofed, socket, { trustProxy: 1, onCloudflare: false })).toBe('198.51.100.7');
    expect(clientAddress(xff('203.0.113.5, 198.51.100.7, 192.0.2.1'), socket, { trustProxy: 2, onCloudflare: false })).toBe('198.51.100.7');
    expect(clientAddress(xff('not-an-ip'), socket, { trustProxy: 1, onCloudflare: false })).toBe('10.0.0.2');
    expect(clientAddress(new Request('http://x/'), undefined, { trustProxy: 0, onCloudflare: false })).toBe('unknown');
  });

  it('point 2: believes CF-Connecting-IP only on Cloudflare', () => {
    const request = new Request('http://x/', { headers: { 'cf-connecting-ip': '198.51.100.9' } });
    expect(clientAddress(request, socket, { trustProxy: 1, onCloudflare: false })).toBe('10.0.0.2');
    expect(clientAddress(request, undefined, { trustProxy: 0, onCloudflare: true })).toBe('198.51.100.9');
  });

  it('point 4: keys IPv6 clients by their /64 and IPv4-mapped addresses as IPv4', () => {
    const key = (text: string) => rateLimitKey(parseIp(text) ?? { version: 4, text: 'bad' });
    expect(key('2001:db8:1:2:aaaa::1')).toBe(key('2001:db8:1:2:ffff:eeee:dddd:cccc'));
    expect(key('2001:db8:1:2::1')).not.toBe(key('2001:db8:1:3::1'));
    expect(key('[2001:db8:1:2::1]:443')).toBe('2001:db8:1:2::/64');
    expect(key('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(parseIp('1::2::3')).toBeNull();
    expect(parseIp('999.0.0.1')).toBeNull();
  });
});

describe('rate limiting through the handler', () => {
  const env = { OPENAI_API_KEY: TEST_KEY, OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', OPENAI_MODEL_CHECK: 'off', TOKEN_RATE_LIMIT_PER_MINUTE: '3' };

  it('point 2: 15 requests with a spoofed first X-Forwarded-For hop behind one proxy are limited', async () => {
    const { app } = buildApp({ ...env, TRUST_PROXY: '1' }, { fetch: async () => new Response('{}', { status: 500 }) });
    const statuses: number[] = [];
    for (let i = 0; i < 15; i++) {
      statuses.push((await app.fetch(tokenRequest({}, { 'x-forwarded-for': `203.0.113.${i}, 198.51.100.7` }))).status);
    }
    expect(statuses.filter((s) => s === 429)).toHaveLength(12);
  });

  it('point 4: a host with no client address says once that every client shares one bucket', async () => {
    const { app, lines } = buildApp(env, { fetch: async () => new Response('{}', { status: 500 }) });
    for (let i = 0; i < 3; i++) await app.fetch(tokenRequest({}, { origin: ORIGIN }));
    const warnings = lines.filter((l) => l.includes('one rate-limit bucket'));
    expect(warnings).toHaveLength(1);
    expect(JSON.parse(warnings[0] ?? '{}')).toMatchObject({ level: 'warn', msg: UNKNOWN_CLIENT_WARNING });
  });
});
