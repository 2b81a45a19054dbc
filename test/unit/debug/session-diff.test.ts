import { describe, expect, it } from 'vitest';
import { diffSessions, requestSatisfied, type AppliedSession } from '../../../src/debug/session-diff';

const applied: AppliedSession = {
  type: 'realtime',
  model: 'gpt-realtime-mini',
  output_modalities: ['audio'],
  instructions: 'You are Mira.',
  audio: {
    input: { transcription: { model: 'gpt-4o-mini-transcribe', language: 'ko' }, turn_detection: { type: 'server_vad', silence_duration_ms: 500 } },
    output: { voice: 'marin' },
  },
};

const byField = (rows: ReturnType<typeof diffSessions>) => Object.fromEntries(rows.map((row) => [row.field, row.status]));

describe('session diff', () => {
  it('compares a token request with the applied GA session', () => {
    const rows = diffSessions(
      { tokenRequest: { voice: 'cedar', language: 'ko-KR', turnDetection: 'server_vad', instructions: 'You are Mira.' } },
      applied,
      'gpt-realtime-1.5',
    );
    expect(byField(rows)).toEqual({
      model: 'differs',
      voice: 'differs',
      output_modalities: 'not-requested',
      turn_detection: 'same',
      transcription: 'same',
      instructions: 'same',
    });
  });

  it('lets the session.update the page sent override its token request', () => {
    const rows = diffSessions(
      { tokenRequest: { outputModality: 'audio' }, sessionUpdate: { output_modalities: ['text'] } },
      applied,
    );
    expect(rows.find((row) => row.field === 'output_modalities')).toMatchObject({ requested: ['text'], status: 'differs' });
  });

  it('treats push-to-talk (turn_detection null) as a value', () => {
    const rows = diffSessions({ tokenRequest: { turnDetection: 'push_to_talk' } }, { ...applied, audio: { input: { turn_detection: null } } });
    expect(rows.find((row) => row.field === 'turn_detection')?.status).toBe('same');
  });

  it('reports fields not yet applied', () => {
    expect(byField(diffSessions({ tokenRequest: { voice: 'marin' } }, null)).voice).toBe('not-reported');
  });

  it('accepts extra server defaults but not a changed value', () => {
    expect(requestSatisfied({ type: 'semantic_vad' }, { type: 'semantic_vad', eagerness: 'auto' })).toBe(true);
    expect(requestSatisfied({ type: 'semantic_vad' }, { type: 'server_vad' })).toBe(false);
    expect(requestSatisfied(['audio'], ['audio', 'text'])).toBe(false);
  });
});
