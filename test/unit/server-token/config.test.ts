import { describe, expect, it } from 'vitest';
import { DEFAULT_GEMINI_MODELS, DEFAULT_REALTIME_MODEL, describeConfig, loadConfig } from '../../../server-token/config.ts';

const KEY = 'sk-test-config-0123456789';

describe('loadConfig', () => {
  it('refuses to start without OPENAI_API_KEY, in one line with the fix', () => {
    const { fatal } = loadConfig({});
    expect(fatal).toMatch(/OPENAI_API_KEY is not set/);
    expect(fatal).toMatch(/\.env/);
    expect(fatal).toMatch(/PERSONA_TALK_SIMULATOR=1/);
    expect(fatal).not.toContain('\n');
  });

  it('uses safe defaults', () => {
    const { config, fatal } = loadConfig({ OPENAI_API_KEY: KEY });
    expect(fatal).toBeUndefined();
    expect(config.mode).toBe('live');
    expect(config.openai.model).toBe(DEFAULT_REALTIME_MODEL);
    expect(config.openai.model).toBe('gpt-realtime-2');
    expect(config.token).toMatchObject({ ttlSeconds: 120, ratePerMinute: 10, maxBodyBytes: 64 * 1024, hourlyCap: 100, dailyCap: 1000 });
    expect(config.gemini).toMatchObject({ mode: 'off', ratePerMinute: 20, maxBodyBytes: 64 * 1024, baseUrl: 'https://generativelanguage.googleapis.com' });
    expect(config.gemini.models).toEqual([...DEFAULT_GEMINI_MODELS]);
    expect(config.port).toBe(8787);
    expect(config.host).toBe('127.0.0.1');
    expect(config.allowedOrigins).toEqual(['http://127.0.0.1:5173', 'http://localhost:5173']);
    expect(config.trustProxy).toBe(0);
    expect(config.listensOnLoopback).toBe(true);
    expect(config.redisUrl).toBeNull();
  });

  it('point 10: allows the dev origins only on a loopback listener, whatever NODE_ENV says', () => {
    expect(loadConfig({ OPENAI_API_KEY: KEY, NODE_ENV: 'production' }).config.allowedOrigins).toEqual(['http://127.0.0.1:5173', 'http://localhost:5173']);
    const exposed = loadConfig({ OPENAI_API_KEY: KEY, HOST: '0.0.0.0', PUBLIC_ORIGIN: 'https://talk.example.com' });
    expect(exposed.fatal).toBeUndefined();
    expect(exposed.config.allowedOrigins).toEqual([]);
    expect(loadConfig({ OPENAI_API_KEY: KEY, PUBLIC_ORIGIN: 'https://talk.example.com' }, { runtime: 'fetch-host' }).config.allowedOrigins).toEqual([]);
  });

  it('point 1: refuses to listen beyond loopback without PUBLIC_ORIGIN, saying what to set', () => {
    expect(loadConfig({ OPENAI_API_KEY: KEY, HOST: '0.0.0.0' }).fatal).toMatch(/HOST=0\.0\.0\.0 .*PUBLIC_ORIGIN=https:\/\/talk\.example\.com/);
    expect(loadConfig({ OPENAI_API_KEY: KEY }, { runtime: 'fetch-host' }).fatal).toMatch(/PUBLIC_ORIGIN is not set/);
    expect(loadConfig({ OPENAI_API_KEY: KEY, PUBLIC_ORIGIN: 'talk.example.com' }).fatal).toMatch(/PUBLIC_ORIGIN entry/);
  });

  it('reads TRUST_PROXY as a hop count, the old 1/true as one hop', () => {
    expect(loadConfig({ OPENAI_API_KEY: KEY, TRUST_PROXY: '2' }).config.trustProxy).toBe(2);
    expect(loadConfig({ OPENAI_API_KEY: KEY, TRUST_PROXY: 'true' }).config.trustProxy).toBe(1);
    expect(loadConfig({ OPENAI_API_KEY: KEY, TRUST_PROXY: 'many' }).fatal).toMatch(/TRUST_PROXY must be a whole number from 0 to 10/);
  });

  it('reads REDIS_URL and the key caps, and never prints credentials in a URL', () => {
    const { config } = loadConfig({
      OPENAI_API_KEY: KEY, REDIS_URL: 'redis://:redispass123@10.0.0.5:6379/0', TOKEN_HOURLY_LIMIT: '0', TOKEN_DAILY_LIMIT: '50',
      OPENAI_BASE_URL: 'https://proxyuser:proxypass99@proxy.example/v1?api-key=querysecret',
    });
    expect(config.redisUrl).toBe('redis://:redispass123@10.0.0.5:6379/0');
    expect(config.token).toMatchObject({ hourlyCap: 0, dailyCap: 50 });
    const text = describeConfig(config).join('\n');
    for (const secret of ['redispass123', 'proxypass99', 'proxyuser', 'querysecret']) expect(text).not.toContain(secret);
    expect(text).toContain('proxy.example/v1');
    expect(text).toContain('none per hour, 50/day');
    expect(loadConfig({ OPENAI_API_KEY: KEY, REDIS_URL: 'http://x' }).fatal).toMatch(/REDIS_URL must be a redis:\/\//);
  });

  it('says once that GOOGLE_API_KEY wins when both Google keys are set', () => {
    const { config, warnings } = loadConfig({ OPENAI_API_KEY: KEY, GOOGLE_API_KEY: 'AIzaGoogleKey123456', GEMINI_API_KEY: 'AIzaGeminiKey123456' });
    expect(config.gemini).toMatchObject({ mode: 'proxy', keySource: 'GOOGLE_API_KEY', apiKey: 'AIzaGoogleKey123456' });
    const lines = warnings.filter((w) => w.includes('GOOGLE_API_KEY') && w.includes('GEMINI_API_KEY'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/using GOOGLE_API_KEY/);
    expect(warnings.join('\n')).not.toContain('AIza');
  });

  it('uses GEMINI_API_KEY alone without a warning about both', () => {
    const { config, warnings } = loadConfig({ OPENAI_API_KEY: KEY, GEMINI_API_KEY: 'AIzaGeminiKey123456' });
    expect(config.gemini.keySource).toBe('GEMINI_API_KEY');
    expect(warnings).toEqual([]);
  });

  it('says built-in personas will be used without any Google key', () => {
    const { config, warnings } = loadConfig({ OPENAI_API_KEY: KEY });
    expect(config.gemini.mode).toBe('off');
    expect(warnings.join(' ')).toMatch(/built-in personas/);
  });

  it('is explicit about simulator mode: placeholder key, stand-in URLs required', () => {
    const sim = loadConfig({ PERSONA_TALK_SIMULATOR: '1', OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', GEMINI_BASE_URL: 'http://127.0.0.1:10' });
    expect(sim.fatal).toBeUndefined();
    expect(sim.config.mode).toBe('simulator');
    expect(sim.config.openai.apiKey).toBe('sk-simulator');
    expect(sim.config.gemini.mode).toBe('simulator');
    expect(sim.warnings.join(' ')).not.toMatch(/built-in personas/);
    expect(loadConfig({ PERSONA_TALK_SIMULATOR: '1' }).fatal).toMatch(/OPENAI_BASE_URL/);
  });

  it('simulates only what has no key when the simulator flag is set', () => {
    const mixed = loadConfig({ PERSONA_TALK_SIMULATOR: '1', OPENAI_API_KEY: KEY, GEMINI_BASE_URL: 'http://127.0.0.1:10' });
    expect(mixed.fatal).toBeUndefined();
    expect(mixed.config.mode).toBe('live');
    expect(mixed.config.openai.apiKey).toBe(KEY);
    expect(mixed.config.gemini.mode).toBe('simulator');
    expect(mixed.warnings.join(' ')).toMatch(/real OpenAI Realtime API/);
  });

  it('rejects out-of-range numbers and bad URLs with the variable name', () => {
    expect(loadConfig({ OPENAI_API_KEY: KEY, TOKEN_TTL_SECONDS: '5' }).fatal).toMatch(/TOKEN_TTL_SECONDS must be a whole number from 10 to 7200/);
    expect(loadConfig({ OPENAI_API_KEY: KEY, TOKEN_TTL_SECONDS: '7201' }).fatal).toMatch(/TOKEN_TTL_SECONDS/);
    expect(loadConfig({ OPENAI_API_KEY: KEY, TOKEN_TTL_SECONDS: '7200' }).config.token.ttlSeconds).toBe(7200);
    expect(loadConfig({ OPENAI_API_KEY: KEY, PORT: 'eighty' }).fatal).toMatch(/PORT/);
    expect(loadConfig({ OPENAI_API_KEY: KEY, OPENAI_BASE_URL: 'ftp://x' }).fatal).toMatch(/OPENAI_BASE_URL/);
    expect(loadConfig({ OPENAI_API_KEY: KEY, ALLOWED_ORIGINS: 'https://ok.example, not a url' }).fatal).toMatch(/ALLOWED_ORIGINS/);
  });

  it('reads the documented overrides', () => {
    const { config } = loadConfig({
      OPENAI_API_KEY: KEY, OPENAI_REALTIME_MODEL: 'gpt-realtime-2.1', TOKEN_RATE_LIMIT_PER_MINUTE: '3', GEMINI_RATE_LIMIT_PER_MINUTE: '4',
      TOKEN_TTL_SECONDS: '60', PORT: '0', HOST: '0.0.0.0', TRUST_PROXY: '1', ALLOWED_ORIGINS: 'https://talk.example.com/',
      GEMINI_MODELS: 'models/gemini-a, gemini-b', OPENAI_BASE_URL: 'http://127.0.0.1:1/v1/',
    });
    expect(config.openai).toMatchObject({ model: 'gpt-realtime-2.1', modelSource: 'OPENAI_REALTIME_MODEL', baseUrl: 'http://127.0.0.1:1/v1' });
    expect(config.token).toMatchObject({ ratePerMinute: 3, ttlSeconds: 60 });
    expect(config.gemini.ratePerMinute).toBe(4);
    expect(config.gemini.models).toEqual(['gemini-a', 'gemini-b']);
    expect(config).toMatchObject({ port: 0, host: '0.0.0.0', trustProxy: 1, listensOnLoopback: false, allowedOrigins: ['https://talk.example.com'] });
  });

  it('describes the configuration without any secret', () => {
    const { config } = loadConfig({ OPENAI_API_KEY: KEY, GOOGLE_API_KEY: 'AIzaGoogleKey123456' });
    const text = describeConfig(config).join('\n');
    expect(text).toContain('gpt-realtime-2');
    expect(text).toContain('GOOGLE_API_KEY');
    expect(text).not.toContain(KEY);
    expect(text).not.toContain('AIzaGoogleKey123456');
  });
});

describe('documentation of the settings', () => {
  it('lists every setting the config reads in .env.example, and the new ones in the README', async () => {
    const { readFile } = await import('node:fs/promises');
    const source = await readFile(new URL('../../../server-token/config.ts', import.meta.url), 'utf8');
    const names = [...new Set([...source.matchAll(/read(?:Int)?\(env, '([A-Z_]+)'/g)].map((m) => m[1] as string))];
    expect(names).toEqual(expect.arrayContaining(['PUBLIC_ORIGIN', 'TOKEN_HOURLY_LIMIT', 'TOKEN_DAILY_LIMIT', 'REDIS_URL', 'TRUST_PROXY']));
    const example = await readFile(new URL('../../../.env.example', import.meta.url), 'utf8');
    const readme = await readFile(new URL('../../../README.md', import.meta.url), 'utf8');
    for (const name of names) expect(example, `.env.example lacks ${name}`).toMatch(new RegExp(`^#? ?${name}=`, 'm'));
    for (const name of ['PUBLIC_ORIGIN', 'ALLOWED_ORIGINS', 'TOKEN_HOURLY_LIMIT', 'TOKEN_DAILY_LIMIT', 'REDIS_URL', 'TRUST_PROXY', 'STATIC_DIR']) {
      expect(readme, `README lacks ${name}`).toContain(`\`${name}\``);
    }
  });
});
