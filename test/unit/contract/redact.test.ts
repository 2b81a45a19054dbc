import { describe, expect, it } from 'vitest';
import { REDACTED, audioFieldOf, createRedactor, redactText, redactValue, trimAudioPayload } from '../../../server-token/contract.ts';

const GOOGLE_KEY = 'AIzaSyA-1234567890abcdefghijklmnopqrstu';
const OPENAI_KEY = 'sk-proj-abc_DEF-1234567890';
const EPHEMERAL = 'ek_68af296e8e408190a1b2c3d4';
const OAUTH = 'AQ.Ab8RN6Labc-def_1234567';

/** Text probes: the secret named in each must not survive redactText. */
const TEXT_PROBES: readonly { name: string; text: string; secret: string }[] = [
  { name: 'OpenAI key in prose', text: `key ${OPENAI_KEY} failed`, secret: OPENAI_KEY },
  { name: 'ephemeral key in prose', text: `minted ${EPHEMERAL} ok`, secret: EPHEMERAL },
  { name: 'ephemeral key after %22', text: `%7B%22value%22%3A%22${EPHEMERAL}%22%7D`, secret: EPHEMERAL },
  { name: 'ephemeral key in JSON text', text: `{"value":"${EPHEMERAL}"}`, secret: EPHEMERAL },
  { name: 'Google key in prose', text: `API key ${GOOGLE_KEY} not valid`, secret: GOOGLE_KEY },
  { name: 'Google key in ?key=', text: `https://generativelanguage.googleapis.com/v1beta/models/m:generateContent?key=${GOOGLE_KEY}`, secret: GOOGLE_KEY },
  { name: 'any value in ?key=', text: 'GET /v1/models?alt=sse&key=plainvalue42', secret: 'plainvalue42' },
  { name: 'x-goog-api-key header line', text: 'x-goog-api-key: customgooglekey99', secret: 'customgooglekey99' },
  { name: 'x-goog-api-key in JSON text', text: '{"headers":{"x-goog-api-key":"customgooglekey99"}}', secret: 'customgooglekey99' },
  { name: 'x-goog-api-key in JSON nested in a JSON string', text: JSON.stringify({ msg: '{"x-goog-api-key":"customgooglekey99"}' }), secret: 'customgooglekey99' },
  { name: 'AQ. OAuth token', text: `token ${OAUTH} expired`, secret: OAUTH },
  { name: 'ya29. OAuth token', text: 'used ya29.a0AfH6SMBx-yz_123 here', secret: 'ya29.a0AfH6SMBx-yz_123' },
  { name: 'Bearer header', text: 'Authorization: Bearer opaque.value-123', secret: 'opaque.value-123' },
  { name: 'lower-case bearer', text: 'sent bearer opaque.value-123', secret: 'opaque.value-123' },
  { name: 'URL-encoded Bearer', text: 'Authorization=Bearer%20opaquevalue123', secret: 'opaquevalue123' },
  { name: 'Basic auth header', text: 'authorization: Basic dXNlcjpwYXNz', secret: 'dXNlcjpwYXNz' },
  { name: '"token" field in JSON text', text: '{"token":"opaque-token-1"}', secret: 'opaque-token-1' },
  { name: '"access_token" field in JSON text', text: '{"access_token": "opaque-token-2", "expires_in": 3599}', secret: 'opaque-token-2' },
  { name: 'access_token in a query', text: '/cb?state=1&access_token=opaque-token-3', secret: 'opaque-token-3' },
  { name: 'access_token in a URL fragment', text: 'https://app.example/cb#access_token=opaque-token-7&state=2', secret: 'opaque-token-7' },
  { name: 'refresh_token form field', text: 'grant_type=refresh&refresh_token=opaque-token-4', secret: 'opaque-token-4' },
  { name: 'camel-case apiKey in JSON text', text: "{ apiKey: 'opaque-key-5' }", secret: 'opaque-key-5' },
  { name: 'client_secret field', text: '"client_secret":"opaque-secret-6"', secret: 'opaque-secret-6' },
  { name: 'password field', text: 'password=hunter2hunter2', secret: 'hunter2hunter2' },
  { name: 'credentials in a URL', text: 'OpenAI base URL: https://proxyuser:proxypass@proxy.example/v1', secret: 'proxypass' },
  { name: 'a JWT', text: 'id eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N', secret: 'eyJhbGciOiJIUzI1NiJ9' },
];

