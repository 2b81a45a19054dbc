/**
 * The one redactor of the project: the token server's logs and error bodies, the page's error messages and
 * the debug panel's event log all pass through it. Pure; never mutates its input.
 */

export const REDACTED = '[redacted]';

/** Secret-shaped text, wherever it stands (after `%22`, inside JSON, in a URL). */
const SECRET_PATTERNS: readonly RegExp[] = [
  // OpenAI server keys and ephemeral call keys; the look-behind lets them follow digits (`%22ek_…`).
  /(?<![A-Za-z])sk-[A-Za-z0-9_*-]{2,}/g,
  /(?<![A-Za-z])ek_[A-Za-z0-9_-]{2,}/g,
  // Google API keys and OAuth access tokens.
  /(?<![A-Za-z])AIza[A-Za-z0-9_-]{6,}/g,
  /(?<![A-Za-z])AQ\.[A-Za-z0-9_.-]{6,}/g,
  /\bBearer\s+[^\s"',;]+/gi,
  // A key in a query string (`?key=…`, `&access_token=…`).
  /(?<=[?&](?:key|api_key|apikey|access_token|token|client_secret)=)[^&#\s"']+/gi,
  // A header or field quoted in plain text (`x-goog-api-key: …`, `"api_key": "…"`).
  /(?<=\b(?:x-goog-api-key|x-api-key|api[_-]?key|access_token|client_secret|authorization)["']?\s*[:=]\s*["']?)(?!Bearer\b)[^\s"',;}]+/gi,
];

/** Field names whose value is a secret whatever it looks like. */
const SECRET_FIELD = /^(authorization|client_secret|api[_-]?key|apikey|x-api-key|x-goog-api-key|secret|password|token|access_token|refresh_token|id_token|ephemeral_key)$/i;

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
  const exact = [...new Set(exactSecrets.filter((s): s is string => typeof s === 'string' && s.length >= 6))]
    .sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text;
    for (const secret of exact) out = out.split(secret).join(REDACTED);
    for (const pattern of SECRET_PATTERNS) out = out.replace(pattern, REDACTED);
    return out;
  };
}

/** Pattern-only redaction: what the page uses, since it knows no configured key. */
export const redactText: TextRedactor = createRedactor();

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
