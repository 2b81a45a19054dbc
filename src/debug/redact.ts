/**
 * Makes an event safe to show, copy or export: no secret survives, audio payloads are trimmed.
 * Pure; returns a new value and never mutates its input.
 */

export const REDACTED = '[redacted]';

const SECRET_PATTERNS: readonly (readonly [RegExp, string])[] = [
  [/\bek_[A-Za-z0-9_-]{4,}/g, 'ek_…[redacted]'],
  [/\bsk-[A-Za-z0-9_*-]{4,}/g, 'sk-…[redacted]'],
  [/\bBearer\s+[A-Za-z0-9._~+/=*-]+/gi, 'Bearer [redacted]'],
];

/** Field names whose value is a secret whatever it looks like. */
const SECRET_KEY = /^(authorization|client_secret|api[_-]?key|x-api-key|secret|password)$/i;

/** Fields that carry base64 audio, by event type; plus `audio` anywhere (input_audio content parts). */
const AUDIO_FIELD_BY_TYPE: Record<string, string> = {
  'response.output_audio.delta': 'delta',
  'response.audio.delta': 'delta',
  'input_audio_buffer.append': 'audio',
};
const MAX_AUDIO_CHARS = 32;

export function redactText(text: string): string {
  let out = text;
  for (const [pattern, replacement] of SECRET_PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

function trimAudio(value: string): string {
  return value.length > MAX_AUDIO_CHARS ? `<audio base64, ${value.length} chars>` : value;
}

function redactValue(value: unknown, key: string | null, audioField: string | null, depth: number): unknown {
  if (typeof value === 'string') {
    if (key !== null && SECRET_KEY.test(key)) return REDACTED;
    if (key !== null && (key === audioField || key === 'audio')) return trimAudio(value);
    return redactText(value);
  }
  if (typeof value !== 'object' || value === null) return value;
  if (depth > 64) return '[too deep]';
  if (Array.isArray(value)) return value.map((item) => redactValue(item, null, null, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [childKey, child] of Object.entries(value as Record<string, unknown>)) {
    // client_secret may be an object ({ value, expires_at }): keep its shape, hide its value.
    if (SECRET_KEY.test(childKey) && typeof child === 'object' && child !== null && !Array.isArray(child)) {
      out[childKey] = redactSecretObject(child as Record<string, unknown>);
    } else {
      out[childKey] = redactValue(child, childKey, audioField, depth + 1);
    }
  }
  return out;
}

function redactSecretObject(secret: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(secret)) out[key] = key === 'value' ? REDACTED : redactValue(value, key, null, 1);
  return out;
}

/** Redacts any JSON-like value. `eventType` lets a `delta` field be recognised as audio. */
export function redact(value: unknown, eventType?: string): unknown {
  const type = eventType ?? (typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined);
  const audioField = typeof type === 'string' ? (AUDIO_FIELD_BY_TYPE[type] ?? null) : null;
  return redactValue(value, null, audioField, 0);
}

/** Pretty JSON of the redacted value, for the detail pane and the copy button. */
export function redactedJson(value: unknown, eventType?: string): string {
  return JSON.stringify(redact(value, eventType), null, 2) ?? 'undefined';
}
