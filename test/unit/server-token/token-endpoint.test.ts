import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRealtimeStandin, type RealtimeStandin } from '../../stand-ins/openai-realtime/standin.ts';
import type { TokenResponse } from '../../../server-token/contract.ts';
import { ORIGIN, TEST_KEY, buildApp, call, errorOf, tokenRequest } from './support/harness.ts';

let standin: RealtimeStandin;

beforeAll(async () => {
  standin = await startRealtimeStandin({ port: 0 });
});
afterAll(async () => {
  await standin.close();
});

function env(extra: Record<string, string> = {}): Record<string, string> {
  return { OPENAI_API_KEY: TEST_KEY, OPENAI_BASE_URL: standin.baseUrl, TOKEN_RATE_LIMIT_PER_MINUTE: '1000', ...extra };
}

describe('POST /api/realtime/token, called as a plain fetch handler', () => {
  it('mints a key with the server-chosen model and the full GA session', async () => {
    const { app, lines } = buildApp(env({ TOKEN_TTL_SECONDS: '90' }));
    const before = standin.mints.length;
    const res = await call(app, tokenRequest({ instructions: 'You are Ada, a baker.', voice: 'cedar', language: 'ko', turnDetection: 'semantic_vad' }));
    expect(res.status).toBe(200);
    const body = res.json as unknown as TokenResponse;
    expect(body.value).toMatch(/^ek_/);
    expect(body.model).toBe('gpt-realtime-2');
    expect(body.callsUrl).toBe(`${standin.baseUrl}/realtime/calls`);
    expect(body.expiresAt).toBeGreaterThan(Date.now() / 1000);
    expect(body.expiresAt).toBeLessThanOrEqual(Date.now() / 1000 + 91);
    expect(body.session).toMatchObject({ type: 'realtime', model: 'gpt-realtime-2', instructions: 'You are Ada, a baker.' });
    expect(JSON.stringify(body.session)).not.toContain(body.value);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    const requestId = res.headers.get('x-request-id');
    expect(requestId).toBeTruthy();

    const mint = standin.mints.at(-1);
    expect(standin.mints.length).toBe(before + 1);
    expect(mint?.ok).toBe(true);
    expect(mint?.body).toMatchObject({
      expires_after: { anchor: 'created_at', seconds: 90 },
      session: {
        type: 'realtime', model: 'gpt-realtime-2', output_modalities: ['audio'],
        audio: {
          input: {
            transcription: { model: 'gpt-4o-mini-transcribe', language: 'ko' },
            noise_reduction: { type: 'near_field' },
            turn_detection: { type: 'semantic_vad', eagerness: 'auto', create_response: true, interrupt_response: true },
          },
          output: { voice: 'cedar' },
        },
      },
    });

    const requestLine = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.msg === 'request');
    expect(requestLine).toMatchObject({ level: 'info', requestId, method: 'POST', path: '/api/realtime/token', status: 200 });
    expect(typeof requestLine?.ms).toBe('number');
    expect(typeof requestLine?.ts).toBe('string');
    const all = lines.join('\n');
    expect(all).not.toContain(body.value);
    expect(all).not.toContain(TEST_KEY);
  });

  it('accepts an empty body and a body-less request', async () => {
    const { app } = buildApp(env());
    expect((await call(app, tokenRequest())).status).toBe(200);
    expect((await call(app, tokenRequest(''))).status).toBe(200);
    expect((await call(app, tokenRequest({}))).status).toBe(200);
  });

  it('refuses a browser-sent model and never forwards it', async () => {
    const { app } = buildApp(env());
    const before = standin.mints.length;
    const res = await call(app, tokenRequest({ model: 'gpt-realtime-2.1', voice: 'marin' }));
    expect(res.status).toBe(400);
    expect(errorOf(res.json)).toMatchObject({ code: 'model_not_allowed', message: 'The model is chosen by the server.' });
    expect(standin.mints.length).toBe(before);
  });

  it('refuses unknown fields, bad values and bad JSON with 400', async () => {
    const { app } = buildApp(env());
    const unknown = await call(app, tokenRequest({ voice: 'marin', temperature: 0.7 }));
    expect(unknown.status).toBe(400);
    expect(errorOf(unknown.json).code).toBe('invalid_request');
    expect(errorOf(unknown.json).message).toContain('temperature');
    const badVoice = await call(app, tokenRequest({ voice: 'robot' }));
    expect([badVoice.status, errorOf(badVoice.json).code]).toEqual([400, 'invalid_request']);
    expect(errorOf(badVoice.json).message).toContain('voice');
    const badJson = await call(app, tokenRequest('{"voice":'));
    expect([badJson.status, errorOf(badJson.json).code]).toEqual([400, 'invalid_json']);
    const notObject = await call(app, tokenRequest('[1,2]'));
    expect([notObject.status, errorOf(notObject.json).code]).toEqual([400, 'invalid_request']);
    const tooLongInstructions = await call(app, tokenRequest({ instructions: 'x'.repeat(8001) }));
    expect(tooLongInstructions.status).toBe(400);
    const form = await call(app, tokenRequest('voice=marin', { 'content-type': 'application/x-www-form-urlencoded' }));
    expect(form.status).toBe(415);
  });

  it('refuses a body over 64 KiB with 413, with or without Content-Length', async () => {
    const { app } = buildApp(env());
    const big = JSON.stringify({ instructions: 'x'.repeat(65 * 1024) });
    const declared = await call(app, tokenRequest(big));
    expect([declared.status, errorOf(declared.json).code]).toEqual([413, 'payload_too_large']);
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 70; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(1024)));
        controller.close();
      },
    });
    const streamed = await call(app, new Request('http://127.0.0.1:8787/api/realtime/token', { method: 'POST', body: chunks, duplex: 'half' } as RequestInit));
    expect(streamed.status).toBe(413);
  });

  it('refuses a foreign origin with 403 and no CORS headers, and answers preflights only for allowed ones', async () => {
    const { app } = buildApp(env({ ALLOWED_ORIGINS: 'https://talk.example.com' }));
    const before = standin.mints.length;
    const foreign = await app.fetch(tokenRequest({}, { origin: 'https://evil.example' }));
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    expect(((await foreign.json()) as { error: { code: string } }).error.code).toBe('origin_not_allowed');
    expect(standin.mints.length).toBe(before);

    const preflight = await app.fetch(new Request('http://127.0.0.1:8787/api/realtime/token', {
      method: 'OPTIONS',
      headers: { origin: 'https://talk.example.com', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    }));
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://talk.example.com');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-type');

    const foreignPreflight = await app.fetch(new Request('http://127.0.0.1:8787/api/realtime/token', { method: 'OPTIONS', headers: { origin: 'https://evil.example' } }));
    expect(foreignPreflight.status).toBe(403);
    expect(foreignPreflight.headers.get('access-control-allow-origin')).toBeNull();

    // The dev origins are not allowed once ALLOWED_ORIGINS is set; the server's own origin always is.
    expect((await app.fetch(tokenRequest({}, { origin: ORIGIN }))).status).toBe(403);
    expect((await app.fetch(tokenRequest({}, { origin: 'http://127.0.0.1:8787' }))).status).toBe(200);
  });

  it('answers a flood with 429 and Retry-After, per client', async () => {
    const { app } = buildApp(env({ TOKEN_RATE_LIMIT_PER_MINUTE: '5', TRUST_PROXY: '1' }));
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 12; i++) {
      const res = await app.fetch(tokenRequest({}, { 'x-forwarded-for': '198.51.100.7, 10.0.0.1' }));
      statuses.push(res.status);
      if (res.status === 429) {
        retryAfter = res.headers.get('retry-after');
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
      }
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(7);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    expect(Number(retryAfter)).toBeLessThanOrEqual(60);
    expect((await app.fetch(tokenRequest({}, { 'x-forwarded-for': '198.51.100.8' }))).status).toBe(200);
  });

  it('ignores X-Forwarded-For without TRUST_PROXY (a spoofed header buys no fresh quota)', async () => {
    const { app } = buildApp(env({ TOKEN_RATE_LIMIT_PER_MINUTE: '2' }));
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await app.fetch(tokenRequest({}, { 'x-forwarded-for': `203.0.113.${i}` }))).status);
    expect(statuses).toEqual([200, 200, 429, 429]);
  });

  it('keeps a harmless caller request id and replaces a strange one', async () => {
    const { app } = buildApp(env());
    const kept = await app.fetch(tokenRequest({}, { 'x-request-id': 'page-attempt-000123' }));
    expect(kept.headers.get('x-request-id')).toBe('page-attempt-000123');
    const replaced = await app.fetch(tokenRequest({}, { 'x-request-id': 'bad id with spaces' }));
    expect(replaced.headers.get('x-request-id')).not.toBe('bad id with spaces');
  });

  it('answers 405 for GET on the token endpoint and 404 for unknown API paths', async () => {
    const { app } = buildApp(env());
    const get = await call(app, new Request('http://127.0.0.1:8787/api/realtime/token'));
    expect([get.status, errorOf(get.json).code]).toEqual([405, 'method_not_allowed']);
    const missing = await call(app, new Request('http://127.0.0.1:8787/api/nope'));
    expect([missing.status, errorOf(missing.json).code]).toEqual([404, 'not_found']);
  });
});

