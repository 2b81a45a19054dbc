/**
 * Everything that can go wrong while Gemini writes a persona, as data: one catalogue of user messages and fixes,
 * and one pure classifier from whatever the SDK threw (or returned) to a catalogue entry. No SDK import here:
 * `ApiError` is recognised by shape, so the catalogue loads without the SDK (persona-store loads it alone when
 * the persona writer's chunk fails to load).
 */

import type { Problem } from '../errors/problem';

export type GeminiFailureCode =
  | 'aborted'
  | 'prompt_blocked'
  | 'output_stopped'
  | 'invalid_output'
  | 'rate_limited'
  | 'daily_quota'
  | 'overloaded'
  | 'server_error'
  | 'model_not_found'
  | 'invalid_key'
  | 'bad_request'
  | 'network'
  | 'gemini_not_configured'
  | 'token_server'
  | 'unknown';

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
}

export interface FailureContext {
  /** The Gemini model id from settings. */
  model: string;
  /** True when the user's own key is in use (then key problems are theirs to fix). */
  ownKey: boolean;
}

const MODEL_SETTING = '"Gemini model" in Settings';
const KEY_SETTING = '"Use my own Gemini key" in Settings';

export function failure(code: GeminiFailureCode, ctx: FailureContext, extra: Partial<GeminiFailure> = {}): GeminiFailure {
  const entry = catalogue(code, ctx, extra);
  return { code, ...entry, ...stripUndefined(extra) };
}

function catalogue(code: GeminiFailureCode, ctx: FailureContext, extra: Partial<GeminiFailure>): Omit<GeminiFailure, 'code'> {
  switch (code) {
    case 'aborted':
      return { message: 'Stopped. What was written so far is kept.', fix: 'Edit the fields, or press Create persona again.', retryable: false, offerPresets: false };
    case 'prompt_blocked':
      return { message: `Gemini refused the brief (blocked: ${extra.detail ?? 'SAFETY'}).`, fix: 'Rephrase the brief (less violent, sexual or personal content), or pick a built-in persona.', retryable: false, offerPresets: true };
    case 'output_stopped':
      return extra.detail === 'MAX_TOKENS'
        ? { message: 'Gemini ran out of output room before the persona was finished.', fix: 'Press Create persona again with a shorter brief, or fill in the missing fields yourself.', retryable: false, offerPresets: false }
        : { message: `Gemini stopped writing the persona (reason: ${extra.detail ?? 'OTHER'}).`, fix: 'Rephrase the brief and try again, or fill in the missing fields yourself.', retryable: false, offerPresets: true };
    case 'invalid_output':
      return { message: 'Gemini wrote a persona that does not fit the form, even after one correction.', fix: 'Press Create persona again, fix the fields marked below by hand, or pick a built-in persona.', retryable: false, offerPresets: true };
    case 'rate_limited':
      return {
        message: 'Gemini is rate-limiting requests (too many per minute).',
        fix: extra.retryAfterMs === undefined ? 'Wait a minute and press Create persona again.' : `Press Create persona again in ${Math.ceil(extra.retryAfterMs / 1000)} s.`,
        retryable: true,
        offerPresets: false,
      };
    case 'daily_quota':
      return { message: "Today's Gemini quota is used up; it resets tomorrow.", fix: ctx.ownKey ? 'Use another key or a paid plan, or pick a built-in persona.' : 'Pick a built-in persona, or use your own Gemini key in Settings.', retryable: false, offerPresets: true };
    case 'overloaded':
      return { message: `The Gemini model "${ctx.model}" is overloaded right now.`, fix: `Try again in a minute, or choose a lighter model in ${MODEL_SETTING}.`, retryable: true, offerPresets: true };
    case 'server_error':
      return { message: 'Gemini had an internal error.', fix: 'Try again in a minute.', retryable: true, offerPresets: true };
    case 'model_not_found':
      return { message: `The Gemini model "${ctx.model}" does not exist or is not available to this key.`, fix: `Change ${MODEL_SETTING} to an available model, for example gemini-3.5-flash-lite.`, retryable: false, offerPresets: false };
    case 'invalid_key':
      return ctx.ownKey
        ? { message: 'Gemini did not accept your API key.', fix: `Check the key in ${KEY_SETTING} (copy it again from Google AI Studio), or switch it off to use the server's key.`, retryable: false, offerPresets: true }
        : { message: "Gemini did not accept the server's API key.", fix: 'The site owner must fix GEMINI_API_KEY on the token server. Meanwhile use your own key in Settings or a built-in persona.', retryable: false, offerPresets: true };
    case 'bad_request':
      return { message: 'Gemini rejected the request.', fix: `Check ${MODEL_SETTING}; if the problem stays, report the detail below.`, retryable: false, offerPresets: true };
    case 'network':
      return { message: ctx.ownKey ? 'Could not reach Gemini (network error).' : 'Could not reach the Gemini service through the token server (network error).', fix: 'Check your connection (and that the token server is running), then try again.', retryable: false, offerPresets: true };
    case 'gemini_not_configured':
      return { message: 'This server has no Gemini key, so it cannot write personas.', fix: 'Pick a built-in persona, or paste your own Gemini key in Settings.', retryable: false, offerPresets: true };
    case 'token_server':
      return { message: extra.detail ?? 'The token server refused the Gemini request.', fix: 'See the hint below, or pick a built-in persona.', retryable: false, offerPresets: true };
    case 'unknown':
      return { message: 'Something unexpected went wrong while writing the persona.', fix: 'Try again; if it keeps failing, report the detail below.', retryable: false, offerPresets: true };
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
