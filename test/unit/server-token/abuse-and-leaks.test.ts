import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { TokenResponse } from '../../../server-token/contract.ts';
import { MAX_INSTRUCTIONS_CHARS } from '../../../server-token/contract.ts';
import { loadConfig } from '../../../server-token/config.ts';
import { startTokenServer } from '../../../server-token/node-server.ts';
import { serverRedactor } from '../../../server-token/secrets.ts';
import { fakeUpstream } from './support/fake-upstream.ts';
import { TEST_KEY, buildApp, call, errorOf, tokenRequest } from './support/harness.ts';

const BASE = { OPENAI_API_KEY: TEST_KEY, OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', TOKEN_RATE_LIMIT_PER_MINUTE: '1000', GEMINI_API_KEY: 'AIzaSiteKey0123456789abcdef' };

function at(url: string, init: RequestInit = {}): Request {
  return new Request(url, { method: 'POST', body: '{}', ...init, headers: { 'content-type': 'application/json', ...(init.headers as Record<string, string> | undefined) } });
}

describe('point 1: DNS rebinding', () => {
  it('refuses a foreign Host even when Origin matches it: no key, no CORS, no Gemini call', async () => {
    const { factory, mints } = fakeUpstream();
    let geminiCalls = 0;
    const { app } = buildApp(BASE, { openaiFactory: factory, fetch: async () => { geminiCalls += 1; return new Response('{}'); } });
    const token = await call(app, at('http://a.example:8787/api/realtime/token', { headers: { origin: 'http://a.example:8787' } }));
    expect([token.status, errorOf(token.json).code]).toEqual([403, 'host_not_allowed']);
    expect(token.headers.get('access-control-allow-origin')).toBeNull();
    const gemini = await call(app, at('http://a.example:8787/api/gemini/v1beta/models/gemini-3.6-flash:generateContent', { headers: { origin: 'http://a.example:8787' } }));
    expect([gemini.status, errorOf(gemini.json).code]).toEqual([403, 'host_not_allowed']);
    expect((await call(app, new Request('http://a.example:8787/api/health'))).status).toBe(403);
    expect(mints).toHaveLength(0);
    expect(geminiCalls).toBe(0);
  });

  it('accepts loopback hosts on a loopback listener, and only the configured hosts otherwise', async () => {
    const { factory } = fakeUpstream();
    const local = buildApp(BASE, { openaiFactory: factory }).app;
    for (const host of ['127.0.0.1:8787', 'localhost:5173', '[::1]:8787']) {
      expect((await call(local, at(`http://${host}/api/realtime/token`))).status, host).toBe(200);
    }
    const exposed = buildApp({ ...BASE, HOST: '0.0.0.0', PUBLIC_ORIGIN: 'https://talk.example.com', ALLOWED_ORIGINS: 'https://partner.example' }, { openaiFactory: factory }).app;
    expect((await call(exposed, at('https://talk.example.com/api/realtime/token'))).status).toBe(200);
    expect((await call(exposed, at('https://partner.example/api/realtime/token'))).status).toBe(200);
    expect(errorOf((await call(exposed, at('http://127.0.0.1:8787/api/realtime/token'))).json).code).toBe('host_not_allowed');
    expect(errorOf((await call(exposed, at('http://localhost:8787/api/realtime/token'))).json).code).toBe('host_not_allowed');
  });

  it('checks X-Forwarded-Host behind a trusted proxy', async () => {
    const { factory } = fakeUpstream();
    const { app } = buildApp({ ...BASE, TRUST_PROXY: '1', PUBLIC_ORIGIN: 'https://talk.example.com' }, { openaiFactory: factory });
    expect((await call(app, at('http://127.0.0.1:8787/api/realtime/token', { headers: { 'x-forwarded-host': 'talk.example.com' } }))).status).toBe(200);
    expect((await call(app, at('http://127.0.0.1:8787/api/realtime/token', { headers: { 'x-forwarded-host': 'evil.example' } }))).status).toBe(403);
  });

  it('over a real socket, a rebinding Host gets 403', async () => {
    const server = await startTokenServer({ env: { ...BASE, OPENAI_MODEL_CHECK: 'off' }, port: 0, logger: () => undefined });
    try {
      const port = new URL(server.url).port;
      const answer = await rawExchange(Number(port), `POST /api/realtime/token HTTP/1.1\r\nHost: a.example:${port}\r\nOrigin: http://a.example:${port}\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`);
      expect(answer).toMatch(/^HTTP\/1\.1 403/);
      expect(answer).toContain('host_not_allowed');
      expect(answer.toLowerCase()).not.toContain('access-control-allow-origin');
    } finally {
      await server.close();
    }
  });
});

function rawExchange(port: number, text: string, options: { hangUpAfterWrite?: boolean } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(text);
      if (options.hangUpAfterWrite) setTimeout(() => { socket.destroy(); resolve(''); }, 50);
    });
    let answer = '';
    socket.on('data', (d: Buffer) => { answer += d.toString(); });
    socket.on('end', () => resolve(answer));
    socket.on('error', (e) => (options.hangUpAfterWrite ? resolve('') : reject(e)));
  });
}

