import { describe, expect, it } from 'vitest';
import {
  buildClientSecretParams,
  buildRealtimeSession,
  buildTurnDetection,
  callsUrlFor,
  transcriptionLanguage,
} from '../../../server-token/realtime-session.ts';

describe('buildRealtimeSession', () => {
  it('builds the full GA session with defaults for an empty request', () => {
    expect(buildRealtimeSession('gpt-realtime-2', {})).toEqual({
      type: 'realtime',
      model: 'gpt-realtime-2',
      output_modalities: ['audio'],
      audio: {
        input: {
          transcription: { model: 'gpt-4o-mini-transcribe' },
          noise_reduction: { type: 'near_field' },
          turn_detection: { type: 'server_vad', silence_duration_ms: 500, prefix_padding_ms: 300, threshold: 0.5, create_response: true, interrupt_response: true },
        },
        output: { voice: 'marin' },
      },
    });
  });

  it('carries instructions, voice, language, modality and the chosen turn detection', () => {
    const session = buildRealtimeSession('m', { instructions: 'You are Ada.', voice: 'cedar', language: 'ko', outputModality: 'text', turnDetection: 'semantic_vad' });
    expect(session.instructions).toBe('You are Ada.');
    expect(session.output_modalities).toEqual(['text']);
    expect(session.audio?.output?.voice).toBe('cedar');
    expect(session.audio?.input?.transcription).toEqual({ model: 'gpt-4o-mini-transcribe', language: 'ko' });
    expect(session.audio?.input?.turn_detection).toEqual({ type: 'semantic_vad', eagerness: 'auto', create_response: true, interrupt_response: true });
  });

  it('turns VAD off (null, not absent) for push-to-talk', () => {
    const session = buildRealtimeSession('m', { turnDetection: 'push_to_talk' });
    expect(session.audio?.input).toHaveProperty('turn_detection', null);
    expect(buildTurnDetection('push_to_talk')).toBeNull();
  });

  it('leaves out blank instructions', () => {
    expect(buildRealtimeSession('m', { instructions: '   ' })).not.toHaveProperty('instructions');
  });

  it('never uses beta field names', () => {
    const text = JSON.stringify(buildClientSecretParams('m', 60, { voice: 'ash' }));
    for (const beta of ['"modalities"', 'pcm16', 'input_audio_transcription', 'client_secret', 'temperature']) expect(text).not.toContain(beta);
  });
});

describe('buildClientSecretParams', () => {
  it('anchors the expiry at creation with the configured lifetime', () => {
    const params = buildClientSecretParams('gpt-realtime-2', 120, {});
    expect(params.expires_after).toEqual({ anchor: 'created_at', seconds: 120 });
    expect(params.session?.type).toBe('realtime');
  });
});

describe('helpers', () => {
  it('drops the region from the transcription language', () => {
    expect(transcriptionLanguage('en-US')).toBe('en');
    expect(transcriptionLanguage(undefined)).toBeUndefined();
  });

  it('builds the calls URL from the base URL', () => {
    expect(callsUrlFor(null)).toBe('https://api.openai.com/v1/realtime/calls');
    expect(callsUrlFor('http://127.0.0.1:9999/v1/')).toBe('http://127.0.0.1:9999/v1/realtime/calls');
  });
});
