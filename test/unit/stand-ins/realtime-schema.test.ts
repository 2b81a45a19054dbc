import { describe, expect, it } from 'vitest';
import {
  dropNullProperties,
  validateClientEvent,
  validateClientSecretRequest,
  validateServerEvent,
} from '../../support/realtime-schema.ts';

// Examples from docs/reference/openai-realtime.md (the GA API), not written to please the validator.
const mintRequest = {
  expires_after: { anchor: 'created_at', seconds: 600 },
  session: {
    type: 'realtime', model: 'gpt-realtime', instructions: 'You are a friendly assistant.',
    output_modalities: ['audio'],
    audio: {
      input: {
        format: { type: 'audio/pcm', rate: 24000 },
        transcription: { model: 'gpt-4o-mini-transcribe', language: 'en', prompt: '' },
        noise_reduction: { type: 'near_field' },
        turn_detection: { type: 'server_vad', threshold: 0.5, prefix_padding_ms: 300, silence_duration_ms: 500, create_response: true, interrupt_response: true, idle_timeout_ms: null },
      },
      output: { format: { type: 'audio/pcm', rate: 24000 }, voice: 'marin', speed: 1.0 },
    },
    tools: [{ type: 'function', name: 'get_time', description: '...', parameters: { type: 'object', properties: {} } }],
    tool_choice: 'auto', max_output_tokens: 'inf', tracing: null, truncation: 'auto',
    include: ['item.input_audio_transcription.logprobs'], prompt: null,
  },
};

const sessionObject = {
  type: 'realtime', object: 'realtime.session', id: 'sess_C9CiUVUzUzYIssh3ELY1d', model: 'gpt-realtime',
  output_modalities: ['audio'], instructions: '...', tools: [], tool_choice: 'auto', max_output_tokens: 'inf',
  tracing: null, truncation: 'auto', prompt: null, expires_at: 0,
  audio: {
    input: {
      format: { type: 'audio/pcm', rate: 24000 }, transcription: null, noise_reduction: null,
      turn_detection: { type: 'server_vad', threshold: 0.5, prefix_padding_ms: 300, silence_duration_ms: 200, idle_timeout_ms: null, create_response: true, interrupt_response: true },
    },
    output: { format: { type: 'audio/pcm', rate: 24000 }, voice: 'alloy', speed: 1.0 },
  },
  include: null,
};

describe('validateClientEvent', () => {
  it('accepts the GA client events a real page sends', () => {
    expect(validateClientEvent({ type: 'session.update', session: { type: 'realtime', instructions: 'Be brief.' } })).toBeNull();
    expect(validateClientEvent({ type: 'session.update', session: { type: 'realtime', model: 'gpt-realtime', output_modalities: ['text'], audio: { input: { noise_reduction: null, turn_detection: { type: 'semantic_vad' } } } } })).toBeNull();
    expect(validateClientEvent({ type: 'response.create', response: { output_modalities: ['text'], conversation: 'none', metadata: { topic: 'x' } } })).toBeNull();
    expect(validateClientEvent({ type: 'input_audio_buffer.commit', event_id: 'evt_1' })).toBeNull();
    expect(validateClientEvent({ type: 'output_audio_buffer.clear' })).toBeNull();
    expect(validateClientEvent({ type: 'conversation.item.create', item: { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'Hi' }] } })).toBeNull();
  });

  it('rejects events the GA API refuses', () => {
    expect(validateClientEvent({ type: 'session.update', session: { instructions: 'x' } })).toMatch(/type/);
    expect(validateClientEvent({ type: 'session.update', session: { type: 'realtime', audio: { input: { format: 'pcm16' } } } })).not.toBeNull();
    expect(validateClientEvent({ type: 'response.audio_transcript.delta' })).toMatch(/unknown client event/);
    expect(validateClientEvent({ session: {} })).toMatch(/type/);
    expect(validateClientEvent('hello')).not.toBeNull();
  });
});

describe('validateServerEvent', () => {
  it('accepts real server events, including the nulls the spec forgets', () => {
    expect(validateServerEvent({ type: 'session.created', event_id: 'event_1', session: sessionObject })).toBeNull();
    expect(validateServerEvent({ type: 'error', event_id: 'event_890', error: { type: 'invalid_request_error', code: 'invalid_event', message: "The 'type' field is missing.", param: null, event_id: 'event_567' } })).toBeNull();
    expect(validateServerEvent({
      type: 'response.done', event_id: 'event_2',
      response: {
        object: 'realtime.response', id: 'resp_1', status: 'failed', output: [], conversation_id: 'conv_1', usage: null,
        status_details: { type: 'failed', error: { type: 'invalid_request_error', code: 'model_not_found' } },
      },
    })).toBeNull();
    expect(validateServerEvent({ type: 'response.output_audio_transcript.delta', event_id: 'e', response_id: 'r', item_id: 'i', output_index: 0, content_index: 0, delta: 'Hi' })).toBeNull();
  });

  it('rejects events without event_id, beta names and wrong shapes', () => {
    expect(validateServerEvent({ type: 'session.created', session: sessionObject })).toMatch(/event_id/);
    expect(validateServerEvent({ type: 'response.audio_transcript.delta', event_id: 'e' })).toMatch(/unknown server event/);
    expect(validateServerEvent({ type: 'response.done', event_id: 'e', response: { status: 'finished' } })).not.toBeNull();
    expect(validateServerEvent({ type: 'output_audio_buffer.started', event_id: 'e' })).toMatch(/response_id/);
  });

  it('drops only null-valued properties before validating', () => {
    expect(dropNullProperties({ a: null, b: { c: null, d: 1 }, e: [null, { f: null }] })).toEqual({ b: { d: 1 }, e: [null, {}] });
  });
});

describe('validateClientSecretRequest', () => {
  it('accepts the documented request and an empty one', () => {
    expect(validateClientSecretRequest(mintRequest)).toBeNull();
    expect(validateClientSecretRequest({})).toBeNull();
  });

  it('rejects a beta-shaped or out-of-range request', () => {
    expect(validateClientSecretRequest({ session: { model: 'gpt-realtime', modalities: ['audio'] } })).not.toBeNull();
    expect(validateClientSecretRequest({ expires_after: { anchor: 'created_at', seconds: 5 } })).toMatch(/>= 10/);
    expect(validateClientSecretRequest({ session: { type: 'realtime', audio: { input: { format: 'pcm16' } } } })).not.toBeNull();
  });
});