describe('point 5: exact-key redaction everywhere', () => {
  const ODD_KEY = 'proxy-issued-credential-0123456789';
  const ODD_GEMINI = 'site-gemini-credential-9876543210';

  it('keeps a key of no known shape out of error bodies, health and logs', async () => {
    const { factory } = fakeUpstream({
      retrieve: async () => { throw new Error(`connect ECONNREFUSED using ${ODD_KEY}`); },
      create: async () => { throw Object.assign(new Error('bad'), { status: 400, error: { message: `Key ${ODD_KEY} and ${ODD_GEMINI} rejected` } }); },
    });
    const { app, lines } = buildApp({ ...BASE, OPENAI_API_KEY: ODD_KEY, GEMINI_API_KEY: ODD_GEMINI }, { openaiFactory: factory });
    const health = await call(app, new Request('http://127.0.0.1:8787/api/health'));
    expect(health.json).toMatchObject({ modelCheck: { status: 'error' } });
    const minted = await call(app, at('http://127.0.0.1:8787/api/realtime/token'));
    expect(errorOf(minted.json).code).toBe('openai_rejected_request');
    expect(errorOf(minted.json).message).toContain('[redacted]');
    for (const text of [health.text, minted.text, lines.join('\n')]) {
      expect(text).not.toContain(ODD_KEY);
      expect(text).not.toContain(ODD_GEMINI);
    }
  });

  it('keeps the site Gemini key out of a Gemini error body that echoes it', async () => {
    const { app } = buildApp({ ...BASE, GEMINI_API_KEY: ODD_GEMINI }, {
      fetch: async () => new Response(JSON.stringify({ error: { code: 400, message: `API key ${ODD_GEMINI} not valid`, status: 'INVALID_ARGUMENT' } }), { status: 400, headers: { 'content-type': 'application/json' } }),
    });
    const res = await call(app, at('http://127.0.0.1:8787/api/gemini/v1beta/models/gemini-3.6-flash:generateContent'));
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ error: { code: 400, status: 'INVALID_ARGUMENT', message: 'API key [redacted] not valid' } });
  });

  it('redacts the passwords written into OPENAI_BASE_URL and REDIS_URL wherever they turn up', () => {
    const { config } = loadConfig({ ...BASE, OPENAI_BASE_URL: 'https://proxyuser:proxy-pass-77@proxy.example/v1', REDIS_URL: 'redis://:redis-pass-88@10.0.0.5:6379' });
    const redact = serverRedactor(config);
    expect(redact('auth failed for proxy-pass-77 / redis-pass-88')).toBe('auth failed for [redacted] / [redacted]');
  });

  it('prints no credentials from OPENAI_BASE_URL at start', async () => {
    const lines: string[] = [];
    const server = await startTokenServer({
      env: { ...BASE, OPENAI_BASE_URL: 'http://baseuser:basepass1234@127.0.0.1:9/v1', OPENAI_MODEL_CHECK: 'off' },
      port: 0, logger: (l) => lines.push(l),
    });
    await server.close();
    const text = lines.join('\n');
    expect(text).toContain('127.0.0.1:9/v1');
    expect(text).not.toContain('basepass1234');
    expect(text).not.toContain('baseuser');
  });
});

