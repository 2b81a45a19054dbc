import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGeminiStandin, type GeminiStandin } from '../../stand-ins/gemini/gemini-standin.ts';
import { startRealtimeStandin, type RealtimeStandin } from '../../stand-ins/openai-realtime/standin.ts';
import { REALTIME_VOICES } from '../../../server-token/contract.ts';
import { buildApp } from './support/harness.ts';
import { Fuzz } from './support/prng.ts';
import { seededRandom } from '../../support/seeded-random.ts';

const OPENAI_KEY = 'sk-fuzz-server-key-0123456789';
const GEMINI_KEY = 'AIzaFuzzServerKey0123456789';
const CALLER_SECRET = 'sk-caller-secret-abcdef123456';
const SEED = 20261124;
const COUNT = 10_000;

let realtime: RealtimeStandin;
let gemini: GeminiStandin;
beforeAll(async () => {
  realtime = await startRealtimeStandin({ port: 0 });
  gemini = await startGeminiStandin({ port: 0, chunkDelayMs: 0 });
});
afterAll(async () => {
  await Promise.all([realtime.close(), gemini.close()]);
});

function randomJson(f: Fuzz, depth: number): unknown {
  const kind = f.int(depth > 3 ? 5 : 8);
  switch (kind) {
    case 0: return null;
    case 1: return f.chance(0.5);
    case 2: return f.pick([0, -1, 1e308, Number.MAX_SAFE_INTEGER, 0.5, 42]);
    case 3: return f.string(40);
    case 4: return f.pick([...REALTIME_VOICES, 'en', 'ko-KR', 'server_vad', 'push_to_talk', 'audio', 'text', CALLER_SECRET]);
    case 5: return Array.from({ length: f.int(4) }, () => randomJson(f, depth + 1));
    default: {
      const keys = ['instructions', 'voice', 'language', 'turnDetection', 'outputModality', 'model', '__proto__', 'constructor', 'contents', CALLER_SECRET, f.string(8)];
      const obj: Record<string, unknown> = {};
      for (let i = f.int(5); i > 0; i--) obj[f.pick(keys)] = randomJson(f, depth + 1);
      return obj;
    }
  }
}

function randomBody(f: Fuzz): BodyInit | undefined {
  switch (f.int(9)) {
    case 0: return undefined;
    case 1: return '';
    case 2: return f.string(200);
    case 3: return new Uint8Array(Array.from({ length: f.int(300) }, () => f.int(256)));
    case 4: return '['.repeat(f.int(5000)) + ']'.repeat(f.int(5000));
    case 5: return f.chance(0.5) ? 'x'.repeat(f.pick([16 * 1024, 64 * 1024, 64 * 1024 + 1, 70_000])) : JSON.stringify({ instructions: '말'.repeat(f.pick([8_000, 8_001, 21_000])) });
    case 6: return JSON.stringify({ instructions: f.string(50), voice: f.pick(REALTIME_VOICES), language: f.pick(['en', 'ko', 'en-US']), turnDetection: f.pick(['server_vad', 'semantic_vad', 'push_to_talk']), outputModality: f.pick(['audio', 'text']) });
    case 7: return JSON.stringify({ contents: [{ role: 'user', parts: [{ text: f.string(30) }] }] });
    default: return JSON.stringify(randomJson(f, 0));
  }
}

function randomPath(f: Fuzz): string {
  return f.pick([
    '/api/realtime/token', '/api/realtime/token', '/api/realtime/token', '/api/realtime/token', '/api/realtime/token', '/api/health', '/api/realtime/token/', '/api/realtime',
    '/api/gemini/v1/models/gemini-3.5-flash-lite:generateContent', '/api/gemini/v1beta/models/gemini-3.8-flash:streamGenerateContent?alt=sse',
    '/api/gemini/v1/models/gemini-3.5-flash-lite:countTokens', `/api/gemini/v1/models/${f.string(12)}:generateContent`,
    `/api/gemini/${f.string(20)}`, `/api/${encodeURIComponent(f.string(10))}`, '/api/gemini/v1/models/%E0%A4%A:generateContent', '/api/%', '/api/..%2f..%2fetc',
    `/api/realtime/token?key=${CALLER_SECRET}`,
  ]);
}

