/**
 * What the page and the token server agree on, in one module that imports nothing of either side (only types of
 * the openai package): voices, turn detection, the token request and response, health, the error codes, where a
 * built page finds the token server, and the one redactor that the server's logs and error bodies, the page's
 * error messages and the debug panel all use.
 */
import type { RealtimeAudioInputTurnDetection } from 'openai/resources/realtime/realtime';

// ---- Voices ------------------------------------------------------------------------------------------------------

/** Voices the GA Realtime API accepts (openai package `VoiceIdsShared`, custom voices excluded). */
export const REALTIME_VOICES = [
  'alloy', 'ash', 'ballad', 'coral', 'echo', 'sage', 'shimmer', 'verse', 'marin', 'cedar',
] as const;
export type RealtimeVoice = (typeof REALTIME_VOICES)[number];

export function isRealtimeVoice(value: unknown): value is RealtimeVoice {
  return typeof value === 'string' && (REALTIME_VOICES as readonly string[]).includes(value);
}

// ---- Turn detection and output ------------------------------------------------------------------------------------

export const TURN_DETECTION_MODES = ['server_vad', 'semantic_vad', 'push_to_talk'] as const;
export type TurnDetectionMode = (typeof TURN_DETECTION_MODES)[number];

export const OUTPUT_MODALITIES = ['audio', 'text'] as const;
export type OutputModality = (typeof OUTPUT_MODALITIES)[number];

/** The GA `audio.input.turn_detection` value for each mode; push-to-talk turns the server's VAD off. */
export function turnDetectionFor(mode: TurnDetectionMode): RealtimeAudioInputTurnDetection | null {
  switch (mode) {
    case 'server_vad':
      return {
        type: 'server_vad',
        threshold: 0.5,
        prefix_padding_ms: 300,
        silence_duration_ms: 500,
        create_response: true,
        interrupt_response: true,
      };
    case 'semantic_vad':
      return { type: 'semantic_vad', eagerness: 'auto', create_response: true, interrupt_response: true };
    case 'push_to_talk':
      return null;
  }
}

// ---- Error codes -----------------------------------------------------------------------------------------------

/**
 * Every `error.code` the token server answers with. The server's catalogue and the page's message catalogue
 * are both keyed by this list, so a new code fails the typecheck until both sides know it.
 */
export const TOKEN_SERVER_ERROR_CODES = [
  'invalid_json',
  'invalid_request',
  'model_not_allowed',
  'unsupported_media_type',
  'payload_too_large',
  'origin_not_allowed',
  'host_not_allowed',
  'rate_limited',
  'token_cap_reached',
  'limit_store_unavailable',
  'not_found',
  'method_not_allowed',
  'model_unavailable',
  'openai_key_invalid',
  'openai_forbidden',
  'openai_quota_exhausted',
  'openai_rate_limited',
  'openai_timeout',
  'openai_unreachable',
  'openai_rejected_request',
  'openai_error',
  'gemini_forbidden',
  'gemini_not_configured',
  'gemini_timeout',
  'gemini_unreachable',
  'internal_error',
] as const;
export type TokenServerErrorCode = (typeof TOKEN_SERVER_ERROR_CODES)[number];

export function isTokenServerErrorCode(code: string): code is TokenServerErrorCode {
  return (TOKEN_SERVER_ERROR_CODES as readonly string[]).includes(code);
}

// ---- Token request, response and health -------------------------------------------------------------------------

export const MAX_INSTRUCTIONS_CHARS = 8_000;

/** ISO-639-1 code, optionally with a region (`ko`, `en`, `en-US`); used as the transcription hint. */
export const LANGUAGE_TAG = /^[a-z]{2}(-[A-Z]{2})?$/;

/**
 * Body of `POST /api/realtime/token`. Everything is optional; unknown fields are refused, and a `model` field gets
 * its own answer ("the model is chosen by the server"). The server checks it with `token-request-schema.ts`.
 */
export interface TokenRequest {
  /** At most MAX_INSTRUCTIONS_CHARS characters. */
  instructions?: string;
  voice?: RealtimeVoice;
  /** Matches LANGUAGE_TAG. */
  language?: string;
  turnDetection?: TurnDetectionMode;
  outputModality?: OutputModality;
}

/** Success body of `POST /api/realtime/token`. */
export interface TokenResponse {
  /** The ephemeral `ek_…` key. Never logged, never shown. */
  value: string;
  /** Unix seconds (OpenAI's clock) after which the key can no longer start a call. */
  expiresAt: number;
  /** Seconds the key has left as the server sends it: the browser's clock may be off, so it counts from receipt. */
  expiresInSeconds: number;
  /** The model the server pinned into the key. */
  model: string;
  /** Where the browser posts its SDP offer. */
  callsUrl: string;
  /** The session the upstream reported at mint time (no secret in it). */
  session: Record<string, unknown>;
}

