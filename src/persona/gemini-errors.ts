/**
 * Everything that can go wrong while Gemini writes a persona, as data: one pure classifier from whatever the SDK
 * threw (or returned) to a failure code, what each code allows (retry, point at the presets), and its words from
 * gemini-messages.ts. No SDK import here: `ApiError` is recognised by shape, so the catalogue loads without the
 * SDK (persona-store loads it alone when the persona writer's chunk fails to load).
 */

import type { Problem } from '../errors/problem';
import type { GeminiFailureCode, GeminiFailureParams } from './gemini-failure-codes';
import { geminiFailureText } from './gemini-messages';

export type { GeminiFailureCode, GeminiFailureParams };

export interface GeminiFailure extends Problem {
  code: GeminiFailureCode;
  /** Whether trying the same request again automatically can help. */
  retryable: boolean;
  /** Whether to point the user at the built-in personas (Gemini will not work for now). */
  offerPresets: boolean;
  /** Server-suggested wait before retrying (429 RetryInfo), in ms. */
  retryAfterMs?: number;
  /** HTTP status when there was one. */
  status?: number;
  /** What the words were made from, to say them again when the page's language changes. */
  params?: GeminiFailureParams;
}

export interface FailureContext {
  /** The Gemini model id from settings. */
  model: string;
  /** True when the user's own key is in use (then key problems are theirs to fix). */
  ownKey: boolean;
}

export function failure(code: GeminiFailureCode, ctx: FailureContext, extra: Partial<GeminiFailure> = {}): GeminiFailure {
  const params = stripUndefined<GeminiFailureParams>({ model: ctx.model, ownKey: ctx.ownKey, detail: extra.detail, retryAfterMs: extra.retryAfterMs }) as GeminiFailureParams;
  return { code, ...geminiFailureText(code, params), ...policy(code, extra), ...stripUndefined(extra), params };
}

/** The same failure in the page's language now. */
export function resayFailure(failure: GeminiFailure): GeminiFailure {
  return failure.params ? { ...failure, ...geminiFailureText(failure.code, failure.params) } : failure;
}

function policy(code: GeminiFailureCode, extra: Partial<GeminiFailure>): Pick<GeminiFailure, 'retryable' | 'offerPresets'> {
  switch (code) {
    case 'aborted':
      return { retryable: false, offerPresets: false };
    case 'output_stopped':
      return { retryable: false, offerPresets: extra.detail !== 'MAX_TOKENS' };
    case 'rate_limited':
      return { retryable: true, offerPresets: false };
    case 'overloaded':
    case 'server_error':
      return { retryable: true, offerPresets: true };
    case 'model_not_found':
      return { retryable: false, offerPresets: false };
    case 'prompt_blocked':
    case 'invalid_output':
    case 'daily_quota':
    case 'invalid_key':
    case 'bad_request':
    case 'network':
    case 'gemini_not_configured':
    case 'token_server':
    case 'unknown':
      return { retryable: false, offerPresets: true };
  }
}

interface ParsedApiError {
  status: number;
  /** The HTTP-ish code Google puts in the body (number), or the token server's string code. */
  code?: number | string;
  grpcStatus?: string;
  message?: string;
  hint?: string;
  reason?: string;
  retryDelay?: string;
  quotaIds: string[];
}

