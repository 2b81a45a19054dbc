import { describe, expect, it } from 'vitest';
import { REDACTED, redactText, redactValue } from '../../../server-token/contract';
import { redactedJson } from '../../../src/debug/redacted-json';

// The patterns themselves are tested in test/unit/contract/redact.test.ts (the one redactor in server-token/contract.ts); these are the panel's own cases.
describe('the panel through the one redactor', () => {
  it('hides ephemeral keys, API keys and bearer tokens inside any string', () => {
    expect(redactText('key ek_68a1b2c3d4e5f6 then sk-proj-AbCdEf123456 and Bearer abc.def-123')).toBe(
      `key ${REDACTED} then ${REDACTED} and Bearer ${REDACTED}`,
    );
  });

  it('hides Authorization values whatever they look like, and keeps other headers', () => {
    const out = redactValue({ headers: { Authorization: 'whatever-opaque', 'content-type': 'application/sdp' } }) as {
      headers: Record<string, string>;
    };
    expect(out.headers).toEqual({ Authorization: REDACTED, 'content-type': 'application/sdp' });
  });

  it('hides a value field holding a key and keeps ordinary values (the token response)', () => {
    expect(redactValue({ value: 'ek_abcdef123456', model: 'gpt-realtime', expiresAt: 99 })).toEqual({
      value: REDACTED,
      model: 'gpt-realtime',
      expiresAt: 99,
    });
  });

  it('trims audio deltas but keeps transcript deltas', () => {
    const transcript = 'Hello there, how are you doing today my friend?';
    expect(redactValue({ type: 'response.output_audio_transcript.delta', delta: transcript })).toEqual({
      type: 'response.output_audio_transcript.delta',
      delta: transcript,
    });
    expect(redactedJson({ delta: 'UklGR'.repeat(100) }, 'response.output_audio.delta')).toContain('"delta": "<audio base64, 500 chars>"');
  });

  it('shows redacted, pretty JSON and never mutates its input', () => {
    const input = { type: 'error', error: { message: 'Incorrect API key provided: sk-abc123456789' } };
    const json = redactedJson(input);
    expect(JSON.parse(json)).toEqual({ type: 'error', error: { message: `Incorrect API key provided: ${REDACTED}` } });
    expect(json).toContain('\n  "error": {');
    expect(input.error.message).toContain('sk-abc123456789');
  });
});
