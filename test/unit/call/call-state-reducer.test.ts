import { describe, expect, it } from 'vitest';
import { callStateChange } from '../../../src/call/call-state-reducer.ts';
import { initialCallState } from '../../../src/call/call-state.ts';
import type { ServerEvent } from '../../../src/call/server-events.ts';

const event = (fields: { type: ServerEvent['type'] } & Record<string, unknown>) => fields as unknown as ServerEvent;

describe('callStateChange', () => {
  it('records the applied session and the output modality the server confirmed', () => {
    const session = { type: 'realtime', output_modalities: ['text'], instructions: 'Be Jamie.' };
    const change = callStateChange(initialCallState, event({ type: 'session.updated', session }), 0);
    expect(change).toEqual({ appliedSession: session, outputModality: { requested: 'audio', confirmed: 'text' } });
  });

  it('sets the first-audio time once, and who is speaking', () => {
    const started = event({ type: 'output_audio_buffer.started', response_id: 'r' });
    expect(callStateChange(initialCallState, started, 412)).toEqual({ assistantSpeaking: true, firstAudioMs: 412 });
    expect(callStateChange({ ...initialCallState, firstAudioMs: 412 }, started, 9_000)).toEqual({ assistantSpeaking: true });
    expect(callStateChange(initialCallState, event({ type: 'output_audio_buffer.cleared', response_id: 'r' }), 0)).toEqual({ assistantSpeaking: false });
    expect(callStateChange(initialCallState, event({ type: 'input_audio_buffer.speech_started', audio_start_ms: 0, item_id: 'i' }), 0)).toEqual({ userSpeaking: true });
    expect(callStateChange(initialCallState, event({ type: 'input_audio_buffer.committed', item_id: 'i' }), 0)).toEqual({ userSpeaking: false });
  });

  it('changes nothing for events it does not read, unknown ones included', () => {
    expect(callStateChange(initialCallState, event({ type: 'rate_limits.updated', rate_limits: [] }), 0)).toBeNull();
    expect(callStateChange(initialCallState, { type: 'unknown_server_event', originalType: 'x.y' }, 0)).toBeNull();
  });
});