/** Maps anything thrown while generating to a failure. */
export function classifyGeminiError(error: unknown, ctx: FailureContext): GeminiFailure {
  if (isAbort(error)) return failure('aborted', ctx);
  const api = parseApiError(error);
  if (!api) {
    if (isNetworkError(error)) return failure('network', ctx, { detail: errorText(error) });
    return failure('unknown', ctx, { detail: errorText(error) });
  }
  const base = { status: api.status, detail: api.message };
  if (typeof api.code === 'string' && !/^\d+$/.test(api.code)) {
    // The token server's own `{error:{code,message,hint}}` body from the Gemini pass-through.
    if (api.code === 'gemini_not_configured') return failure('gemini_not_configured', ctx, base);
    const said = [api.message, api.hint].filter(Boolean).join(' — ');
    if (api.code === 'gemini_forbidden') return failure('model_not_found', ctx, { ...base, detail: said });
    if (api.code === 'rate_limited') return failure('rate_limited', ctx, { ...base, retryable: false });
    if (api.code === 'gemini_timeout') return failure('server_error', ctx, { ...base, detail: said });
    if (api.code === 'gemini_unreachable') return failure('network', ctx, { ...base, detail: said });
    return failure('token_server', ctx, { ...base, detail: said || api.code });
  }
  switch (true) {
    case api.status === 429: {
      if (api.quotaIds.some((id) => /PerDay/i.test(id))) return failure('daily_quota', ctx, base);
      const retryAfterMs = parseDuration(api.retryDelay);
      return failure('rate_limited', ctx, retryAfterMs === undefined ? base : { ...base, retryAfterMs });
    }
    case api.status === 503:
      return failure('overloaded', ctx, base);
    case api.status === 500 || api.status === 502 || api.status === 504:
      return failure('server_error', ctx, base);
    case api.status === 404:
      return failure('model_not_found', ctx, base);
    case api.status === 401 || api.status === 403:
    case api.status === 400 && (api.reason === 'API_KEY_INVALID' || /api key/i.test(api.message ?? '')):
      return failure('invalid_key', ctx, base);
    case api.status >= 400 && api.status < 500:
      return failure('bad_request', ctx, base);
    default:
      return failure('unknown', ctx, base);
  }
}

/** Reads an SDK `ApiError` (message = JSON of the body, sometimes double-encoded; gemini.md §3.1). */
export function parseApiError(error: unknown): ParsedApiError | undefined {
  if (!(error instanceof Error) || error.name !== 'ApiError') return undefined;
  const status = (error as Error & { status?: unknown }).status;
  if (typeof status !== 'number') return undefined;
  let body = parseErrorBody(error.message);
  if (body && typeof body.message === 'string' && body.message.trim().startsWith('{')) {
    body = parseErrorBody(body.message) ?? body;
  }
  const details = Array.isArray(body?.details) ? (body.details as Array<Record<string, unknown>>) : [];
  const typed = (suffix: string) => details.find((d) => typeof d['@type'] === 'string' && d['@type'].endsWith(suffix));
  const violations = typed('QuotaFailure')?.violations;
  const quotaIds = Array.isArray(violations)
    ? violations.map((v: { quotaId?: unknown }) => (typeof v?.quotaId === 'string' ? v.quotaId : '')).filter(Boolean)
    : [];
  return {
    status,
    code: typeof body?.code === 'number' || typeof body?.code === 'string' ? body.code : undefined,
    grpcStatus: typeof body?.status === 'string' ? body.status : undefined,
    message: typeof body?.message === 'string' ? body.message : error.message,
    hint: typeof body?.hint === 'string' ? body.hint : undefined,
    reason: typeof typed('ErrorInfo')?.reason === 'string' ? (typed('ErrorInfo')?.reason as string) : undefined,
    retryDelay: typeof typed('RetryInfo')?.retryDelay === 'string' ? (typed('RetryInfo')?.retryDelay as string) : undefined,
    quotaIds,
  };
}

function parseErrorBody(text: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    const inner = (parsed as { error?: unknown })?.error;
    return typeof inner === 'object' && inner !== null ? (inner as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Google's protobuf Duration text: "15s", "0.5s", "1.250s". */
export function parseDuration(text: string | undefined): number | undefined {
  const m = text?.trim().match(/^(\d+(?:\.\d+)?)s$/);
  return m ? Math.round(Number(m[1]) * 1000) : undefined;
}

function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

function isNetworkError(error: unknown): boolean {
  // Node: "fetch failed"; Chrome: "Failed to fetch"; Firefox: "NetworkError when attempting…"; Safari: "Load failed".
  return error instanceof TypeError && /fetch failed|failed to fetch|networkerror|load failed|network/i.test(error.message);
}

function errorText(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.replace(/(key=)[^&\s]+/gi, '$1…');
  return String(error);
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
