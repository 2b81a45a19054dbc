import type { ApiErrorBody } from './contract.ts';
import type { TokenServerErrorCode } from './contract.ts';
import { redactText } from './contract.ts';
import { isUpstreamTooLarge } from './capped-body.ts';

/** Every error the token server answers with: status, the message the page shows, and what to change. */
export const ERROR_CATALOGUE = {
  invalid_json: { status: 400, message: 'The request body is not valid JSON.', hint: 'Send a JSON object, or no body at all.' },
  invalid_request: { status: 400, message: 'The request body is not valid.', hint: 'Allowed fields: instructions, voice, language, turnDetection, outputModality.' },
  model_not_allowed: { status: 400, message: 'The model is chosen by the server.', hint: 'Remove "model" from the request; the server uses OPENAI_REALTIME_MODEL.' },
  unsupported_media_type: { status: 415, message: 'The request body must be JSON.', hint: 'Send Content-Type: application/json.' },
  payload_too_large: { status: 413, message: 'The request body is too large.', hint: 'Shorten the persona instructions.' },
  origin_not_allowed: { status: 403, message: 'This origin may not use the token server.', hint: 'Add the page origin to ALLOWED_ORIGINS on the server.' },
  host_not_allowed: { status: 403, message: 'This server does not answer for this host name.', hint: 'Open the app at its public address, or add that address to PUBLIC_ORIGIN on the server.' },
  token_cap_reached: { status: 429, message: 'This site has handed out all the call keys it allows for now.', hint: 'Try again after the time in Retry-After; the site owner can raise TOKEN_HOURLY_LIMIT / TOKEN_DAILY_LIMIT.' },
  limit_store_unavailable: { status: 503, message: 'The server cannot check its key limit right now, so it hands out no keys.', hint: 'Try again in a minute; the site owner should check that Redis (REDIS_URL) is reachable.' },
  rate_limited: { status: 429, message: 'Too many requests from this client.', hint: 'Wait a moment and try again.' },
  not_found: { status: 404, message: 'No such endpoint.', hint: 'The endpoints are POST /api/realtime/token, GET /api/health and /api/gemini/….' },
  method_not_allowed: { status: 405, message: 'This method is not allowed here.', hint: 'Use POST for /api/realtime/token and GET for /api/health.' },
  model_unavailable: { status: 503, message: 'The configured realtime model is not available to this API key.', hint: 'Set OPENAI_REALTIME_MODEL to a realtime model this key can use and restart the server.' },
  openai_key_invalid: { status: 502, message: 'OpenAI rejected the server\'s API key.', hint: 'Check OPENAI_API_KEY on the server (it may be wrong, revoked or from another project).' },
  openai_forbidden: { status: 502, message: 'OpenAI refused this request for the server\'s API key.', hint: 'Check that the key\'s project may use the Realtime API and this model.' },
  openai_quota_exhausted: { status: 503, message: 'The OpenAI account has run out of quota.', hint: 'Add credit or raise the limit in the OpenAI billing settings, then try again.' },
  openai_rate_limited: { status: 429, message: 'OpenAI is rate-limiting the server right now.', hint: 'Wait for the time in Retry-After and try again.' },
  openai_timeout: { status: 504, message: 'OpenAI did not answer in time.', hint: 'Try again; if it keeps happening, check the server\'s network or raise OPENAI_TIMEOUT_MS.' },
  openai_unreachable: { status: 502, message: 'The server could not reach OpenAI.', hint: 'Check the server\'s network and OPENAI_BASE_URL; see status.openai.com.' },
  openai_rejected_request: { status: 502, message: 'OpenAI rejected the session the server asked for.', hint: 'This is a server bug or an API change; report it with the request id.' },
  openai_error: { status: 502, message: 'OpenAI answered with an unexpected error.', hint: 'Try again; report it with the request id if it persists.' },
  gemini_forbidden: { status: 403, message: 'Only content generation with an allowed Gemini model passes through this server.', hint: 'Use generateContent or generateContentStream with a model from GEMINI_MODELS.' },
  gemini_not_configured: { status: 503, message: 'Gemini is not configured on this server.', hint: 'set GEMINI_API_KEY, or use the built-in personas' },
  gemini_timeout: { status: 504, message: 'Gemini did not answer in time.', hint: 'Try again, or pick a lighter model.' },
  gemini_unreachable: { status: 502, message: 'The server could not reach Gemini.', hint: 'Check the server\'s network and GEMINI_BASE_URL.' },
  internal_error: { status: 500, message: 'The token server hit an unexpected error.', hint: 'Report it with the request id.' },
} as const satisfies Record<TokenServerErrorCode, { status: number; message: string; hint: string }>;

