import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startRealtimeStandin, type RealtimeStandin } from '../../stand-ins/openai-realtime/standin.ts';
import type { HealthResponse, TokenResponse } from '../../../server-token/contract.ts';

let standin: RealtimeStandin;
beforeAll(async () => {
  standin = await startRealtimeStandin({ port: 0 });
});
afterAll(async () => {
  await standin.close();
});

async function freshWorker() {
  vi.resetModules();
  return (await import('../../../server-token/worker-entry.ts')).default;
}

describe('worker entry (serverless hosts)', () => {
  it('builds the config from the env bindings and serves health and tokens, checking the model lazily', async () => {
    const worker = await freshWorker();
    const env = { OPENAI_API_KEY: 'sk-worker-0123456789abcdef', OPENAI_BASE_URL: standin.baseUrl, PUBLIC_ORIGIN: 'https://talk.example.com', SOME_BINDING: { kv: true } };
    const health = (await (await worker.fetch(new Request('https://talk.example.com/api/health'), env)).json()) as HealthResponse;
    expect(health).toMatchObject({ ok: true, mode: 'live', model: 'gpt-realtime-2', modelCheck: { status: 'ok' } });
    const res = await worker.fetch(new Request('https://talk.example.com/api/realtime/token', { method: 'POST', headers: { origin: 'https://talk.example.com' }, body: '{"voice":"verse"}' }), env);
    expect(res.status).toBe(200);
    expect(((await res.json()) as TokenResponse).callsUrl).toBe(`${standin.baseUrl}/realtime/calls`);
  });

  it('point 4: says at start that every client shares one bucket on a host without a client address', async () => {
    const worker = await freshWorker();
    const printed: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((line: unknown) => { printed.push(String(line)); });
    try {
      const env = { OPENAI_API_KEY: 'sk-worker-0123456789abcdef', OPENAI_BASE_URL: standin.baseUrl, PUBLIC_ORIGIN: 'https://talk.example.com', REDIS_URL: 'redis://127.0.0.1:9' };
      await worker.fetch(new Request('https://talk.example.com/api/health'), env);
    } finally {
      spy.mockRestore();
    }
    const warnings = printed.map((l) => JSON.parse(l) as { level: string; msg: string }).filter((l) => l.level === 'warn');
    expect(warnings.some((w) => /every client shares one rate-limit bucket.*TRUST_PROXY/.test(w.msg))).toBe(true);
    expect(warnings.some((w) => /REDIS_URL is ignored here/.test(w.msg))).toBe(true);
  });

  it('refuses a request for a host other than PUBLIC_ORIGIN', async () => {
    const worker = await freshWorker();
    const env = { OPENAI_API_KEY: 'sk-worker-0123456789abcdef', OPENAI_BASE_URL: standin.baseUrl, PUBLIC_ORIGIN: 'https://talk.example.com' };
    expect((await worker.fetch(new Request('https://rebound.example/api/health'), env)).status).toBe(403);
  });

  it('answers 503 with the fix when the env cannot work', async () => {
    const worker = await freshWorker();
    const res = await worker.fetch(new Request('https://talk.example.com/api/health'), {});
    expect(res.status).toBe(503);
    const body = (await res.json()) as { error: { code: string; hint: string } };
    expect(body.error.code).toBe('server_misconfigured');
    expect(body.error.hint).toMatch(/OPENAI_API_KEY is not set/);
  });
});
