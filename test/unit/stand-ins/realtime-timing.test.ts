import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startRealtimeStandin, type RealtimeStandin, type ResponseRecord } from '../../stand-ins/openai-realtime/standin.ts';
import type { FakeBrowserPeer, ServerEvent } from './fake-browser-peer.ts';
import { MIC, connectedPeer as connect, sleep, type ResponseDone } from './standin-calls.ts';

/** The real API's timing: generation is fast, the audio is paced, and only a clear (or barge-in) stops the audio. */
let standin: RealtimeStandin;
const peers: FakeBrowserPeer[] = [];
/** A long reply (reply-ko-1, about 6 s), so its audio is still playing when each step runs. */
const LONG_REPLY = { replies: [{ text: '안녕하세요. 오늘 면접에 와 주셔서 감사합니다. 시작할까요?', audio: 'reply-ko-1' }] };

beforeAll(async () => {
  standin = await startRealtimeStandin({ script: LONG_REPLY });
});
beforeEach(() => {
  standin.setGenerationDelayMs(40);
});
afterAll(async () => {
  await Promise.all(peers.map((p) => p.close()));
  await standin.close();
});

async function quietPeer(): Promise<FakeBrowserPeer> {
  const peer = await connect(standin, peers, { model: 'gpt-realtime', instructions: 'You interview the caller.' });
  peer.streamSilence();
  return peer;
}

const record = (peer: FakeBrowserPeer, responseId: string): ResponseRecord | undefined =>
  standin.responses(peer.callId ?? '').find((r) => r.responseId === responseId);

const typesFrom = (peer: FakeBrowserPeer, from: number): string[] => peer.events.slice(from).map((e) => e.type);

async function replyDone(peer: FakeBrowserPeer, from: number): Promise<ResponseDone> {
  return (await peer.waitForEvent((e) => e.type === 'response.done', 5000, from)) as ResponseDone;
}

