import { GoogleGenAI } from '@google/genai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGeminiStandin, type GeminiStandin } from '../../stand-ins/gemini/gemini-standin.ts';
import { startTokenServer, type RunningTokenServer } from '../../../server-token/node-server.ts';
import { ORIGIN, TEST_KEY, buildApp, call, errorOf } from './support/harness.ts';

const SERVER_GEMINI_KEY = 'server-gemini-key-0123456789';
const BODY = { contents: [{ role: 'user', parts: [{ text: 'Write a persona: a baker in Busan.' }] }] };
let gemini: GeminiStandin;

beforeAll(async () => {
  gemini = await startGeminiStandin({ port: 0, chunkDelayMs: 120 });
});
afterAll(async () => {
  await gemini.close();
});

function env(extra: Record<string, string> = {}): Record<string, string> {
  return {
    OPENAI_API_KEY: TEST_KEY, OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', OPENAI_MODEL_CHECK: 'off',
    GEMINI_API_KEY: SERVER_GEMINI_KEY, GEMINI_BASE_URL: gemini.baseUrl, GEMINI_RATE_LIMIT_PER_MINUTE: '1000', ...extra,
  };
}

function geminiRequest(path: string, init: { method?: string; body?: string; headers?: Record<string, string> } = {}): Request {
  const requestInit: RequestInit = {
    method: init.method ?? 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN, ...init.headers },
  };
  if (requestInit.method !== 'GET') requestInit.body = init.body ?? JSON.stringify(BODY);
  return new Request(`http://127.0.0.1:8787/api/gemini${path}`, requestInit);
}