/** Text that must come out unchanged. */
const SAFE_TEXT: readonly string[] = [
  'The token server refused the token request.',
  '{"usage":{"input_tokens":42,"output_tokens":7,"input_token_details":{"cached_tokens":0}}}',
  'max_output_tokens=4096 and tokenizer=default',
  'risk-free desk-top week_day task-list ask-me',
  'FAQ. Read the docs; key points: none',
  'API key not valid. Please pass a valid API key.',
  'Expected Authorization: Bearer token',
  '{"key":"Enter","code":"KeyA"}',
  'model gpt-realtime-2 voice marin turn_detection semantic_vad',
  'GET /?keyboard=1&monkey=2',
  'mailto:someone@example.com',
];

describe('the one redactor: text probes', () => {
  it.each(TEXT_PROBES)('hides $name', ({ text, secret }) => {
    const out = redactText(text);
    expect(out).not.toContain(secret);
    expect(out).toContain(REDACTED);
  });

  it.each(SAFE_TEXT)('leaves ordinary text alone: %s', (text) => {
    expect(redactText(text)).toBe(text);
  });
});

describe('the one redactor: values', () => {
  it('hides secret fields whatever their value looks like', () => {
    const out = redactValue({
      token: 'abc', access_token: 'opaque-a', accessToken: 'opaque-b', apiKey: 'opaque-c', 'X-Goog-Api-Key': 'opaque-d',
      usage: { input_tokens: 12, output_tokens: 3 }, tokens: 'kept',
    }) as Record<string, unknown>;
    expect(out).toMatchObject({ token: REDACTED, access_token: REDACTED, accessToken: REDACTED, apiKey: REDACTED, 'X-Goog-Api-Key': REDACTED });
    expect(out.usage).toEqual({ input_tokens: 12, output_tokens: 3 });
    expect(out.tokens).toBe('kept');
  });

  it('hides an ephemeral key used as an object key, and inside a client_secret object', () => {
    const out = JSON.stringify(redactValue({ [EPHEMERAL]: 1, client_secret: { value: 'opaque-e', expires_at: 5 } }));
    expect(out).not.toContain(EPHEMERAL);
    expect(out).not.toContain('opaque-e');
    expect(out).toContain('"expires_at":5');
  });

  it('trims audio payloads and never mutates its input', () => {
    const event = { type: 'response.output_audio.delta', delta: 'A'.repeat(100), item: { audio: 'B'.repeat(64) } };
    const copy = structuredClone(event);
    expect(redactValue(event)).toEqual({ type: event.type, delta: '<audio base64, 100 chars>', item: { audio: '<audio base64, 64 chars>' } });
    expect(event).toEqual(copy);
    expect(audioFieldOf('input_audio_buffer.append')).toBe('audio');
    expect(trimAudioPayload('short')).toBe('short');
  });
});

describe('the one redactor: exact configured keys', () => {
  it('removes a key that matches no pattern, also URL-encoded and JSON-escaped', () => {
    const key = 'my+custom/proxy"key=42';
    const redact = createRedactor([key]);
    for (const form of [key, encodeURIComponent(key), JSON.stringify(key).slice(1, -1)]) {
      expect(redact(`before ${form} after`)).toBe(`before ${REDACTED} after`);
    }
  });

  it('ignores values too short to be keys', () => {
    expect(createRedactor(['abc'])('abc def')).toBe('abc def');
  });
});
