import { describe, expect, it } from 'vitest';
import type { ServerEvent } from '../../../src/call/server-events.ts';
import { earlierTurns, emptyTranscript, restoredTranscript, transcriptLines, transcriptReducer, type TranscriptState } from '../../../src/call/transcript-reducer.ts';

const run = (events: Array<Record<string, unknown>>, start: TranscriptState = emptyTranscript) =>
  events.reduce((state, event) => transcriptReducer(state, event as unknown as ServerEvent), start);
/** The wire may carry anything: the reducer is fed what arrived, not what the types promise. */
const loose = (event: Record<string, unknown>) => event as unknown as ServerEvent;

const userAudioItem = (id: string, transcript: string | null = null) => ({
  id, type: 'message', role: 'user', status: 'completed', content: [{ type: 'input_audio', transcript }],
});
const assistantItem = (id: string) => ({ id, type: 'message', role: 'assistant', status: 'in_progress', content: [] });

describe('transcriptReducer', () => {
  it('streams assistant speech as interim text and settles it when done', () => {
    let state = run([
      { type: 'conversation.item.added', item: assistantItem('a1') },
      { type: 'response.output_audio_transcript.delta', item_id: 'a1', delta: 'Hello ' },
      { type: 'response.output_audio_transcript.delta', item_id: 'a1', delta: 'there' },
    ]);
    expect(transcriptLines(state)).toEqual([{ id: 'a1', speaker: 'assistant', text: 'Hello there', status: 'interim', medium: 'speech' }]);
    state = run([{ type: 'response.output_audio_transcript.done', item_id: 'a1', transcript: 'Hello there.' }], state);
    expect(transcriptLines(state)[0]).toMatchObject({ text: 'Hello there.', status: 'final' });
  });

  it('puts a late user transcription where the user spoke, not at the end', () => {
    const state = run([
      { type: 'conversation.item.added', item: assistantItem('a1') },
      { type: 'response.output_audio_transcript.done', item_id: 'a1', transcript: 'Welcome.' },
      { type: 'conversation.item.added', previous_item_id: 'a1', item: userAudioItem('u1') },
      { type: 'conversation.item.added', previous_item_id: 'u1', item: assistantItem('a2') },
      { type: 'response.output_audio_transcript.delta', item_id: 'a2', delta: 'Tell me more' },
      { type: 'conversation.item.input_audio_transcription.completed', item_id: 'u1', transcript: '안녕하세요, 반갑습니다.' },
    ]);
    expect(transcriptLines(state).map((line) => [line.speaker, line.text, line.status])).toEqual([
      ['assistant', 'Welcome.', 'final'],
      ['user', '안녕하세요, 반갑습니다.', 'final'],
      ['assistant', 'Tell me more', 'interim'],
    ]);
  });

  it('keeps the part of an interrupted answer that was heard and marks it', () => {
    const state = run([
      { type: 'conversation.item.added', item: assistantItem('a1') },
      { type: 'response.output_audio_transcript.delta', item_id: 'a1', delta: 'Let me tell you about' },
      { type: 'conversation.item.done', item: { ...assistantItem('a1'), status: 'incomplete', content: [{ type: 'output_audio', transcript: 'Let me tell you about' }] } },
      { type: 'response.done', response: { status: 'cancelled', output: [{ id: 'a1', type: 'message' }] } },
    ]);
    expect(transcriptLines(state)[0]).toMatchObject({ text: 'Let me tell you about', status: 'interrupted' });
  });

  it('shows text output and typed turns as written text', () => {
    const state = run([
      { type: 'conversation.item.added', item: { id: 'u1', type: 'message', role: 'user', content: [{ type: 'input_text', text: 'Can you hear me?' }] } },
      { type: 'conversation.item.added', previous_item_id: 'u1', item: assistantItem('a1') },
      { type: 'response.output_text.delta', item_id: 'a1', delta: 'Yes, ' },
      { type: 'response.output_text.done', item_id: 'a1', text: 'Yes, loud and clear.' },
    ]);
    expect(transcriptLines(state)).toEqual([
      { id: 'u1', speaker: 'user', text: 'Can you hear me?', status: 'final', medium: 'text' },
      { id: 'a1', speaker: 'assistant', text: 'Yes, loud and clear.', status: 'final', medium: 'text' },
    ]);
  });

  it('marks failed transcriptions and failed responses', () => {
    const state = run([
      { type: 'conversation.item.added', item: userAudioItem('u1') },
      { type: 'conversation.item.input_audio_transcription.failed', item_id: 'u1', error: { code: 'audio_unintelligible' } },
      { type: 'conversation.item.added', item: assistantItem('a1') },
      { type: 'response.output_audio_transcript.delta', item_id: 'a1', delta: 'Hm' },
      { type: 'response.done', response: { status: 'failed', output: [{ id: 'a1' }] } },
    ]);
    expect(transcriptLines(state).map((line) => line.status)).toEqual(['failed', 'failed']);
  });

  it('ignores events it does not know and malformed ones, returning the same state', () => {
    const state = run([{ type: 'conversation.item.added', item: assistantItem('a1') }]);
    expect(transcriptReducer(state, loose({ type: 'rate_limits.updated' }))).toBe(state);
    expect(transcriptReducer(state, loose({ type: 'response.output_audio_transcript.delta', item_id: 42, delta: 'x' }))).toBe(state);
    expect(transcriptReducer(state, loose({ type: 'conversation.item.added', item: { id: 'f1', type: 'function_call' } }))).toBe(state);
  });
});

describe('a transcript restored from storage', () => {
  it('shows the saved lines in their order, once each, and carries them on as earlier turns', () => {
    const state = restoredTranscript([
      { id: 'a', speaker: 'assistant', text: 'Hello there.', status: 'interrupted', medium: 'speech', heard: 'Hello' },
      { id: 'b', speaker: 'user', text: 'Hi.', status: 'final', medium: 'text' },
      { id: 'a', speaker: 'assistant', text: 'duplicate', status: 'final', medium: 'speech' },
    ]);
    expect(state.order).toEqual(['a', 'b']);
    expect(earlierTurns(state)).toEqual([
      { speaker: 'assistant', text: 'Hello' },
      { speaker: 'user', text: 'Hi.' },
    ]);
  });
});
