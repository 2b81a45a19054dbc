import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../server-token/content-security.ts';
import { loadConfig } from '../../../server-token/config.ts';
import { pageTokenServerOrigins } from '../../../server-token/page-token-server.ts';
import { startGeminiStandin, type GeminiStandin } from '../../stand-ins/gemini/gemini-standin.ts';
import { TEST_KEY, buildApp, call, errorOf } from './support/harness.ts';

/** The page on a static host; the token server elsewhere (as in test/browser/static-host.test.ts). */
const PAGE = 'https://persona.example.github.io';
const FOREIGN = 'https://evil.example';
const SERVER = 'http://127.0.0.1:8787';
const SDK_HEADERS = 'content-type,x-goog-api-client,x-goog-api-key';

let gemini: GeminiStandin;
beforeAll(async () => {
  gemini = await startGeminiStandin({ port: 0, chunkDelayMs: 20 });
});
afterAll(async () => {
  await gemini.close();
});

function env(): Record<string, string> {
  return {
    OPENAI_API_KEY: TEST_KEY, OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', OPENAI_MODEL_CHECK: 'off',
    GEMINI_API_KEY: 'server-gemini-key-0123456789', GEMINI_BASE_URL: gemini.baseUrl, ALLOWED_ORIGINS: PAGE,
  };
}

const preflight = (path: string, origin: string, method = 'POST') =>
  new Request(`${SERVER}${path}`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': SDK_HEADERS } });

describe('a page on another origin', () => {
  it('gets CORS on all three endpoints when allowed: health, token, and the Gemini stream', async () => {
    const { app } = buildApp(env());
    const health = await call(app, new Request(`${SERVER}/api/health`, { headers: { origin: PAGE } }));
    expect(health.status).toBe(200);
    expect(health.headers.get('access-control-allow-origin')).toBe(PAGE);
    expect(health.headers.get('access-control-allow-credentials')).toBeNull();

    for (const path of ['/api/realtime/token', '/api/gemini/v1/models/gemini-3.5-flash-lite:streamGenerateContent?alt=sse']) {
      const answer = await app.fetch(preflight(path, PAGE));
      expect(answer.status).toBe(204);
      expect(answer.headers.get('access-control-allow-origin')).toBe(PAGE);
      expect(answer.headers.get('access-control-allow-methods')).toContain('POST');
      for (const header of SDK_HEADERS.split(',')) expect(answer.headers.get('access-control-allow-headers')?.toLowerCase()).toContain(header);
    }

    const stream = await app.fetch(new Request(`${SERVER}/api/gemini/v1/models/gemini-3.5-flash-lite:streamGenerateContent?alt=sse`, {
      method: 'POST',
      headers: { origin: PAGE, 'content-type': 'application/json', 'x-goog-api-key': 'proxy' },
      body: JSON.stringify({ contents: [{ role: 'user', parts: [{ text: 'a baker in Busan' }] }] }),
    }));
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toBe('text/event-stream');
    expect(stream.headers.get('access-control-allow-origin')).toBe(PAGE);
    expect(await stream.text()).toContain('data: ');
  });

  it('reads its refusal from the health check (CORS *, the origin named), and nothing else', async () => {
    const { app } = buildApp(env());
    const health = await call(app, new Request(`${SERVER}/api/health`, { headers: { origin: FOREIGN } }));
    expect(health.status).toBe(403);
    expect(health.headers.get('access-control-allow-origin')).toBe('*');
    expect(health.headers.get('access-control-allow-credentials')).toBeNull();
    expect(errorOf(health.json).code).toBe('origin_not_allowed');
    expect(errorOf(health.json).hint).toContain(`Add ${FOREIGN} to ALLOWED_ORIGINS`);
    expect(health.json).not.toHaveProperty('model');

    // Token and Gemini stay unreadable to it: no CORS on the preflight or the request itself.
    for (const path of ['/api/realtime/token', '/api/gemini/v1/models/gemini-3.5-flash-lite:generateContent']) {
      const answer = await app.fetch(preflight(path, FOREIGN));
      expect(answer.status).toBe(403);
      expect(answer.headers.get('access-control-allow-origin')).toBeNull();
      const post = await app.fetch(new Request(`${SERVER}${path}`, { method: 'POST', headers: { origin: FOREIGN, 'content-type': 'application/json' }, body: '{}' }));
      expect(post.status).toBe(403);
      expect(post.headers.get('access-control-allow-origin')).toBeNull();
    }
    // A health preflight from it is refused too (the page's health check is a simple GET and needs none).
    expect((await app.fetch(preflight('/api/health', FOREIGN, 'GET'))).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('names only a well-formed origin in the hint', async () => {
    const { app } = buildApp(env());
    const odd = await call(app, new Request(`${SERVER}/api/health`, { headers: { origin: 'null' } }));
    expect(odd.status).toBe(403);
    expect(errorOf(odd.json).hint).toBe('Add the page origin to ALLOWED_ORIGINS on the server.');
  });
});

describe('the CSP of a page this server serves', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'persona-talk-csp-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('lets the page reach the token server its config.json or its build names', async () => {
    await writeFile(join(dir, 'index.html'), '<!doctype html><meta name="persona-talk-token-server" content="https://build.example.com/base">');
    await writeFile(join(dir, 'config.json'), JSON.stringify({ tokenServerUrl: 'https://tokens.example.com' }));
    const origins = pageTokenServerOrigins(dir);
    expect(origins.sort()).toEqual(['https://build.example.com', 'https://tokens.example.com']);
    const { config } = loadConfig(env());
    expect(contentSecurityPolicy(config, origins).connectSrc).toEqual(expect.arrayContaining(["'self'", ...origins]));
  });

  it('adds nothing for a page with neither, or a malformed config.json', async () => {
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>Persona Talk</title>');
    await writeFile(join(dir, 'config.json'), '{ not json');
    expect(pageTokenServerOrigins(dir)).toEqual([]);
    await writeFile(join(dir, 'config.json'), JSON.stringify({ tokenServerUrl: 'javascript:alert(1)' }));
    expect(pageTokenServerOrigins(dir)).toEqual([]);
  });
});