describe('response timing like the real API', () => {
  it('a cancel after response.done is refused and leaves the audio playing; output_audio_buffer.clear cuts it', async () => {
    const peer = await quietPeer();
    const from = peer.events.length;
    peer.send({ type: 'response.create' });
    const done = await replyDone(peer, from);
    expect(done.response.status).toBe('completed');
    expect(done.response.output[0]?.content[0]?.transcript).toBe(LONG_REPLY.replies[0]?.text);
    expect(typesFrom(peer, from)).not.toContain('output_audio_buffer.stopped');

    peer.send({ type: 'response.cancel', event_id: 'evt_late_cancel' });
    const refused = await peer.waitForEvent((e) => e.type === 'error', 2000, from);
    expect(refused.error).toEqual({
      type: 'invalid_request_error', code: 'response_cancel_not_active', message: 'Cancellation failed: no active response found', param: null, event_id: 'evt_late_cancel',
    });
    const packetsAtCancel = peer.audioPacketsReceived;
    await sleep(600);
    expect(peer.audioPacketsReceived - packetsAtCancel).toBeGreaterThan(20); // still playing

    const clearFrom = peer.events.length;
    peer.send({ type: 'output_audio_buffer.clear' });
    const cleared = await peer.waitForEvent((e) => e.type === 'output_audio_buffer.cleared', 2000, clearFrom);
    expect(cleared.response_id).toBe(done.response.id);
    await sleep(150);
    const packetsAtClear = peer.audioPacketsReceived;
    await sleep(300);
    expect(peer.audioPacketsReceived).toBe(packetsAtClear);
    const heard = record(peer, done.response.id);
    expect(heard).toMatchObject({ status: 'completed', audioEnd: 'cleared', fixture: 'reply-ko-1' });
    expect(heard?.audioSentMs).toBeGreaterThan(600);
    expect(heard?.audioSentMs).toBeLessThan((heard?.audioGeneratedMs ?? 0) - 2000);
    expect(typesFrom(peer, from)).not.toContain('output_audio_buffer.stopped');

    // The client tells the server what was heard: the item keeps that much audio.
    const truncateFrom = peer.events.length;
    const itemId = done.response.output[0]?.id ?? '';
    peer.send({ type: 'conversation.item.truncate', item_id: itemId, content_index: 0, audio_end_ms: 60_000, event_id: 'evt_too_long' });
    const tooLong = await peer.waitForEvent((e) => e.type === 'error', 2000, truncateFrom);
    expect(tooLong.error).toMatchObject({ code: 'invalid_value', event_id: 'evt_too_long', message: `Audio content of ${heard?.audioGeneratedMs}ms is already shorter than 60000ms` });
    peer.send({ type: 'conversation.item.truncate', item_id: itemId, content_index: 0, audio_end_ms: heard?.audioSentMs });
    const truncated = await peer.waitForEvent((e) => e.type === 'conversation.item.truncated', 2000, truncateFrom);
    expect(truncated).toMatchObject({ item_id: itemId, content_index: 0, audio_end_ms: heard?.audioSentMs });
    expect(record(peer, done.response.id)?.truncatedAtMs).toBe(heard?.audioSentMs);
    expect(standin.schemaViolations).toEqual([]);
  }, 15_000);

  it('a cancel while generating ends the response as cancelled; what was generated still plays out', async () => {
    standin.setGenerationDelayMs(3000);
    const peer = await quietPeer();
    const from = peer.events.length;
    peer.send({ type: 'response.create' });
    await peer.waitForEvent((e) => e.type === 'output_audio_buffer.started', 2000, from);
    peer.send({ type: 'response.create', event_id: 'evt_second' });
    const busy = await peer.waitForEvent((e) => e.type === 'error', 2000, from);
    expect(busy.error).toMatchObject({ code: 'conversation_already_has_active_response', event_id: 'evt_second' });
    expect((busy.error as { message: string }).message).toMatch(/^Conversation already has an active response in progress: resp_\w+\. Wait until the response is finished before creating a new one\.$/);
    await sleep(900);
    peer.send({ type: 'response.cancel' });
    const cancelled = await replyDone(peer, from);
    expect(cancelled.response.status).toBe('cancelled');
    expect(cancelled.response.status_details).toEqual({ type: 'cancelled', reason: 'client_cancelled' });
    const partial = cancelled.response.output[0]?.content[0]?.transcript ?? '';
    expect(partial.length).toBeGreaterThan(0);
    expect(LONG_REPLY.replies[0]?.text.startsWith(partial)).toBe(true);
    expect(partial.length).toBeLessThan(LONG_REPLY.replies[0]?.text.length ?? 0);

    // About 30 % of the audio was generated: that part plays to its end, then the buffer stops (no clear).
    await peer.waitForEvent((e) => e.type === 'output_audio_buffer.stopped', 4000, from);
    expect(typesFrom(peer, from)).not.toContain('output_audio_buffer.cleared');
    const heard = record(peer, cancelled.response.id);
    expect(heard).toMatchObject({ status: 'cancelled', cancelReason: 'client_cancelled', audioEnd: 'stopped', text: partial });
    expect(heard?.audioSentMs).toBe(heard?.audioGeneratedMs);
    expect(heard?.audioGeneratedMs).toBeGreaterThan(1000);
    expect(heard?.audioGeneratedMs).toBeLessThan(4000);

    peer.send({ type: 'response.cancel', event_id: 'evt_cancel_again' });
    const notActive = await peer.waitForEvent((e) => e.type === 'error' && (e.error as { code: string }).code === 'response_cancel_not_active', 2000, from);
    expect((notActive.error as { event_id: string }).event_id).toBe('evt_cancel_again');
    expect(standin.schemaViolations).toEqual([]);
  }, 15_000);

  it('barge-in while generating: response.done cancelled (turn_detected), then output_audio_buffer.cleared', async () => {
    standin.setGenerationDelayMs(5000);
    const peer = await quietPeer();
    const from = peer.events.length;
    peer.send({ type: 'response.create' });
    await peer.waitForEvent((e) => e.type === 'output_audio_buffer.started', 2000, from);
    peer.streamWav(MIC, { startMs: 2800 });
    const interrupted = await replyDone(peer, from);
    expect(interrupted.response.status_details).toEqual({ type: 'cancelled', reason: 'turn_detected' });
    await peer.waitForEvent((e) => e.type === 'output_audio_buffer.cleared', 2000, from);
    const types = typesFrom(peer, from);
    expect(types.indexOf('input_audio_buffer.speech_started')).toBeLessThan(types.indexOf('response.done'));
    expect(types.indexOf('response.done')).toBeLessThan(types.indexOf('output_audio_buffer.cleared'));
    expect(record(peer, interrupted.response.id)).toMatchObject({ status: 'cancelled', cancelReason: 'turn_detected', audioEnd: 'cleared' });
    peer.streamSilence();
    expect(standin.schemaViolations).toEqual([]);
  }, 15_000);

  it('barge-in after response.done: no second response.done, the audio is cleared', async () => {
    const peer = await quietPeer();
    const from = peer.events.length;
    peer.send({ type: 'response.create' });
    const done = await replyDone(peer, from);
    peer.streamWav(MIC, { startMs: 2800 });
    const speech = await peer.waitForEvent((e) => e.type === 'input_audio_buffer.speech_started', 3000, from);
    const cleared = await peer.waitForEvent((e) => e.type === 'output_audio_buffer.cleared', 2000, from);
    expect(peer.events.indexOf(speech)).toBeLessThan(peer.events.indexOf(cleared));
    expect(cleared.response_id).toBe(done.response.id);
    const between = peer.events.slice(peer.events.indexOf(done) + 1, peer.events.indexOf(cleared));
    expect(between.filter((e: ServerEvent) => e.type === 'response.done')).toEqual([]);
    const heard = record(peer, done.response.id);
    expect(heard).toMatchObject({ status: 'completed', audioEnd: 'cleared' });
    expect(heard?.audioSentMs).toBeLessThan(heard?.audioGeneratedMs ?? 0);
    peer.streamSilence();
    expect(standin.schemaViolations).toEqual([]);
  }, 15_000);
});