export type ErrorCode = TokenServerErrorCode;

export interface ErrorOutcome {
  status: number;
  body: ApiErrorBody;
  headers?: Record<string, string>;
}

export function errorOutcome(code: ErrorCode, overrides: { message?: string; hint?: string; headers?: Record<string, string> } = {}): ErrorOutcome {
  const entry = ERROR_CATALOGUE[code];
  const outcome: ErrorOutcome = {
    status: entry.status,
    body: { error: { code, message: redactText(overrides.message ?? entry.message), hint: redactText(overrides.hint ?? entry.hint) } },
  };
  if (overrides.headers) outcome.headers = overrides.headers;
  return outcome;
}

interface UpstreamErrorLike {
  name?: unknown;
  status?: unknown;
  code?: unknown;
  type?: unknown;
  message?: unknown;
  error?: unknown;
  headers?: unknown;
}

function upstreamMessage(err: UpstreamErrorLike): string | undefined {
  const inner = err.error as { message?: unknown } | undefined;
  const msg = typeof inner?.message === 'string' ? inner.message : typeof err.message === 'string' ? err.message : undefined;
  return msg ? redactText(msg).slice(0, 500) : undefined;
}

function retryAfterSeconds(headers: unknown): string | undefined {
  const value = typeof (headers as Headers | undefined)?.get === 'function' ? (headers as Headers).get('retry-after') : null;
  if (value && /^\d{1,5}$/.test(value.trim())) return value.trim();
  const ms = typeof (headers as Headers | undefined)?.get === 'function' ? (headers as Headers).get('retry-after-ms') : null;
  if (ms && /^\d{1,8}(\.\d+)?$/.test(ms.trim())) return String(Math.max(1, Math.ceil(Number(ms) / 1000)));
  return undefined;
}

function isModelMissing(status: number, code: unknown, message: string | undefined): boolean {
  if (code === 'model_not_found' || code === 'invalid_model') return true;
  return status === 404 && /model/i.test(message ?? '');
}

/**
 * Maps whatever `client.realtime.clientSecrets.create` threw (openai `APIError` family or a plain error)
 * to the answer the page gets. `usableModels` feeds the hint when the model itself is the problem.
 */
export function mapOpenAIError(error: unknown, context: { model: string; usableModels?: readonly string[] }): ErrorOutcome {
  const err = (typeof error === 'object' && error !== null ? error : {}) as UpstreamErrorLike;
  const name = typeof err.name === 'string' ? err.name : '';
  if (isUpstreamTooLarge(error)) return errorOutcome('openai_error', { message: 'OpenAI answered with far more data than a client secret; the server stopped reading it.' });
  if (name === 'APIConnectionTimeoutError' || name === 'TimeoutError' || /timed? ?out/i.test(String(err.message ?? '')) && typeof err.status !== 'number') {
    return errorOutcome('openai_timeout');
  }
  if (typeof err.status !== 'number') return errorOutcome('openai_unreachable');
  const status = err.status;
  const message = upstreamMessage(err);
  if (isModelMissing(status, err.code, message)) return modelUnavailable(context.model, context.usableModels);
  if (status === 401) return errorOutcome('openai_key_invalid');
  if (status === 403) return errorOutcome('openai_forbidden', message ? { message: `OpenAI refused the request: ${message}` } : {});
  if (status === 429) {
    if (err.code === 'insufficient_quota' || err.type === 'insufficient_quota') return errorOutcome('openai_quota_exhausted');
    return errorOutcome('openai_rate_limited', { headers: { 'Retry-After': retryAfterSeconds(err.headers) ?? '5' } });
  }
  if (status === 408) return errorOutcome('openai_timeout');
  if (status >= 400 && status < 500) {
    return errorOutcome('openai_rejected_request', message ? { message: `OpenAI rejected the session: ${message}` } : {});
  }
  return errorOutcome('openai_unreachable', { message: `OpenAI is not answering properly (HTTP ${status}).` });
}

export function modelUnavailable(model: string, usableModels?: readonly string[]): ErrorOutcome {
  const hint = usableModels && usableModels.length > 0
    ? `Set OPENAI_REALTIME_MODEL to one of: ${usableModels.join(', ')} (then restart the server).`
    : 'Set OPENAI_REALTIME_MODEL to a realtime model this key can use (then restart the server).';
  return errorOutcome('model_unavailable', { message: `The realtime model "${model}" is not available to this API key.`, hint });
}
