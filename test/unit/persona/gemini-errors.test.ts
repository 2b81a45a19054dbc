import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '@google/genai';
import { classifyGeminiError, parseDuration } from '../../../src/persona/gemini-errors.ts';
import { generatePersona, PersonaGenerationError } from '../../../src/persona/generate-persona.ts';
import { useLocaleStore } from '../../../src/i18n/locale.ts';

// These tests read the English words.
beforeEach(() => useLocaleStore.getState().setLocale('en'));

const ctx = { model: 'gemini-3.5-flash-lite', ownKey: false };
const apiError = (status: number, body: unknown) => new ApiError({ status, message: JSON.stringify(body) });

describe('classifyGeminiError', () => {
  it('reads the double-wrapped body of a non-JSON streaming error', () => {
    const inner = JSON.stringify({ error: { code: 429, message: 'quota', status: 'RESOURCE_EXHAUSTED', details: [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '3s' }] } });
    const f = classifyGeminiError(apiError(429, { error: { message: inner, code: 429, status: 'Too Many Requests' } }), ctx);
    expect(f).toMatchObject({ code: 'rate_limited', retryAfterMs: 3000 });
  });

  it('401 and 403 are key problems; with the server key the fix names the token server', () => {
    expect(classifyGeminiError(apiError(401, { error: { code: 401, message: 'x', status: 'UNAUTHENTICATED' } }), ctx)).toMatchObject({ code: 'invalid_key' });
    const f = classifyGeminiError(apiError(403, { error: { code: 403, message: 'x', status: 'PERMISSION_DENIED' } }), ctx);
    expect(f.code).toBe('invalid_key');
    expect(f.fix).toContain('GEMINI_API_KEY');
  });

  it('recognises browser network errors and aborts', () => {
    expect(classifyGeminiError(new TypeError('Failed to fetch'), ctx).code).toBe('network');
    expect(classifyGeminiError(new TypeError('NetworkError when attempting to fetch resource.'), ctx).code).toBe('network');
    expect(classifyGeminiError(new DOMException('The user aborted a request.', 'AbortError'), ctx).code).toBe('aborted');
    expect(classifyGeminiError(new Error('boom'), ctx)).toMatchObject({ code: 'unknown', detail: 'Error: boom' });
  });

  it('maps the token server pass-through codes', () => {
    const body = (code: string) => ({ error: { code, message: 'msg', hint: 'hint' } });
    expect(classifyGeminiError(apiError(503, body('gemini_not_configured')), ctx)).toMatchObject({ code: 'gemini_not_configured', offerPresets: true, retryable: false });
    expect(classifyGeminiError(apiError(403, body('gemini_forbidden')), ctx)).toMatchObject({ code: 'model_not_found', detail: 'msg — hint' });
    expect(classifyGeminiError(apiError(413, body('payload_too_large')), ctx)).toMatchObject({ code: 'token_server', detail: 'msg — hint' });
  });

  it('parses protobuf durations', () => {
    expect(parseDuration('15s')).toBe(15000);
    expect(parseDuration('0.5s')).toBe(500);
    expect(parseDuration('soon')).toBeUndefined();
  });
});

describe('token server bodies through the real SDK', () => {
  let server: Server;
  let baseUrl: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      req.resume();
      res.writeHead(503, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'gemini_not_configured', message: 'Gemini is not configured on this server.', hint: 'set GEMINI_API_KEY, or use the built-in personas' } }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/gemini`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('gemini_not_configured → offers the built-in personas, no retry', async () => {
    const sleeps: number[] = [];
    const error = await generatePersona(
      { language: 'en', brief: 'a barista', scenario: '', difficulty: 'normal' },
      { model: 'gemini-3.5-flash-lite', apiKey: 'proxy', baseUrl, ownKey: false },
      { sleep: async (ms) => void sleeps.push(ms) },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PersonaGenerationError);
    expect((error as PersonaGenerationError).failure).toMatchObject({ code: 'gemini_not_configured', offerPresets: true });
    expect((error as PersonaGenerationError).failure.fix).toMatch(/built-in persona/);
    expect(sleeps).toEqual([]);
  });
});