describe('point 6: a model re-check never blocks minting', () => {
  it('mints at once while a re-check after an error hangs', async () => {
    let now = 1_000_000;
    let checks = 0;
    const { factory } = fakeUpstream({
      retrieve: async () => {
        checks += 1;
        if (checks === 1) throw Object.assign(new Error('upstream 500'), { status: 500 });
        return new Promise(() => undefined);
      },
    });
    const { app } = buildApp(BASE, { openaiFactory: factory, now: () => now });
    await call(app, new Request('http://127.0.0.1:8787/api/health'));
    now += 31_000;
    const started = performance.now();
    const results = await Promise.all(Array.from({ length: 6 }, () => call(app, at('http://127.0.0.1:8787/api/realtime/token'))));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(checks).toBe(2);
  });
});

describe('point 7: a client that leaves mid-body', () => {
  it('is logged as 499 at info, not as a 500 or an unhandled error', async () => {
    const lines: string[] = [];
    const server = await startTokenServer({ env: { ...BASE, OPENAI_MODEL_CHECK: 'off' }, port: 0, logger: (l) => lines.push(l) });
    try {
      const port = Number(new URL(server.url).port);
      await rawExchange(port, `POST /api/realtime/token HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{"instructions":"`, { hangUpAfterWrite: true });
      const deadline = Date.now() + 3_000;
      while (!lines.some((l) => l.includes('"msg":"request"')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    } finally {
      await server.close();
    }
    const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records.find((r) => r.msg === 'request')).toMatchObject({ level: 'info', status: 499, code: 'client_closed_request' });
    expect(records.some((r) => r.msg === 'unhandled error' || r.status === 500)).toBe(false);
  });
});

describe('point 8: Korean fits', () => {
  const korean = (n: number) => '한국어로말해요'.repeat(Math.ceil(n / 7)).slice(0, n);

  it('mints with every field at its cap in Korean (instructions 8,000 Korean characters)', async () => {
    const { factory, mints } = fakeUpstream();
    const { app } = buildApp(BASE, { openaiFactory: factory });
    const body = { instructions: korean(MAX_INSTRUCTIONS_CHARS), voice: 'marin', language: 'ko-KR', turnDetection: 'semantic_vad', outputModality: 'audio' };
    expect(new TextEncoder().encode(JSON.stringify(body)).byteLength).toBeGreaterThan(24_000);
    const res = await call(app, tokenRequest(body));
    expect(res.status).toBe(200);
    expect((mints.at(-1)?.session as { instructions?: string }).instructions).toBe(body.instructions);
    expect((res.json as unknown as TokenResponse).value).toMatch(/^ek_/);
  });

  it('holds the worst case: 8,000 characters that JSON escapes to 6 bytes each', async () => {
    const { factory } = fakeUpstream();
    const { app } = buildApp(BASE, { openaiFactory: factory });
    expect((await call(app, tokenRequest({ instructions: '\u0001'.repeat(MAX_INSTRUCTIONS_CHARS) }))).status).toBe(200);
  });

  it('refuses one Korean character too many by characters (400 naming the field), not by bytes', async () => {
    const { factory } = fakeUpstream();
    const { app } = buildApp(BASE, { openaiFactory: factory });
    const res = await call(app, tokenRequest({ instructions: korean(MAX_INSTRUCTIONS_CHARS + 1) }));
    expect([res.status, errorOf(res.json).code]).toEqual([400, 'invalid_request']);
    expect(errorOf(res.json).message).toContain('instructions');
    const language = await call(app, tokenRequest({ language: '한국' }));
    expect([language.status, errorOf(language.json).code]).toEqual([400, 'invalid_request']);
  });
});

/** A body that never ends, counting what was pulled from it. */
function endlessBody(): { body: ReadableStream<Uint8Array>; pulled: () => number } {
  let pulled = 0;
  const chunk = new Uint8Array(64 * 1024).fill(32);
  return {
    pulled: () => pulled,
    body: new ReadableStream({ pull(controller) { pulled += chunk.byteLength; controller.enqueue(chunk); } }),
  };
}

describe('point 9: upstream bodies are capped', () => {
  it('stops reading an endless OpenAI answer at 1 MiB', async () => {
    const endless = endlessBody();
    const { app } = buildApp({ ...BASE, OPENAI_MODEL_CHECK: 'off' }, {
      fetch: async () => new Response(endless.body, { status: 200, headers: { 'content-type': 'application/json' } }),
    });
    const res = await call(app, at('http://127.0.0.1:8787/api/realtime/token'));
    expect([res.status, errorOf(res.json).code]).toEqual([502, 'openai_error']);
    expect(endless.pulled()).toBeLessThan(2 * 1024 * 1024);
  });

  it('refuses a declared 300 MB OpenAI answer without reading it', async () => {
    const endless = endlessBody();
    const { app } = buildApp({ ...BASE, OPENAI_MODEL_CHECK: 'off' }, {
      fetch: async () => new Response(endless.body, { status: 200, headers: { 'content-length': String(300 * 1024 * 1024) } }),
    });
    const res = await call(app, at('http://127.0.0.1:8787/api/realtime/token'));
    expect(errorOf(res.json).code).toBe('openai_error');
    expect(endless.pulled()).toBeLessThan(256 * 1024);
  });

  it('cuts an endless Gemini stream at 8 MiB and refuses a declared huge one', async () => {
    const endless = endlessBody();
    const { app } = buildApp(BASE, { fetch: async () => new Response(endless.body, { status: 200, headers: { 'content-type': 'text/event-stream' } }) });
    const url = 'http://127.0.0.1:8787/api/gemini/v1beta/models/gemini-3.6-flash:streamGenerateContent';
    const streamed = await app.fetch(at(url));
    expect(streamed.status).toBe(200);
    await expect(streamed.text()).rejects.toThrow();
    expect(endless.pulled()).toBeLessThan(9 * 1024 * 1024);

    const declared = buildApp(BASE, { fetch: async () => new Response('x', { status: 200, headers: { 'content-length': String(300 * 1024 * 1024) } }) }).app;
    const res = await call(declared, at(url));
    expect([res.status, errorOf(res.json).code]).toEqual([502, 'gemini_unreachable']);
  });
});

describe('the site-wide key caps (memory store)', () => {
  it('answers 429 token_cap_reached past TOKEN_HOURLY_LIMIT, and health shows the usage', async () => {
    const { factory, mints } = fakeUpstream();
    const { app } = buildApp({ ...BASE, TOKEN_HOURLY_LIMIT: '2', TOKEN_DAILY_LIMIT: '10' }, { openaiFactory: factory });
    expect((await call(app, tokenRequest({}))).status).toBe(200);
    expect((await call(app, tokenRequest({ model: 'x' }))).status).toBe(400);
    expect((await call(app, tokenRequest({}))).status).toBe(200);
    const refused = await call(app, tokenRequest({}));
    expect([refused.status, errorOf(refused.json).code]).toEqual([429, 'token_cap_reached']);
    expect(errorOf(refused.json).message).toBe('This site has handed out its 2 call keys for this hour.');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(mints).toHaveLength(2);
    const health = await call(app, new Request('http://127.0.0.1:8787/api/health'));
    expect(health.json.limits).toEqual({ store: 'memory', keyCap: { status: 'ok', hour: { used: 2, limit: 2 }, day: { used: 2, limit: 10 } } });
  });

  it('is not reset by a flood of fresh client addresses filling the per-client map', async () => {
    const { factory, mints } = fakeUpstream();
    const { app } = buildApp({ ...BASE, TRUST_PROXY: '1', TOKEN_HOURLY_LIMIT: '2' }, { openaiFactory: factory });
    expect((await call(app, tokenRequest({}, { 'x-forwarded-for': '192.0.2.1' }))).status).toBe(200);
    for (let i = 0; i < 12_000; i++) {
      await app.fetch(tokenRequest({ model: 'x' }, { 'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` }));
    }
    expect((await call(app, tokenRequest({}, { 'x-forwarded-for': '192.0.2.2' }))).status).toBe(200);
    expect(errorOf((await call(app, tokenRequest({}, { 'x-forwarded-for': '192.0.2.3' }))).json).code).toBe('token_cap_reached');
    expect(mints).toHaveLength(2);
  }, 30_000);
});
