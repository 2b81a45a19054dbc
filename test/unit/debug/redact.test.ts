import { describe, expect, it } from 'vitest';
import { redact, redactedJson, redactText } from '../../../src/debug/redact';

describe('redact', () => {
  it('hides ephemeral keys, API keys and bearer tokens inside any string', () => {
    expect(redactText('key ek_68a1b2c3d4e5f6 then sk-proj-AbCdEf123456 and Bearer abc.def-123')).toBe(
      'key ek_…[redacted] then sk-…[redacted] and Bearer [redacted]',
    );
  });

  it('hides Authorization values and client_secret, whatever they look like', () => {
    const out = redact({
      headers: { Authorization: 'whatever-opaque', 'content-type': 'application/sdp' },
      client_secret: { value: 'opaque-secret', expires_at: 123 },
      nested: [{ apiKey: 'AIzaSyXXXX' }],
    }) as { headers: Record<string, string>; client_secret: unknown; nested: { apiKey: string }[] };
    expect(out.headers.Authorization).toBe('[redacted]');
    expect(out.headers['content-type']).toBe('application/sdp');
    expect(out.client_secret).toEqual({ value: '[redacted]', expires_at: 123 });
    expect(out.nested[0]?.apiKey).toBe('[redacted]');
  });

  it('hides a value field holding a key and keeps ordinary values', () => {
    const out = redact({ value: 'ek_abcdef123456', model: 'gpt-realtime', expiresAt: 99 }) as Record<string, unknown>;
    expect(out).toEqual({ value: 'ek_…[redacted]', model: 'gpt-realtime', expiresAt: 99 });
  });

  it('trims audio deltas but keeps transcript deltas', () => {
    const audio = redact({ type: 'response.output_audio.delta', delta: 'UklGR'.repeat(100) }) as { delta: string };
    expect(audio.delta).toBe('<audio base64, 500 chars>');
    const text = redact({ type: 'response.output_audio_transcript.delta', delta: 'Hello there, how are you doing today my friend?' }) as { delta: string };
    expect(text.delta).toBe('Hello there, how are you doing today my friend?');
    const item = redact({ type: 'conversation.item.create', item: { content: [{ type: 'input_audio', audio: 'A'.repeat(64) }] } });
    expect(JSON.stringify(item)).toContain('<audio base64, 64 chars>');
  });

  it('never mutates its input and leaves no secret in the JSON', () => {
    const input = { type: 'error', error: { message: 'Incorrect API key provided: sk-abc123456789' } };
    const json = redactedJson(input);
    expect(json).not.toContain('sk-abc');
    expect(input.error.message).toContain('sk-abc123456789');
  });
});