describe('Gemini pass-through', () => {
  it('forwards generateContent (v1 and v1beta) with the server key, dropping the caller key and auth headers', async () => {
    const { app, lines } = buildApp(env());
    for (const version of ['v1', 'v1beta']) {
      const before = gemini.requests.length;
      const res = await call(app, geminiRequest(`/${version}/models/gemini-3.5-flash-lite:generateContent`, {
        headers: { 'x-goog-api-key': 'bad-client-key', authorization: 'Bearer sk-client-secret-123', cookie: 'session=1' },
      }));
      expect(res.status).toBe(200);
      expect(res.json).toHaveProperty('candidates');
      const recorded = gemini.requests[before];
      expect(recorded?.path).toBe(`/${version}/models/gemini-3.5-flash-lite:generateContent`);
      expect(recorded?.body).toEqual(BODY);
      expect(recorded?.headers).not.toHaveProperty('authorization');
      expect(recorded?.headers).not.toHaveProperty('cookie');
    }
    expect(lines.join('\n')).not.toContain(SERVER_GEMINI_KEY);
  });

  it('streams streamGenerateContent?alt=sse through without buffering it', async () => {
    const { app } = buildApp(env());
    const started = performance.now();
    const res = await app.fetch(geminiRequest('/v1/models/gemini-3.8-flash:streamGenerateContent?alt=sse'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    const first = await reader.read();
    const firstAt = performance.now() - started;
    let text = decoder.decode(first.value);
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    const totalMs = performance.now() - started;
    const events = text.split('\n\n').filter((e) => e.startsWith('data: '));
    expect(events.length).toBeGreaterThanOrEqual(3);
    // With 120 ms between chunks, a buffered body would arrive all at once at the end.
    expect(totalMs - firstAt).toBeGreaterThan(200);
  });

  it('works for the real @google/genai SDK pointed at the pass-through (unary and streamed)', async () => {
    const server: RunningTokenServer = await startTokenServer({ env: env(), port: 0, logger: () => undefined });
    try {
      const ai = new GoogleGenAI({ apiKey: 'proxy', httpOptions: { baseUrl: `${server.url}/api/gemini` } });
      const unary = await ai.models.generateContent({ model: 'gemini-3.5-flash-lite', contents: 'Write a persona.', config: { responseMimeType: 'application/json' } });
      expect(unary.text).toBeTruthy();
      const stream = await ai.models.generateContentStream({ model: 'gemini-3.5-flash-lite', contents: 'Write a persona.', config: { responseMimeType: 'application/json' } });
      let text = '';
      for await (const chunk of stream) text += chunk.text ?? '';
      expect(() => JSON.parse(text) as unknown).not.toThrow();

      gemini.injectFault({ kind: '429', retryDelay: '15s' });
      const error = await ai.models.generateContent({ model: 'gemini-3.5-flash-lite', contents: 'x' }).catch((e: unknown) => e);
      expect((error as { name?: string }).name).toBe('ApiError');
      expect((error as { status?: number }).status).toBe(429);
      expect(String((error as Error).message)).toContain('RESOURCE_EXHAUSTED');
    } finally {
      await server.close();
    }
  });

  it('passes Google error bodies through unchanged, with their status', async () => {
    const { app } = buildApp(env());
    for (const fault of [{ kind: '429' as const, retryDelay: '15s' }, { kind: '503' as const }, { kind: '404' as const }]) {
      gemini.injectFault(fault);
      const res = await call(app, geminiRequest('/v1/models/gemini-3.5-flash-lite:generateContent'));
      expect(res.status).toBe(Number(fault.kind));
      const googleError = res.json.error as { code: number; status: string };
      expect(googleError.code).toBe(Number(fault.kind));
      expect(typeof googleError.status).toBe('string');
    }
  });

  it('forbids everything but the two generation calls on allow-listed models', async () => {
    const { app } = buildApp(env());
    const before = gemini.requests.length;
    const refused = [
      geminiRequest('/v1/models/gemini-3.5-flash-lite:countTokens'),
      geminiRequest('/v1/models/gemini-2.5-pro:generateContent'),
      geminiRequest('/v1/models'),
      geminiRequest('/v1/models/gemini-3.5-flash-lite:generateContent', { method: 'GET' }),
      geminiRequest('/v1/models/gemini-3.5-flash-lite:generateContent', { method: 'PUT' }),
      geminiRequest('/v1/files'),
      geminiRequest('/v1/tunedModels/gemini-3.5-flash-lite:generateContent'),
      geminiRequest('/v1/models/..%2F..%2Fv1%2Ffiles:generateContent'),
      geminiRequest('/v2/models/gemini-3.5-flash-lite:generateContent'),
      geminiRequest('/v1/models/gemini-3.5-flash-lite%3AgenerateContent/extra'),
    ];
    for (const request of refused) {
      const res = await call(app, request);
      expect(res.status, `${request.method} ${request.url}`).toBe(403);
      expect(errorOf(res.json).code).toBe('gemini_forbidden');
    }
    expect(gemini.requests.length).toBe(before);
  });

  it('says Gemini is not configured (503) without a key outside simulator mode', async () => {
    const { app } = buildApp({ OPENAI_API_KEY: TEST_KEY, OPENAI_MODEL_CHECK: 'off' });
    const res = await call(app, geminiRequest('/v1/models/gemini-3.5-flash-lite:generateContent'));
    expect(res.status).toBe(503);
    expect(errorOf(res.json)).toMatchObject({ code: 'gemini_not_configured', hint: 'set GEMINI_API_KEY, or use the built-in personas' });
  });

  it('uses the stand-in in simulator mode without any Google key', async () => {
    const { app } = buildApp({ PERSONA_TALK_SIMULATOR: '1', OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', OPENAI_MODEL_CHECK: 'off', GEMINI_BASE_URL: gemini.baseUrl });
    expect((await call(app, geminiRequest('/v1/models/gemini-3.5-flash-lite:generateContent'))).status).toBe(200);
  });

  it('caps the request at 64 KiB and rate-limits per client', async () => {
    const { app } = buildApp(env({ GEMINI_RATE_LIMIT_PER_MINUTE: '3' }));
    const big = JSON.stringify({ contents: [{ role: 'user', parts: [{ text: 'x'.repeat(65 * 1024) }] }] });
    const tooBig = await call(app, geminiRequest('/v1/models/gemini-3.5-flash-lite:generateContent', { body: big }));
    expect([tooBig.status, errorOf(tooBig.json).code]).toEqual([413, 'payload_too_large']);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await app.fetch(geminiRequest('/v1/models/gemini-3.5-flash-lite:generateContent'))).status);
    expect(statuses.slice(0, 2)).toEqual([200, 200]);
    expect(statuses.at(-1)).toBe(429);
  });

  it('answers 502 gemini_unreachable when the upstream is down, and refuses foreign origins', async () => {
    const { app } = buildApp(env({ GEMINI_BASE_URL: 'http://127.0.0.1:9' }));
    const down = await call(app, geminiRequest('/v1/models/gemini-3.5-flash-lite:generateContent'));
    expect([down.status, errorOf(down.json).code]).toEqual([502, 'gemini_unreachable']);
    const foreign = await app.fetch(geminiRequest('/v1/models/gemini-3.5-flash-lite:generateContent', { headers: { origin: 'https://evil.example' } }));
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });
});
