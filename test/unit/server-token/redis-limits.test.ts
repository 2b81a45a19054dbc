import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { HealthResponse } from '../../../server-token/contract.ts';
import { startTokenServer, type RunningTokenServer } from '../../../server-token/node-server.ts';
import { REDIS_DOWN_MESSAGE, REDIS_UP_MESSAGE } from '../../../server-token/redis-limit-store.ts';
import { fakeUpstream } from './support/fake-upstream.ts';
import { TEST_KEY } from './support/harness.ts';
import { startTestRedis, type TestRedis } from './support/redis-server.ts';

let redis: TestRedis;
beforeAll(async () => {
  redis = await startTestRedis();
}, 20_000);
afterAll(async () => {
  await redis?.stop();
});
beforeEach(async () => {
  await redis.flush();
});

const BASE = { OPENAI_API_KEY: TEST_KEY, OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', OPENAI_MODEL_CHECK: 'off', GEMINI_API_KEY: 'AIzaSiteKey0123456789abcdef' };

async function twoInstances(env: Record<string, string>, lines: string[][] = [[], []]): Promise<RunningTokenServer[]> {
  return Promise.all(lines.map((sink) => startTokenServer({
    env: { ...BASE, REDIS_URL: redis.url, ...env },
    port: 0,
    logger: (l) => sink.push(l),
    deps: { openaiFactory: fakeUpstream().factory, fetch: async () => new Response('{"candidates":[]}', { headers: { 'content-type': 'application/json' } }) },
  })));
}

async function mint(server: RunningTokenServer): Promise<{ status: number; code?: string; retryAfter: string | null }> {
  const res = await fetch(`${server.url}/api/realtime/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  const body = (await res.json()) as { error?: { code: string } };
  return { status: res.status, ...(body.error ? { code: body.error.code } : {}), retryAfter: res.headers.get('retry-after') };
}

async function closeAll(servers: RunningTokenServer[]): Promise<void> {
  await Promise.all(servers.map((s) => s.close()));
}

describe('limits shared through Redis', () => {
  it('two instances on one Redis share one per-client limit', async () => {
    const servers = await twoInstances({ TOKEN_RATE_LIMIT_PER_MINUTE: '3', TOKEN_HOURLY_LIMIT: '0', TOKEN_DAILY_LIMIT: '0' });
    try {
      const [a, b] = servers as [RunningTokenServer, RunningTokenServer];
      const results = [await mint(a), await mint(b), await mint(a), await mint(b), await mint(a)];
      expect(results.map((r) => r.status)).toEqual([200, 200, 200, 429, 429]);
      expect(results[3]?.code).toBe('rate_limited');
    } finally {
      await closeAll(servers);
    }
  });

  it('two instances on one Redis share one key cap, and both health answers show it', async () => {
    const servers = await twoInstances({ TOKEN_RATE_LIMIT_PER_MINUTE: '100', TOKEN_HOURLY_LIMIT: '4', TOKEN_DAILY_LIMIT: '50' });
    try {
      const [a, b] = servers as [RunningTokenServer, RunningTokenServer];
      const statuses = [];
      for (let i = 0; i < 6; i++) statuses.push(await mint(i % 2 === 0 ? a : b));
      expect(statuses.map((r) => r.status)).toEqual([200, 200, 200, 200, 429, 429]);
      expect(statuses[4]).toMatchObject({ code: 'token_cap_reached' });
      expect(Number(statuses[4]?.retryAfter)).toBeGreaterThan(0);
      for (const server of servers) {
        const health = (await (await fetch(`${server.url}/api/health`)).json()) as HealthResponse;
        expect(health.limits).toEqual({ store: 'redis', keyCap: { status: 'ok', hour: { used: 4, limit: 4 }, day: { used: 4, limit: 50 } } });
      }
    } finally {
      await closeAll(servers);
    }
  });

  it('Redis gone: the key cap fails closed with 503, the per-client limit falls back to memory, each said in one line', async () => {
    const lines: string[] = [];
    const [server] = (await twoInstances({ TOKEN_RATE_LIMIT_PER_MINUTE: '2', GEMINI_RATE_LIMIT_PER_MINUTE: '2', TOKEN_HOURLY_LIMIT: '10' }, [lines])) as [RunningTokenServer];
    try {
      expect((await mint(server)).status).toBe(200);
      await redis.stop();
      const down = [await mint(server), await mint(server), await mint(server)];
      expect(down[0]).toMatchObject({ status: 503, code: 'limit_store_unavailable' });
      const gemini = async () => (await fetch(`${server.url}/api/gemini/v1beta/models/gemini-3.6-flash:generateContent`, { method: 'POST', body: '{}' })).status;
      // The per-client limit still holds, from this instance's memory.
      expect([await gemini(), await gemini(), await gemini()]).toEqual([200, 200, 429]);
      const health = (await (await fetch(`${server.url}/api/health`)).json()) as HealthResponse;
      expect(health.limits.keyCap.status).toBe('unavailable');
      const downLines = lines.filter((l) => l.includes(REDIS_DOWN_MESSAGE.slice(0, 40)));
      expect(downLines).toHaveLength(1);
      expect(JSON.parse(downLines[0] ?? '{}')).toMatchObject({ level: 'error', msg: REDIS_DOWN_MESSAGE });

      await redis.start();
      let back = await mint(server);
      for (let i = 0; i < 40 && back.status !== 200; i++) {
        await new Promise((r) => setTimeout(r, 100));
        back = await mint(server);
      }
      expect(back.status).toBe(200);
      expect(lines.filter((l) => l.includes(REDIS_UP_MESSAGE))).toHaveLength(1);
    } finally {
      await server.close();
      await redis.start().catch(() => undefined);
    }
  }, 20_000);

  it('Redis unreachable at start: the server starts, says so in one line, and mints nothing', async () => {
    const lines: string[] = [];
    const server = await startTokenServer({
      env: { ...BASE, REDIS_URL: 'redis://127.0.0.1:9', TOKEN_HOURLY_LIMIT: '10' },
      port: 0, logger: (l) => lines.push(l), deps: { openaiFactory: fakeUpstream().factory },
    });
    try {
      expect([await mint(server), await mint(server)].map((r) => r.code)).toEqual(['limit_store_unavailable', 'limit_store_unavailable']);
      expect(lines.filter((l) => l.includes('Redis unreachable'))).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});
