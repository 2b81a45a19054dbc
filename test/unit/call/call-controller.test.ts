import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CallController } from '../../../src/call/call-controller.ts';
import { PUSH_TO_TALK_TAIL_MS } from '../../../src/call/push-to-talk.ts';
import { initialCallState, type CallState } from '../../../src/call/call-state.ts';
import { PREFETCH_SETTLE_MS } from '../../../src/call/prefetch-policy.ts';
import type { EarlierTurn } from '../../../src/call/call-context.ts';
import type { ServerEvent } from '../../../src/call/server-events.ts';
import { fakeCallDependencies } from './support/fake-call-dependencies.ts';

const PERSONA = { instructions: 'Be Jamie.', voice: 'marin', language: 'en', personaName: 'Jamie' } as const;

function setup(overrides: Partial<CallState> = {}) {
  let state: CallState = { ...initialCallState, ...overrides };
  const transcript: ServerEvent[] = [];
  const texts = new Map<string, string>();
  const cuts: Array<{ itemId: string; heard: string }> = [];
  const earlier: EarlierTurn[] = [];
  const fakes = fakeCallDependencies();
  const controller = new CallController(
    { get: () => state, set: (partial) => (state = { ...state, ...partial }) },
    {
      dispatch: (event) => void transcript.push(event),
      earlierTurns: () => earlier,
      lineText: (itemId) => texts.get(itemId),
      markCut: (itemId, heard) => void cuts.push({ itemId, heard }),
      reset: () => void (transcript.length = 0),
    },
    fakes.deps,
  );
  controller.configure(PERSONA);
  return { controller, state: () => state, fakes, transcript, texts, cuts, earlier };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('CallController', () => {
  it('sends the persona first, then asks for the opening line once, as soon as the call is up', async () => {
    const call = setup();
    await call.controller.start();
    expect(call.state().status).toBe('connected');
    call.fakes.transport().server({ type: 'session.created', session: { type: 'realtime', output_modalities: ['audio'] } });
    expect(call.fakes.transport().sent).toEqual([
      { type: 'session.update', session: { type: 'realtime', instructions: 'Be Jamie.', audio: { output: { voice: 'marin' } } } },
      { type: 'response.create' },
    ]);
    // The key carried no persona: editing it never needs a new one.
    expect(call.fakes.taken).toEqual([{ language: 'en', turnDetection: 'server_vad', outputModality: 'audio' }]);
    expect(call.state().outputModality.confirmed).toBe('audio');
    expect(call.transcript.map((event) => event.type)).toEqual(['session.created']);
  });

  it('never sends response.create while a response is active; a typed turn interrupts, then waits for response.done', async () => {
    const call = setup();
    await call.controller.start();
    const transport = call.fakes.transport();
    transport.server({ type: 'response.created', response: { id: 'resp_1' } });
    transport.server({ type: 'output_audio_buffer.started', response_id: 'resp_1' });
    expect(call.controller.sendText('  Can we start?  ')).toBe(true);
    expect(transport.sentTypes()).toEqual(['session.update', 'response.create', 'response.cancel', 'output_audio_buffer.clear', 'conversation.item.create']);
    transport.server({ type: 'response.done', response: { id: 'resp_1', status: 'cancelled' } });
    expect(transport.sentTypes().filter((type) => type === 'response.create')).toHaveLength(2);
    expect(call.controller.sendText('   ')).toBe(false);
  });

  it('ends the call at the first failed response for a model the key cannot use, with one fatal problem', async () => {
    const call = setup();
    await call.controller.start();
    const transport = call.fakes.transport();
    transport.server({ type: 'response.created', response: { id: 'resp_1' } });
    transport.server({
      type: 'response.done',
      response: { status: 'failed', status_details: { error: { code: 'model_not_found', message: 'The model `gpt-realtime` does not exist or you do not have access to it.' } } },
    });
    expect(call.state().status).toBe('failed');
    expect(call.state().problems).toEqual([expect.objectContaining({ code: 'model_not_found', fatal: true, count: 1 })]);
    expect(call.state().problems[0]!.message).toContain('gpt-realtime');
    expect(transport.closed).toBe(true);
    expect(call.fakes.mic().closed).toBe(true);
    expect(transport.sentTypes().filter((type) => type === 'response.create')).toHaveLength(1);
  });

  it('says nothing when Interrupt comes just as a reply ended (response_cancel_not_active)', async () => {
    const call = setup();
    await call.controller.start();
    call.fakes.transport().server({ type: 'error', error: { type: 'invalid_request_error', code: 'response_cancel_not_active', message: 'Cancellation failed: no active response found' } });
    expect(call.state().problems).toEqual([]);
    expect(call.state().status).toBe('connected');
  });

  it('push-to-talk: a tap clears; a held press keeps sending for the tail, then commits and asks for an answer', async () => {
    const call = setup({ turnMode: 'push_to_talk' });
    await call.controller.start();
    const transport = call.fakes.transport();
    expect(call.fakes.mic().gate.at(-1)).toBe(false);
    transport.server({ type: 'response.done', response: { status: 'completed' } });
    const before = transport.sentTypes().length;

    call.controller.pressToTalk();
    vi.advanceTimersByTime(60);
    call.controller.releaseToTalk();
    expect(transport.sentTypes().slice(before)).toEqual(['input_audio_buffer.clear', 'input_audio_buffer.clear']);
    expect(call.state().notice).toBe('push_to_talk_too_short');

    call.controller.pressToTalk();
    call.controller.pressToTalk(); // key repeat
    vi.advanceTimersByTime(900);
    call.controller.releaseToTalk();
    expect(transport.sentTypes().slice(before + 2)).toEqual(['input_audio_buffer.clear']);
    expect(call.fakes.mic().gate.at(-1)).toBe(true);
    vi.advanceTimersByTime(PUSH_TO_TALK_TAIL_MS);
    expect(transport.sentTypes().slice(before + 2)).toEqual(['input_audio_buffer.clear', 'input_audio_buffer.commit', 'response.create']);
    expect(call.fakes.mic().gate.at(-1)).toBe(false);
  });

  it('switches turn-taking and output with session.update, never with a model, and records them as requested', async () => {
    const call = setup();
    await call.controller.start();
    call.controller.setTurnMode('semantic_vad');
    call.controller.setOutputModality('text');
    const updates = call.fakes.transport().sent.filter((event) => event.type === 'session.update').slice(1);
    expect(updates).toEqual([
      { type: 'session.update', session: { type: 'realtime', audio: { input: { turn_detection: { type: 'semantic_vad', eagerness: 'auto', create_response: true, interrupt_response: true } } } } },
      { type: 'session.update', session: { type: 'realtime', output_modalities: ['text'] } },
    ]);
    expect(call.state().requestedSession?.sessionUpdate).toEqual({
      type: 'realtime',
      instructions: 'Be Jamie.',
      output_modalities: ['text'],
      audio: { input: { turn_detection: { type: 'semantic_vad', eagerness: 'auto', create_response: true, interrupt_response: true } }, output: { voice: 'marin' } },
    });
    expect(call.state().outputModality).toEqual({ requested: 'text', confirmed: null });
    call.fakes.transport().server({ type: 'session.updated', session: { type: 'realtime', output_modalities: ['text'] } });
    expect(call.state().outputModality.confirmed).toBe('text');
  });

  it('shows repeated non-fatal problems once with a count, and a lost connection or microphone once', async () => {
    const call = setup();
    await call.controller.start();
    const transport = call.fakes.transport();
    transport.handlers.onMalformed('{oops');
    transport.handlers.onMalformed('{oops');
    expect(call.state().problems).toEqual([expect.objectContaining({ code: 'malformed_event', count: 2 })]);
    expect(call.state().status).toBe('connected');

    call.fakes.mic().unplug();
    transport.handlers.onLost('disconnected');
    expect(call.state().status).toBe('failed');
    expect(call.state().problems.map((problem) => problem.code)).toEqual(['malformed_event', 'mic:ended']);
    expect(call.state().problems[1]).toMatchObject({ canReconnect: true });
  });

  it('a channel that closes at the 60-minute limit gets the session-limit message, not "connection dropped"', async () => {
    const call = setup();
    await call.controller.start();
    call.fakes.transport().elapsedMs = 60 * 60 * 1000 - 2_000;
    call.fakes.transport().handlers.onLost('channel-closed');
    expect(call.state().problems).toEqual([expect.objectContaining({ code: 'session_expired', canReconnect: true })]);
  });

  it('End while the permission prompt is open closes the microphone that arrives later and attaches nothing', async () => {
    const call = setup();
    call.fakes.holdMicrophone();
    const starting = call.controller.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(call.state().status).toBe('connecting');
    call.controller.end();
    expect(call.state().status).toBe('ended');
    call.fakes.grantMicrophone();
    await starting;
    expect(call.fakes.mic().closed).toBe(true);
    expect(call.fakes.mic().gate).toEqual([true]);
    expect(call.fakes.transport().closed).toBe(true);
    expect(call.state().status).toBe('ended');
    expect(call.state().problems).toEqual([]);
  });

  it('a reply cut off after response.done is marked with the part heard, estimated from this call’s speaking rate', async () => {
    const call = setup();
    await call.controller.start();
    const transport = call.fakes.transport();
    const play = (responseId: string, itemId: string, text: string, ms: number, end: 'stopped' | 'cleared') => {
      call.texts.set(itemId, text);
      transport.server({ type: 'response.output_item.added', response_id: responseId, output_index: 0, item: { id: itemId, type: 'message', role: 'assistant', content: [] } });
      transport.server({ type: 'response.done', response: { id: responseId, status: 'completed' } });
      transport.server({ type: 'output_audio_buffer.started', response_id: responseId });
      call.fakes.clock.now += ms;
      transport.server({ type: `output_audio_buffer.${end}`, response_id: responseId });
    };
    // 20 characters in 2 s: this persona says 10 characters a second.
    play('resp_1', 'item_1', 'abcde fghij klmno pq', 2_000, 'stopped');
    expect(call.cuts).toEqual([]);
    play('resp_2', 'item_2', 'One two three four five six seven', 1_000, 'cleared');
    expect(call.cuts).toEqual([{ itemId: 'item_2', heard: 'One two' }]);
    expect(transport.sent.at(-1)).toEqual({ type: 'conversation.item.truncate', item_id: 'item_2', content_index: 0, audio_end_ms: 1_000 });
  });

  it('Reconnect carries the conversation on: the earlier turns go in before the first response, and the persona does not open again', async () => {
    const call = setup();
    call.earlier.push({ speaker: 'assistant', text: 'Welcome. Sit down.' }, { speaker: 'user', text: 'Thank you.' });
    await call.controller.reconnect();
    const sent = call.fakes.transport().sent;
    expect(sent.map((event) => event.type)).toEqual(['session.update', 'conversation.item.create', 'conversation.item.create', 'response.create']);
    const update = sent[0] as { session: { instructions: string } };
    expect(update.session.instructions).toMatch(/^Be Jamie\./);
    expect(update.session.instructions).toMatch(/Do not greet the user or say your opening line again/);
    expect(sent[1]).toMatchObject({ item: { role: 'assistant', content: [{ type: 'output_text', text: 'Welcome. Sit down.' }] } });
    expect(sent[2]).toMatchObject({ item: { role: 'user', content: [{ type: 'input_text', text: 'Thank you.' }] } });
  });

  it('fetches the key once the persona settles; the key request carries no persona, so edits share it', async () => {
    const call = setup();
    for (let edit = 0; edit < 5; edit++) {
      call.controller.configure({ ...PERSONA, instructions: `Be Jamie, edit ${edit}.`, voice: edit % 2 ? 'cedar' : 'marin' });
      vi.advanceTimersByTime(PREFETCH_SETTLE_MS / 2);
    }
    expect(call.fakes.prefetched).toEqual([]);
    vi.advanceTimersByTime(PREFETCH_SETTLE_MS);
    expect(call.fakes.prefetched).toEqual([{ language: 'en', turnDetection: 'server_vad', outputModality: 'audio' }]);
    // Start still calls the latest persona.
    await call.controller.start();
    expect(call.fakes.transport().sent[0]).toEqual({
      type: 'session.update',
      session: { type: 'realtime', instructions: 'Be Jamie, edit 4.', audio: { output: { voice: 'marin' } } },
    });
  });
});