describe('upstream failures, mapped with hints', () => {
  const cases: Array<{ key: string; status: number; code: string; hint: RegExp; retryAfter?: boolean }> = [
    { key: 'sk-invalid-0123456789abcdef', status: 502, code: 'openai_key_invalid', hint: /OPENAI_API_KEY/ },
    { key: 'sk-noquota-0123456789abcdef', status: 503, code: 'openai_quota_exhausted', hint: /billing|credit/i },
    { key: 'sk-ratelimit-0123456789abcdef', status: 429, code: 'openai_rate_limited', hint: /Retry-After/, retryAfter: true },
    { key: 'sk-down-0123456789abcdef', status: 502, code: 'openai_unreachable', hint: /network|status\.openai\.com/ },
  ];
  for (const c of cases) {
    it(`${c.key.split('-')[1]} → ${c.status} ${c.code}`, async () => {
      const { app, lines } = buildApp(env({ OPENAI_API_KEY: c.key }));
      const res = await call(app, tokenRequest({ voice: 'marin' }));
      expect(res.status).toBe(c.status);
      expect(errorOf(res.json).code).toBe(c.code);
      expect(errorOf(res.json).hint).toMatch(c.hint);
      if (c.retryAfter) expect(res.headers.get('retry-after')).toBe('20');
      expect(res.text).not.toContain(c.key);
      expect(res.text).not.toMatch(/sk-[a-z]/);
      expect(lines.join('\n')).not.toContain(c.key);
    });
  }

  it('times out a slow upstream with 504 openai_timeout', async () => {
    const { app } = buildApp(env({ OPENAI_API_KEY: 'sk-slow-0123456789abcdef', OPENAI_TIMEOUT_MS: '300' }));
    const started = Date.now();
    const res = await call(app, tokenRequest({}));
    expect(res.status).toBe(504);
    expect(errorOf(res.json)).toMatchObject({ code: 'openai_timeout' });
    expect(errorOf(res.json).hint).toMatch(/OPENAI_TIMEOUT_MS/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('answers 502 openai_unreachable when nothing listens upstream', async () => {
    const { app } = buildApp(env({ OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' }));
    const res = await call(app, tokenRequest({}));
    expect([res.status, errorOf(res.json).code]).toEqual([502, 'openai_unreachable']);
  });
});
