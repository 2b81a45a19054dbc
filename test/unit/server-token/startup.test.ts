import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRealtimeStandin, type RealtimeStandin } from '../../stand-ins/openai-realtime/standin.ts';
import { ConfigError, startTokenServer } from '../../../server-token/node-server.ts';
import type { HealthResponse } from '../../../server-token/contract.ts';
import { TEST_KEY } from './support/harness.ts';

let standin: RealtimeStandin;
beforeAll(async () => {
  standin = await startRealtimeStandin({ port: 0, models: ['gpt-realtime-2.1', 'gpt-realtime-2.1-mini', 'gpt-realtime-whisper', 'gpt-4o-mini-transcribe', 'gpt-5-mini'] });
});
afterAll(async () => {
  await standin.close();
});

function parse(lines: string[]): Array<Record<string, unknown>> {
  return lines.map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('startTokenServer', () => {
  it('refuses to start without OPENAI_API_KEY, saying so in one line with the fix', async () => {
    const lines: string[] = [];
    await expect(startTokenServer({ env: {}, port: 0, logger: (l) => lines.push(l) })).rejects.toBeInstanceOf(ConfigError);
    expect(lines).toHaveLength(1);
    const [line] = parse(lines);
    expect(line).toMatchObject({ level: 'error' });
    expect(String(line?.msg)).toMatch(/OPENAI_API_KEY is not set.*\.env/);
  });

  it('reports an unusable model at start with the models the key can use, and refuses to mint for it', async () => {
    const lines: string[] = [];
    const server = await startTokenServer({
      env: { OPENAI_API_KEY: TEST_KEY, OPENAI_BASE_URL: standin.baseUrl },
      port: 0,
      logger: (l) => lines.push(l),
    });
    try {
      const checkLine = parse(lines).find((l) => String(l.msg).startsWith('model check'));
      expect(checkLine?.level).toBe('warn');
      expect(String(checkLine?.msg)).toContain('gpt-realtime-2');
      expect(String(checkLine?.msg)).toContain('gpt-realtime-2.1, gpt-realtime-2.1-mini');
      expect(String(checkLine?.msg)).not.toContain('whisper');
      expect(String(checkLine?.msg)).not.toContain('gpt-5-mini');

      const health = await server.health();
      expect(health).toMatchObject({ ok: false, model: 'gpt-realtime-2', modelCheck: { status: 'unavailable', availableModels: ['gpt-realtime-2.1', 'gpt-realtime-2.1-mini'] } });
      const viaHttp = (await (await fetch(`${server.url}/api/health`)).json()) as HealthResponse;
      expect(viaHttp).toEqual(health);

      const before = standin.mints.length;
      const res = await fetch(`${server.url}/api/realtime/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(res.status).toBe(503);
      const body = (await res.json()) as { error: { code: string; message: string; hint: string } };
      expect(body.error.code).toBe('model_unavailable');
      expect(body.error.hint).toBe('Set OPENAI_REALTIME_MODEL to one of: gpt-realtime-2.1, gpt-realtime-2.1-mini (then restart the server).');
      expect(standin.mints.length).toBe(before);
    } finally {
      await server.close();
    }
  });

  it('mints with a usable model, says which Google key it uses when both are set, and reports health', async () => {
    const lines: string[] = [];
    const server = await startTokenServer({
      env: {
        OPENAI_API_KEY: TEST_KEY, OPENAI_BASE_URL: standin.baseUrl, OPENAI_REALTIME_MODEL: 'gpt-realtime-2.1',
        GOOGLE_API_KEY: 'AIzaGoogleTestKey0123456789', GEMINI_API_KEY: 'AIzaGeminiTestKey0123456789',
      },
      port: 0,
      logger: (l) => lines.push(l),
    });
    try {
      const both = parse(lines).filter((l) => /Both GOOGLE_API_KEY and GEMINI_API_KEY/.test(String(l.msg)));
      expect(both).toHaveLength(1);
      expect(String(both[0]?.msg)).toMatch(/using GOOGLE_API_KEY/);
      expect(parse(lines).find((l) => String(l.msg).startsWith('model check'))?.level).toBe('info');

      const health = (await (await fetch(`${server.url}/api/health`)).json()) as HealthResponse;
      expect(health).toEqual({
        ok: true, mode: 'live', model: 'gpt-realtime-2.1', modelCheck: { status: 'ok' },
        gemini: { mode: 'proxy', keySource: 'GOOGLE_API_KEY', models: ['gemini-3.5-flash-lite', 'gemini-3.8-flash', 'gemini-3.6-flash', 'gemini-flash-lite-latest'] },
        limits: { store: 'memory', keyCap: { status: 'ok', hour: { used: 0, limit: 100 }, day: { used: 0, limit: 1000 } } },
      });
      const res = await fetch(`${server.url}/api/realtime/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"voice":"ash"}' });
      expect(res.status).toBe(200);
      const token = (await res.json()) as { value: string; model: string };
      expect(token.model).toBe('gpt-realtime-2.1');
      // Over a real socket the body arrives with Content-Length (the fast read path) or chunked.
      const big = JSON.stringify({ instructions: 'x'.repeat(65 * 1024) });
      const declared = await fetch(`${server.url}/api/realtime/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
      expect(declared.status).toBe(413);
      const chunked = await fetch(`${server.url}/api/realtime/token`, {
        method: 'POST',
        body: new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode(big)); c.close(); } }),
        duplex: 'half',
      } as RequestInit);
      expect(chunked.status).toBe(413);
      const bad = await fetch(`${server.url}/api/realtime/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"model":"gpt-realtime-2"}' });
      expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('model_not_allowed');

      const all = lines.join('\n') + JSON.stringify(health);
      for (const secret of [TEST_KEY, 'AIzaGoogleTestKey0123456789', 'AIzaGeminiTestKey0123456789', token.value]) expect(all).not.toContain(secret);
    } finally {
      await server.close();
    }
  });

  it('says simulator mode in health and the summary', async () => {
    const lines: string[] = [];
    const server = await startTokenServer({ env: { PERSONA_TALK_SIMULATOR: '1', OPENAI_BASE_URL: standin.baseUrl, OPENAI_REALTIME_MODEL: 'gpt-realtime-2.1' }, port: 0, logger: (l) => lines.push(l) });
    try {
      expect(await server.health()).toMatchObject({ ok: true, mode: 'simulator', gemini: { mode: 'off' } });
      expect(lines.some((l) => l.includes('mode: simulator'))).toBe(true);
    } finally {
      await server.close();
    }
  });

  it('serves the built SPA on the same origin: files, content types, asset caching, index fallback', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'persona-talk-static-'));
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>Persona Talk</title>');
    await writeFile(join(dir, 'assets', 'app-abc123.js'), 'console.log(1)');
    await writeFile(join(dir, 'assets', 'app-abc123.css'), 'body{}');
    const server = await startTokenServer({ env: { OPENAI_API_KEY: TEST_KEY, OPENAI_BASE_URL: standin.baseUrl, OPENAI_MODEL_CHECK: 'off' }, port: 0, staticDir: dir, logger: () => undefined });
    try {
      const index = await fetch(`${server.url}/`);
      expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(index.headers.get('cache-control')).toBe('no-cache');
      expect(await index.text()).toContain('Persona Talk');
      const js = await fetch(`${server.url}/assets/app-abc123.js`);
      expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(js.headers.get('cache-control')).toContain('immutable');
      expect((await fetch(`${server.url}/assets/app-abc123.css`)).headers.get('content-type')).toBe('text/css; charset=utf-8');
      expect((await fetch(`${server.url}/assets/missing.js`)).status).toBe(404);
      const route = await fetch(`${server.url}/call/debug`);
      expect([route.status, await route.text()]).toEqual([200, '<!doctype html><title>Persona Talk</title>']);
      const traversal = await fetch(`${server.url}/..%2f..%2fetc%2fpasswd`);
      expect([traversal.status, await traversal.text()]).toEqual([404, 'Not found']);
      expect((await fetch(`${server.url}/api/health`)).headers.get('content-type')).toContain('application/json');
      expect((await fetch(`${server.url}/api/unknown`)).status).toBe(404);
    } finally {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