/** Every error body the token server sends. */
export interface ApiErrorBody {
  error: { code: TokenServerErrorCode; message: string; hint?: string };
}

/** `GET /api/health`: what is configured, never a secret. */
export interface HealthResponse {
  ok: boolean;
  /** `simulator` when the server talks to the local stand-ins instead of OpenAI. */
  mode: 'live' | 'simulator';
  model: string;
  modelCheck: { status: 'ok' | 'unavailable' | 'skipped' | 'error'; availableModels?: string[]; message?: string };
  gemini: { mode: 'proxy' | 'simulator' | 'off'; keySource: 'GOOGLE_API_KEY' | 'GEMINI_API_KEY' | null; models: string[] };
  /** Where limits are counted, and the site-wide key caps (TOKEN_HOURLY_LIMIT / TOKEN_DAILY_LIMIT) so far. */
  limits: {
    store: 'memory' | 'redis';
    keyCap: {
      status: 'ok' | 'unavailable';
      hour: { used: number; limit: number } | null;
      day: { used: number; limit: number } | null;
    };
  };
}

// ---- Where a built page finds the token server -------------------------------------------------------------------

/** What a built page and the server that serves it agree on about where the token server is. */

/** `config.json` beside index.html: `{ "tokenServerUrl": "https://tokens.example.com" }`, read by the page at start. */
export const PAGE_CONFIG_FILE = 'config.json';

/** `<meta name=… content=URL>` the build writes into index.html when VITE_TOKEN_SERVER_URL is set. */
export const TOKEN_SERVER_META = 'persona-talk-token-server';

// ---- Redaction ---------------------------------------------------------------------------------------------------
// Built at load with `/* @__PURE__ */`, so a page that imports only the voices does not carry the redactor.

/**
 * The one redactor of the project: the token server's logs and error bodies, the page's error messages and
 * the debug panel's event log all pass through it. Pure; never mutates its input.
 */

export const REDACTED = '[redacted]';

/** Field and header names whose value is a secret. Matched whole, so `input_tokens` or `tokenizer` are not. */
const SECRET_VALUE_NAMES = 'x-goog-api-key|x-api-key|api[_-]?key|apikey|access[_-]?token|refresh[_-]?token|id[_-]?token|token|client[_-]?secret|ephemeral[_-]?key|password|secret';
const SECRET_NAMES = `${SECRET_VALUE_NAMES}|authorization`;
/** A quote as it appears in text, in JSON text, or in JSON nested in a JSON string (`"`, `\"`, `'`, `%22`). */
const QUOTE = /* @__PURE__ */ String.raw`(?:\\*["']|%22)`;

