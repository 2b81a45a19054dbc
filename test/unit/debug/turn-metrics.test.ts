import { describe, expect, it } from 'vitest';
import type { TappedEvent } from '../../../src/call/event-tap';
import {
  INITIAL_TURN_METRICS,
  parseUsage,
  reduceTurnMetrics,
  sessionTotals,
  SESSION_CAP_MS,
  turnCostUsd,
  turnDurationMs,
  turnLatencyMs,
} from '../../../src/debug/turn-metrics';
import { clientTapped, serverTapped } from './tapped-events';

const server = serverTapped;
const client = clientTapped;

const usage = {
  total_tokens: 253,
  input_tokens: 132,
  output_tokens: 121,
  input_token_details: { text_tokens: 119, audio_tokens: 13, image_tokens: 0, cached_tokens: 64, cached_tokens_details: { text_tokens: 64, audio_tokens: 0, image_tokens: 0 } },
  output_token_details: { text_tokens: 30, audio_tokens: 91 },
};

const run = (events: TappedEvent[]) => events.reduce(reduceTurnMetrics, INITIAL_TURN_METRICS);

describe('turn metrics', () => {
  it('measures a spoken turn: speech end → first audio, created → audio stopped, usage', () => {
    const state = run([
      server(100, { type: 'session.created', session: { model: 'gpt-realtime-1.5' } }),
      server(1_000, { type: 'input_audio_buffer.speech_started' }),
      server(2_000, { type: 'input_audio_buffer.speech_stopped' }),
      server(2_100, { type: 'response.created', response: { id: 'r1' } }),
      server(2_450, { type: 'output_audio_buffer.started', response_id: 'r1' }),
      server(3_000, { type: 'response.done', response: { id: 'r1', status: 'completed', usage } }),
      server(4_100, { type: 'output_audio_buffer.stopped', response_id: 'r1' }),
    ]);
    const [turn] = state.turns;
    expect(state.turns).toHaveLength(1);
    expect(turn?.trigger).toBe('speech');
    expect(turnLatencyMs(turn!)).toBe(450);
    expect(turnDurationMs(turn!)).toBe(2_000);
    expect(turn?.tokens).toMatchObject({ inputText: 119, inputAudio: 13, cachedText: 64, outputText: 30, outputAudio: 91 });
    // (119-64)×4 + 64×0.4 + 13×32 + 30×16 + 91×64, per million
    expect(turnCostUsd(turn!, state.model)).toBeCloseTo((55 * 4 + 64 * 0.4 + 13 * 32 + 30 * 16 + 91 * 64) / 1e6, 10);
  });

  it('measures a typed turn in text mode from the send to the first text delta', () => {
    const state = run([
      client(500, { type: 'conversation.item.create', item: { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'hi' }] } }),
      client(510, { type: 'response.create' }),
      server(600, { type: 'response.created', response: { id: 'r2' } }),
      server(900, { type: 'response.output_text.delta', response_id: 'r2', delta: 'Hi' }),
      server(950, { type: 'response.output_text.delta', response_id: 'r2', delta: '!' }),
      server(1_200, { type: 'response.done', response: { id: 'r2', status: 'completed', usage } }),
    ]);
    const [turn] = state.turns;
    expect(turn?.trigger).toBe('typed');
    expect(turnLatencyMs(turn!)).toBe(400);
    expect(turn?.firstOutputKind).toBe('text');
    expect(turnDurationMs(turn!)).toBe(600);
  });

  it('uses a push-to-talk commit as the end of speech, and keeps failed responses', () => {
    const state = run([
      client(100, { type: 'input_audio_buffer.commit' }),
      server(200, { type: 'response.created', response: { id: 'r3' } }),
      server(300, { type: 'response.done', response: { id: 'r3', status: 'failed', status_details: { error: { code: 'model_not_found' } } } }),
    ]);
    expect(state.turns[0]).toMatchObject({ trigger: 'commit', status: 'failed', firstOutputAtMs: null, tokens: null });
  });

  it('a response without a user turn (the greeting) has no latency', () => {
    const state = run([server(10, { type: 'response.created', response: { id: 'g' } }), server(40, { type: 'output_audio_buffer.started', response_id: 'g' })]);
    expect(turnLatencyMs(state.turns[0]!)).toBeNull();
  });

  it('starts over on a new session and totals tokens, cost and time left', () => {
    const state = run([
      server(0, { type: 'response.created', response: { id: 'old' } }),
      server(1_000, { type: 'session.created', session: { model: 'unknown-model' } }),
      server(2_000, { type: 'response.done', response: { id: 'a', status: 'completed', usage } }),
      server(3_000, { type: 'response.done', response: { id: 'b', status: 'completed', usage } }),
    ]);
    const totals = sessionTotals(state, 61_000);
    expect(totals.turns).toBe(2);
    expect(totals.tokens.outputAudio).toBe(182);
    expect(totals.costUsd).toBeNull();
    expect(totals.remainingMs).toBe(SESSION_CAP_MS - 60_000);
    expect(sessionTotals(state, 61_000, 'gpt-realtime-mini').costUsd).toBeGreaterThan(0);
  });

  it('reads usage without a cached split', () => {
    expect(parseUsage({ input_token_details: { text_tokens: 10, audio_tokens: 5, cached_tokens: 12 } })).toMatchObject({
      cachedText: 10,
      cachedAudio: 2,
    });
    expect(parseUsage(undefined)).toBeNull();
  });
});
