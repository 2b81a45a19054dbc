/**
 * The one redactor of the project: the token server's logs and error bodies, the page's error messages and
 * the debug panel's event log all pass through it. Pure; never mutates its input.
 */

export const REDACTED = '[redacted]';

/** Field and header names whose value is a secret. Matched whole, so `input_tokens` or `tokenizer` are not. */
const SECRET_VALUE_NAMES = 'x-goog-api-key|x-api-key|api[_-]?key|apikey|access[_-]?token|refresh[_-]?token|id[_-]?token|token|client[_-]?secret|ephemeral[_-]?key|password|secret';
const SECRET_NAMES = `${SECRET_VALUE_NAMES}|authorization`;
/** A quote as it appears in text, in JSON text, or in JSON nested in a JSON string (`"`, `\"`, `'`, `%22`). */
const QUOTE = String.raw`(?:\\*["']|%22)`;

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
  new RegExp(String.raw`(?<=[?&;#](?:key|${SECRET_VALUE_NAMES})=)[^&#\s"'\\]+`, 'gi'),
  // A header or field quoted in text: `x-goog-api-key: …`, `"token": "…"`, `{\"api_key\":\"…\"}`.
  new RegExp(String.raw`(?<=(?<![\w-])(?:${SECRET_VALUE_NAMES})${QUOTE}?\s*[:=]\s*${QUOTE}?)(?!\[redacted\])[^\s"'\\,;}&]+`, 'gi'),
  // `Authorization: <scheme> <credentials>`; as with Bearer, a short word is prose (`Bearer token`).
  new RegExp(String.raw`(?<=(?<![\w-])authorization${QUOTE}?\s*[:=]\s*${QUOTE}?(?:(?:Bearer|Basic)(?:\s+|%20))?)(?!(?:Bearer|Basic)\b)(?!\[redacted\])[^\s"'\\,;}&]{6,}`, 'gi'),
];

/** Field names whose value is a secret whatever it looks like. */
const SECRET_FIELD = new RegExp(`^(?:${SECRET_NAMES})$`, 'i');

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
