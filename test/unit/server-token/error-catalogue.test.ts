import {
  APIConnectionError,
  APIConnectionTimeoutError,
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  NotFoundError,
  RateLimitError,
} from 'openai';
import { describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE, errorOutcome, mapOpenAIError } from '../../../server-token/error-catalogue.ts';

const ctx = { model: 'gpt-realtime-2', usableModels: ['gpt-realtime-2.1', 'gpt-realtime-2.1-mini'] };

function apiBody(code: string, message: string, type = 'invalid_request_error') {
  return { message, type, code, param: null };
}

describe('mapOpenAIError', () => {
  it('maps a rejected key to openai_key_invalid with a hint about OPENAI_API_KEY', () => {
    const out = mapOpenAIError(new AuthenticationError(401, apiBody('invalid_api_key', 'Incorrect API key provided: sk-abc123456789'), undefined, new Headers()), ctx);
    expect(out.status).toBe(502);
    expect(out.body.error.code).toBe('openai_key_invalid');
    expect(out.body.error.hint).toMatch(/OPENAI_API_KEY/);
    expect(JSON.stringify(out)).not.toContain('sk-abc');
  });

  it('tells quota exhaustion apart from rate limiting', () => {
    const quota = mapOpenAIError(new RateLimitError(429, apiBody('insufficient_quota', 'You exceeded your current quota', 'insufficient_quota'), undefined, new Headers()), ctx);
    expect(quota.body.error.code).toBe('openai_quota_exhausted');
    expect(quota.body.error.hint).toMatch(/billing|credit/i);
    const rate = mapOpenAIError(new RateLimitError(429, apiBody('rate_limit_exceeded', 'Rate limit reached'), undefined, new Headers({ 'retry-after': '12' })), ctx);
    expect(rate.status).toBe(429);
    expect(rate.body.error.code).toBe('openai_rate_limited');
    expect(rate.headers?.['Retry-After']).toBe('12');
  });

  it('falls back to a Retry-After when the upstream sends none, and converts retry-after-ms', () => {
    const none = mapOpenAIError(new RateLimitError(429, apiBody('rate_limit_exceeded', 'x'), undefined, new Headers()), ctx);
    expect(Number(none.headers?.['Retry-After'])).toBeGreaterThan(0);
    const ms = mapOpenAIError(new RateLimitError(429, apiBody('rate_limit_exceeded', 'x'), undefined, new Headers({ 'retry-after-ms': '2500' })), ctx);
    expect(ms.headers?.['Retry-After']).toBe('3');
  });

  it('maps a missing model to model_unavailable listing the usable models', () => {
    const out = mapOpenAIError(new NotFoundError(404, apiBody('model_not_found', 'The model `gpt-realtime-2` does not exist'), undefined, new Headers()), ctx);
    expect(out.status).toBe(503);
    expect(out.body.error.code).toBe('model_unavailable');
    expect(out.body.error.hint).toBe('Set OPENAI_REALTIME_MODEL to one of: gpt-realtime-2.1, gpt-realtime-2.1-mini (then restart the server).');
    const asBadRequest = mapOpenAIError(new BadRequestError(400, apiBody('model_not_found', 'no access'), undefined, new Headers()), ctx);
    expect(asBadRequest.body.error.code).toBe('model_unavailable');
  });

  it('maps timeouts to 504 and network failures to 502', () => {
    expect(mapOpenAIError(new APIConnectionTimeoutError(), ctx)).toMatchObject({ status: 504, body: { error: { code: 'openai_timeout' } } });
    expect(mapOpenAIError(new APIConnectionError({ message: 'Connection error.' }), ctx)).toMatchObject({ status: 502, body: { error: { code: 'openai_unreachable' } } });
    expect(mapOpenAIError(new TypeError('fetch failed'), ctx).body.error.code).toBe('openai_unreachable');
  });

  it('maps an upstream 5xx to openai_unreachable', () => {
    const out = mapOpenAIError(new InternalServerError(503, apiBody('overloaded', 'down'), undefined, new Headers()), ctx);
    expect(out).toMatchObject({ status: 502, body: { error: { code: 'openai_unreachable' } } });
  });

  it('passes the upstream message of a 400 on, as openai_rejected_request', () => {
    const out = mapOpenAIError(new BadRequestError(400, apiBody('invalid_type', "Invalid type for 'session.audio.input.format'."), undefined, new Headers()), ctx);
    expect(out.status).toBe(502);
    expect(out.body.error.code).toBe('openai_rejected_request');
    expect(out.body.error.message).toContain("Invalid type for 'session.audio.input.format'.");
  });

  it('gives every catalogue entry a message and a hint', () => {
    for (const code of Object.keys(ERROR_CATALOGUE) as (keyof typeof ERROR_CATALOGUE)[]) {
      const out = errorOutcome(code);
      expect(out.body.error.message.length).toBeGreaterThan(5);
      expect(out.body.error.hint?.length ?? 0).toBeGreaterThan(5);
    }
  });
});
