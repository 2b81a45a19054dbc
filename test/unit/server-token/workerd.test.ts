import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGeminiStandin, type GeminiStandin } from '../../stand-ins/gemini/gemini-standin.ts';
import { startRealtimeStandin, type RealtimeStandin } from '../../stand-ins/openai-realtime/standin.ts';
import type { HealthResponse, TokenResponse } from '../../../server-token/contract.ts';
import { COMPATIBILITY_DATE, startWorkerd, type RunningWorkerd } from './support/workerd-runner.ts';

const OPENAI_KEY = 'sk-workerd-test-0123456789abcdef';
const GEMINI_KEY = 'workerd-gemini-key-0123456789';
const PARTNER = 'https://talk.example.com';

let realtime: RealtimeStandin;
let gemini: GeminiStandin;
let worker: RunningWorkerd;

beforeAll(async () => {
  realtime = await startRealtimeStandin({ port: 0 });
  gemini = await startGeminiStandin({ port: 0, chunkDelayMs: 0 });
  worker = await startWorkerd((url) => ({
    OPENAI_API_KEY: OPENAI_KEY,
    OPENAI_BASE_URL: realtime.baseUrl,
    GEMINI_API_KEY: GEMINI_KEY,
    GEMINI_BASE_URL: gemini.baseUrl,
    PUBLIC_ORIGIN: url,
    ALLOWED_ORIGINS: PARTNER,
    TOKEN_RATE_LIMIT_PER_MINUTE: '4',
  }));
}, 60_000);
afterAll(async () => {
  await worker?.close();
  await Promise.all([realtime?.close(), gemini?.close()]);
});

async function post(path: string, body: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${worker.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}

/** fetch() will not send a Host of our choosing; node:http will. */
function statusForHost(host: string): Promise<number> {
  const { hostname, port } = new URL(worker.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, path: '/api/realtime/token', method: 'POST', headers: { host, 'content-type': 'application/json', ...client(3) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end('{}');
  });
}

async function errorCode(response: Response): Promise<string | undefined> {
  return ((await response.json()) as { error?: { code?: string } }).error?.code;
}

/** Each test its own client address (CF-Connecting-IP is the platform's word inside workerd), so limits don't mix. */
const client = (n: number) => ({ 'cf-connecting-ip': `198.51.100.${n}` });

describe('worker-entry in workerd (the Cloudflare Workers runtime)', () => {
  it('answers health with the lazy model check', async () => {
    const health = (await (await fetch(`${worker.url}/api/health`)).json()) as HealthResponse;
    expect(health).toMatchObject({ ok: true, mode: 'live', model: 'gpt-realtime-2', modelCheck: { status: 'ok' }, limits: { store: 'memory' } });
  });

  it('mints a key with the model pinned by the server', async () => {
    const before = realtime.mints.length;
    const res = await post('/api/realtime/token', JSON.stringify({ voice: 'cedar', instructions: '당신은 부산의 제빵사입니다.' }), { ...client(1), origin: worker.url });
    expect(res.status).toBe(200);
    const token = (await res.json()) as TokenResponse;
    expect(token.value).toMatch(/^ek_/);
    expect(token.model).toBe('gpt-realtime-2');
    expect(token.callsUrl).toBe(`${realtime.baseUrl}/realtime/calls`);
    expect(realtime.mints.length).toBe(before + 1);
    expect(realtime.mints.at(-1)?.body).toMatchObject({ session: { model: 'gpt-realtime-2', instructions: '당신은 부산의 제빵사입니다.', audio: { output: { voice: 'cedar' } } } });
    expect(worker.output()).not.toContain(token.value);
    expect(worker.output()).not.toContain(OPENAI_KEY);
  });

  it('answers the 400s: a browser-sent model, bad JSON, an unknown field', async () => {
    const before = realtime.mints.length;
    const model = await post('/api/realtime/token', '{"model":"gpt-realtime-2.1"}', client(2));
    expect([model.status, await errorCode(model)]).toEqual([400, 'model_not_allowed']);
    const json = await post('/api/realtime/token', '{"voice":', client(2));
    expect([json.status, await errorCode(json)]).toEqual([400, 'invalid_json']);
    const unknown = await post('/api/realtime/token', '{"temperature":1}', client(2));
    expect([unknown.status, await errorCode(unknown)]).toEqual([400, 'invalid_request']);
    expect(realtime.mints.length).toBe(before);
  });

  it('sends CORS headers to allowed origins only, answers their preflight, and refuses a foreign Host', async () => {
    const allowed = await post('/api/realtime/token', '{}', { ...client(3), origin: PARTNER });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(PARTNER);
    const foreign = await post('/api/realtime/token', '{}', { ...client(3), origin: 'https://evil.example' });
    expect([foreign.status, await errorCode(foreign)]).toEqual([403, 'origin_not_allowed']);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${worker.url}/api/realtime/token`, { method: 'OPTIONS', headers: { origin: PARTNER, 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(await statusForHost('a.example')).toBe(403);
    expect(await statusForHost(new URL(worker.url).host)).toBe(200);
  });

  it('rate-limits a client by the platform address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await post('/api/realtime/token', '{}', client(4))).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    expect((await post('/api/realtime/token', '{}', client(5))).status).toBe(200);
  });

  it('passes Gemini content generation through with the server key, plain and streamed', async () => {
    const body = JSON.stringify({ contents: [{ role: 'user', parts: [{ text: 'Write a persona: a baker in Busan.' }] }] });
    const before = gemini.requests.length;
    const plain = await post('/api/gemini/v1beta/models/gemini-3.6-flash:generateContent', body, { ...client(6), 'x-goog-api-key': 'caller-key-dropped' });
    expect(plain.status).toBe(200);
    expect(await plain.json()).toHaveProperty('candidates');
    const streamed = await post('/api/gemini/v1beta/models/gemini-3.6-flash:streamGenerateContent?alt=sse', body, client(6));
    expect(streamed.status).toBe(200);
    expect(await streamed.text()).toMatch(/^data: /m);
    expect(gemini.requests.length).toBe(before + 2);
    const forbidden = await post('/api/gemini/v1beta/models/gemini-3.6-flash:countTokens', body, client(6));
    expect([forbidden.status, await errorCode(forbidden)]).toEqual([403, 'gemini_forbidden']);
  });
});

describe('wrangler.toml', () => {
  it('deploys the entry the workerd test runs, with the same date and flags, and holds no secret', async () => {
    const { readFile } = await import('node:fs/promises');
    const toml = await readFile(new URL('../../../wrangler.toml', import.meta.url), 'utf8');
    const value = (name: string) => new RegExp(`^${name}\\s*=\\s*(.+)$`, 'm').exec(toml)?.[1]?.trim();
    expect(value('main')).toBe('"server-token/worker-entry.ts"');
    expect(value('compatibility_date')).toBe(`"${COMPATIBILITY_DATE}"`);
    expect(value('compatibility_flags')).toBe('["nodejs_compat"]');
    expect(value('PUBLIC_ORIGIN')).toMatch(/^"https:\/\//);
    expect(toml).not.toMatch(/^\s*(OPENAI_API_KEY|GEMINI_API_KEY|GOOGLE_API_KEY)\s*=/m);
  });
});