function randomHeaders(f: Fuzz): Headers {
  const headers = new Headers();
  const pool: Array<[string, () => string]> = [
    ['origin', () => f.pick(['http://127.0.0.1:5173', 'http://localhost:5173', 'https://evil.example', 'null', 'http://127.0.0.1:8787', f.string(20).replace(/[^\x20-\x7e]/g, '')])],
    ['content-type', () => f.pick(['application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=utf-16', ''])],
    ['x-forwarded-for', () => f.pick(['1.2.3.4', '::1', 'garbage, 10.0.0.1', ''.padEnd(500, '9'), '203.0.113.9, 2001:db8::1', '[::ffff:1.2.3.4]:80'])],
    ['x-forwarded-host', () => f.pick(['127.0.0.1:8787', 'evil.example', ''])],
    ['cf-connecting-ip', () => f.pick(['198.51.100.1', 'junk'])],
    ['x-request-id', () => f.pick(['abc', 'ok-request-id-1234', `${CALLER_SECRET}`, 'x'.repeat(200)])],
    ['authorization', () => `Bearer ${CALLER_SECRET}`],
    ['x-goog-api-key', () => 'AIzaCallerKey0123456789'],
    ['access-control-request-method', () => f.pick(['POST', 'GET', 'DELETE'])],
    ['cookie', () => 'sid=1'],
  ];
  for (const [name, value] of pool) if (f.chance(0.35)) headers.set(name, value());
  return headers;
}

describe('fuzz: random requests at the handler', () => {
  it(`survives ${COUNT} malformed requests: no crash, no 5xx, no secret in any response or log line`, async () => {
    const f = new Fuzz(seededRandom(SEED));
    const { app, lines } = buildApp({
      OPENAI_API_KEY: OPENAI_KEY, OPENAI_BASE_URL: realtime.baseUrl, GEMINI_API_KEY: GEMINI_KEY, GEMINI_BASE_URL: gemini.baseUrl,
      TOKEN_RATE_LIMIT_PER_MINUTE: '100000', GEMINI_RATE_LIMIT_PER_MINUTE: '100000', TRUST_PROXY: f.pick(['0', '1', '2']), TOKEN_HOURLY_LIMIT: '0', TOKEN_DAILY_LIMIT: '0',
    });
    const minted: string[] = [];
    const failures: string[] = [];
    const statusCounts = new Map<number, number>();
    for (let i = 0; i < COUNT; i++) {
      const method = f.pick(['POST', 'POST', 'POST', 'GET', 'OPTIONS', 'PUT', 'DELETE', 'PATCH', 'HEAD']);
      const path = randomPath(f);
      const init: RequestInit = { method, headers: randomHeaders(f) };
      const body = method === 'GET' || method === 'HEAD' ? undefined : randomBody(f);
      if (body !== undefined) init.body = body;
      let response: Response;
      try {
        response = await app.fetch(new Request(`http://${f.pick(['127.0.0.1:8787', '127.0.0.1:8787', 'localhost:8787', 'a.example:8787'])}${path}`, init));
      } catch (error) {
        failures.push(`#${i} ${method} ${path} threw ${(error as Error).message}`);
        continue;
      }
      const text = await response.text();
      const headerText = [...response.headers].map(([k, v]) => `${k}: ${v}`).join('\n');
      statusCounts.set(response.status, (statusCounts.get(response.status) ?? 0) + 1);
      if (response.status >= 500) failures.push(`#${i} ${method} ${path} → ${response.status} ${text.slice(0, 200)}`);
      for (const secret of [OPENAI_KEY, GEMINI_KEY, CALLER_SECRET, ...minted]) {
        if (headerText.includes(secret)) failures.push(`#${i} response header contains a secret: ${headerText.slice(0, 200)}`);
      }
      if (response.status === 200 && path.startsWith('/api/realtime/token')) {
        minted.push((JSON.parse(text) as { value: string }).value);
        continue;
      }
      for (const secret of [OPENAI_KEY, GEMINI_KEY, CALLER_SECRET, ...minted]) {
        if (text.includes(secret)) failures.push(`#${i} response contains a secret: ${text.slice(0, 200)}`);
      }
      if (response.status >= 400 && method !== 'HEAD' && !path.includes(':generateContent') && !path.includes(':streamGenerateContent')) {
        let parsed: { error?: { code?: unknown; message?: unknown } } = {};
        try {
          parsed = JSON.parse(text) as typeof parsed;
        } catch {
          /* reported below */
        }
        if (typeof parsed.error?.code !== 'string' || typeof parsed.error.message !== 'string') failures.push(`#${i} ${method} ${path} ${response.status} not an ApiErrorBody: ${text.slice(0, 120)}`);
      }
      if (failures.length > 10) break;
    }
    if (process.env.FUZZ_VERBOSE) console.log([...statusCounts].sort((a, b) => a[0] - b[0]), minted.length);
    expect(failures).toEqual([]);
    expect(minted.length).toBeGreaterThan(50);
    expect(statusCounts.get(400) ?? 0).toBeGreaterThan(100);
    expect(statusCounts.get(403) ?? 0).toBeGreaterThan(100);
    expect(statusCounts.get(413) ?? 0).toBeGreaterThan(10);
    const log = lines.join('\n');
    for (const secret of [OPENAI_KEY, GEMINI_KEY, CALLER_SECRET, 'AIzaCallerKey0123456789', ...minted]) expect(log.includes(secret), `log contains ${secret.slice(0, 6)}…`).toBe(false);
    expect(lines.filter((l) => l.includes('"msg":"request"')).length).toBe(COUNT);
  }, 240_000);
});