/** Secret-shaped text, wherever it stands (after `%22`, inside JSON, in a URL, as an object key). */
const SECRET_PATTERNS: readonly RegExp[] = [
  // OpenAI server keys and ephemeral call keys; the look-behind lets them follow digits (`%22ek_…`).
  /(?<![A-Za-z])sk-[A-Za-z0-9_*-]{2,}/g,
  /(?<![A-Za-z])ek_[A-Za-z0-9_-]{2,}/g,
  // Google API keys, OAuth access tokens (`AQ.…`, `ya29.…`) and JWTs.
  /(?<![A-Za-z])AIza[A-Za-z0-9_-]{6,}/g,
  /(?<![A-Za-z])AQ\.[A-Za-z0-9_.-]{6,}/g,
  /(?<![A-Za-z])ya29\.[A-Za-z0-9_.-]{6,}/g,
  /(?<![A-Za-z0-9])eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{4,}/g,
  // `Bearer …` (also URL-encoded); a short word after it (`Bearer token`) is prose, not a credential.
  /(?<=\bBearer(?:\s+|%20|\+))[A-Za-z0-9._~+/=*-]{6,}/gi,
  // Credentials in a URL: `https://user:pass@host`.
  /(?<=\b[a-z][a-z0-9+.-]*:\/\/)[^/\s@"'<>]+(?=@)/gi,
  // A key in a query string, a fragment or a form body (`?key=…`, `&access_token=…`, `#access_token=…`).
  /* @__PURE__ */ new RegExp(String.raw`(?<=[?&;#](?:key|${SECRET_VALUE_NAMES})=)[^&#\s"'\\]+`, 'gi'),
  // A header or field quoted in text: `x-goog-api-key: …`, `"token": "…"`, `{\"api_key\":\"…\"}`.
  /* @__PURE__ */ new RegExp(String.raw`(?<=(?<![\w-])(?:${SECRET_VALUE_NAMES})${QUOTE}?\s*[:=]\s*${QUOTE}?)(?!\[redacted\])[^\s"'\\,;}&]+`, 'gi'),
  // `Authorization: <scheme> <credentials>`; as with Bearer, a short word is prose (`Bearer token`).
  /* @__PURE__ */ new RegExp(String.raw`(?<=(?<![\w-])authorization${QUOTE}?\s*[:=]\s*${QUOTE}?(?:(?:Bearer|Basic)(?:\s+|%20))?)(?!(?:Bearer|Basic)\b)(?!\[redacted\])[^\s"'\\,;}&]{6,}`, 'gi'),
];

/** Field names whose value is a secret whatever it looks like. */
const SECRET_FIELD = /* @__PURE__ */ new RegExp(`^(?:${SECRET_NAMES})$`, 'i');

/** Fields that carry base64 audio, by event type; `audio` is audio anywhere (input_audio content parts). */
const AUDIO_FIELD_BY_TYPE: Readonly<Record<string, string>> = {
  'response.output_audio.delta': 'delta',
  'response.audio.delta': 'delta',
  'input_audio_buffer.append': 'audio',
};
const MAX_AUDIO_CHARS = 32;
const MAX_DEPTH = 64;

export type TextRedactor = (text: string) => string;

/**
 * A text redactor that also removes the exact configured secrets, which may match no pattern. Values shorter
 * than 6 characters are ignored: they would redact ordinary words.
 */
export function createRedactor(exactSecrets: readonly (string | null | undefined)[] = []): TextRedactor {
  const given = exactSecrets.filter((s): s is string => typeof s === 'string' && s.length >= 6);
  // A key also travels URL-encoded (`?key=a%2Bb`) or JSON-escaped inside a log line.
  const exact = [...new Set(given.flatMap((s) => [s, encodeURIComponent(s), JSON.stringify(s).slice(1, -1)]))]
    .sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text;
    for (const secret of exact) out = out.split(secret).join(REDACTED);
    for (const pattern of SECRET_PATTERNS) out = out.replace(pattern, REDACTED);
    return out;
  };
}

/** Pattern-only redaction: what the page uses, since it knows no configured key. */
export const redactText: TextRedactor = /* @__PURE__ */ createRedactor();

/** `<audio base64, N chars>` in place of an audio payload: the log keeps its size, not megabytes of base64. */
export function trimAudioPayload(value: string): string {
  return value.length > MAX_AUDIO_CHARS ? `<audio base64, ${value.length} chars>` : value;
}

/** The field of an event of this type that holds base64 audio, if any. */
export function audioFieldOf(eventType: unknown): string | null {
  return typeof eventType === 'string' ? (AUDIO_FIELD_BY_TYPE[eventType] ?? null) : null;
}

/**
 * Redacts any JSON-like value: secret fields, secret-shaped text (in values and in object keys) and audio
 * payloads. `eventType` lets a `delta` field be recognised as audio when the value is not the event itself.
 */
export function redactValue(value: unknown, eventType?: string, text: TextRedactor = redactText): unknown {
  const type = eventType ?? (isRecord(value) ? value.type : undefined);
  return redactNode(value, null, audioFieldOf(type), 0, text);
}

function redactNode(value: unknown, key: string | null, audioField: string | null, depth: number, text: TextRedactor): unknown {
  if (typeof value === 'string') {
    if (key !== null && SECRET_FIELD.test(key)) return REDACTED;
    if (key !== null && (key === audioField || key === 'audio')) return trimAudioPayload(value);
    return text(value);
  }
  if (typeof value !== 'object' || value === null) return value;
  if (depth > MAX_DEPTH) return '[too deep]';
  if (Array.isArray(value)) return value.map((item) => redactNode(item, null, null, depth + 1, text));
  const out: Record<string, unknown> = {};
  for (const [childKey, child] of Object.entries(value)) {
    const safeKey = text(childKey);
    // client_secret may be an object ({ value, expires_at }): keep its shape, hide its value.
    if (SECRET_FIELD.test(childKey) && isRecord(child)) out[safeKey] = redactSecretObject(child, depth, text);
    else out[safeKey] = redactNode(child, childKey, audioField, depth + 1, text);
  }
  return out;
}

function redactSecretObject(secret: Record<string, unknown>, depth: number, text: TextRedactor): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(secret)) {
    out[key] = key === 'value' ? REDACTED : redactNode(value, key, null, depth + 2, text);
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
