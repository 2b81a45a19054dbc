import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  loadTokenServerConfig,
  parseTokenServerUrl,
  readConfigText,
  resetTokenServerConfig,
  tokenServer,
  tokenServerBlock,
  tokenServerUrl,
} from '../../../src/config/token-server.ts';

const answer = (body: string, type = 'application/json', status = 200) =>
  vi.fn<typeof fetch>(async () => new Response(body, { status, headers: { 'content-type': type } }));

afterEach(() => {
  resetTokenServerConfig();
  vi.restoreAllMocks();
});

describe('where the token server is', () => {
  it('accepts only plain http(s) URLs, without a trailing slash', () => {
    expect(parseTokenServerUrl('https://tokens.example.com/')).toBe('https://tokens.example.com');
    expect(parseTokenServerUrl(' https://example.com/persona/ ')).toBe('https://example.com/persona');
    for (const bad of ['tokens.example.com', 'ftp://x.example', 'https://user:pw@x.example', 'https://x.example/?a=1', 'javascript:alert(1)']) {
      expect(parseTokenServerUrl(bad), bad).toBeNull();
    }
  });

  it('is the page itself by default, with the paths as they were', () => {
    expect(tokenServer().source).toBe('page');
    expect(tokenServerUrl('/api/health')).toBe('/api/health');
  });

  it('takes config.json beside index.html, under the base path', async () => {
    const fetchImpl = answer(JSON.stringify({ tokenServerUrl: 'https://tokens.example.com' }));
    const place = await loadTokenServerConfig(fetchImpl, '/persona-talk/');
    expect(fetchImpl.mock.calls[0]?.[0]).toBe('/persona-talk/config.json');
    expect(place).toEqual({ base: 'https://tokens.example.com', origin: 'https://tokens.example.com', source: 'config.json' });
    expect(tokenServerUrl('/api/realtime/token')).toBe('https://tokens.example.com/api/realtime/token');
  });

  it('is silent when config.json is missing or answered by an HTML fallback page', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect((await loadTokenServerConfig(answer('Not found', 'text/plain', 404), '/')).source).toBe('page');
    expect((await loadTokenServerConfig(answer('<!doctype html>', 'text/html'), '/')).source).toBe('page');
    expect((await loadTokenServerConfig(vi.fn<typeof fetch>(async () => { throw new TypeError('offline'); }), '/')).source).toBe('page');
    expect(warn).not.toHaveBeenCalled();
  });

  it('says once what is wrong with a malformed config.json, and keeps the default', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect((await loadTokenServerConfig(answer('{"tokenServerUrl": '), '/')).source).toBe('page');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/config\.json is ignored: it is not valid JSON\. Write \{"tokenServerUrl"/);
    expect(readConfigText('{"tokenServerUrl": "tokens.example.com"}')).toEqual({ problem: expect.stringContaining('is not an http(s) URL') });
    expect(readConfigText('[]')).toEqual({ problem: 'it is not a JSON object' });
    expect(readConfigText('{}')).toEqual({ base: null });
  });

  it('sees mixed content before any fetch: an http server from an https page, loopback excepted', async () => {
    await loadTokenServerConfig(answer(JSON.stringify({ tokenServerUrl: 'http://tokens.example.com' })), '/');
    expect(tokenServerBlock('https://me.github.io/persona-talk/')).toEqual({ kind: 'mixed_content', server: 'http://tokens.example.com', page: 'https://me.github.io' });
    expect(tokenServerBlock('http://me.example/')).toBeNull();
    await loadTokenServerConfig(answer(JSON.stringify({ tokenServerUrl: 'http://127.0.0.1:8787' })), '/');
    expect(tokenServerBlock('https://me.github.io/')).toBeNull();
  });
});
