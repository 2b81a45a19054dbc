import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FRAME_MS, encodedFixture } from '../../stand-ins/openai-realtime/opus-audio.ts';
import { CALLER_LINES, REPLY_BANK } from '../../stand-ins/openai-realtime/reply-bank.ts';
import { startRealtimeStandin, type RealtimeStandin } from '../../stand-ins/openai-realtime/standin.ts';
import type { FakeBrowserPeer, ServerEvent } from './fake-browser-peer.ts';
import { MIC, SPEECH_LEAD_IN_MS, connectedPeer as connect, indexOf, type ResponseDone } from './standin-calls.ts';

type SessionEvent = ServerEvent & { session: { output_modalities: string[]; audio: { input: { turn_detection: unknown } } } };

let standin: RealtimeStandin;
const peers: FakeBrowserPeer[] = [];
const connectedPeer = (session: Record<string, unknown>) => connect(standin, peers, session);

beforeAll(async () => {
  standin = await startRealtimeStandin();
});

afterAll(async () => {
  await Promise.all(peers.map((p) => p.close()));
  await standin.close();
});

describe('a call over WebRTC with the stand-in', () => {
  it('hears a spoken turn and answers with events in the real order and real audio', async () => {
    const peer = await connectedPeer({
      model: 'gpt-realtime',
      instructions: 'You interview the caller.',
      audio: { input: { transcription: { model: 'gpt-4o-mini-transcribe', language: 'en' } }, output: { voice: 'marin' } },
    });
    expect(peer.callId).toMatch(/^rtc_/);
    const created = peer.events[0] as SessionEvent;
    expect(created.type).toBe('session.created');
    expect(created.session).toMatchObject({ model: 'gpt-realtime', instructions: 'You interview the caller.', audio: { output: { voice: 'marin' } } });

    peer.streamWav(MIC, { startMs: SPEECH_LEAD_IN_MS });
    const done = await peer.waitForEvent((e) => e.type === 'response.done', 15_000);
    await peer.waitForEvent((e) => e.type === 'output_audio_buffer.stopped', 6000);
    const ev = peer.events;
    const order = [
      'input_audio_buffer.speech_started', 'input_audio_buffer.speech_stopped', 'input_audio_buffer.committed',
      'conversation.item.added', 'conversation.item.done', 'response.created', 'response.output_item.added',
      'conversation.item.added', 'response.content_part.added', 'output_audio_buffer.started',
      'response.output_audio_transcript.delta', 'response.output_audio_transcript.done', 'response.content_part.done',
      'response.output_item.done', 'conversation.item.done', 'response.done', 'rate_limits.updated', 'output_audio_buffer.stopped',
    ];
    let at = 0;
    for (const type of order) at = indexOf(ev, type, at) + 1;

    const started = ev.find((e) => e.type === 'input_audio_buffer.speech_started') as ServerEvent & { audio_start_ms: number; item_id: string };
    const stopped = ev.find((e) => e.type === 'input_audio_buffer.speech_stopped') as ServerEvent & { audio_end_ms: number; item_id: string };
    expect(stopped.item_id).toBe(started.item_id);
    // The speech in the fixture lasts about 4 s.
    expect(stopped.audio_end_ms - started.audio_start_ms).toBeGreaterThan(3000);
    expect(stopped.audio_end_ms - started.audio_start_ms).toBeLessThan(6500);

    const userTranscript = ev.find((e) => e.type === 'conversation.item.input_audio_transcription.completed') as ServerEvent & { transcript: string; usage: { type: string } };
    expect(CALLER_LINES.en).toContain(userTranscript.transcript);
    expect(userTranscript.usage.type).toBe('tokens');

    const deltas = ev.filter((e) => e.type === 'response.output_audio_transcript.delta').map((e) => e.delta as string).join('');
    const reply = REPLY_BANK.en.find((r) => r.text === deltas);
    expect(reply).toBeDefined(); // an English reply from the bank, for an English persona
    const response = (done as ResponseDone).response;
    expect(response.status).toBe('completed');
    expect(response.output[0]?.content).toEqual([{ type: 'output_audio', transcript: reply?.text }]);
    expect(response.usage.input_token_details.audio_tokens).toBeGreaterThan(20);
    expect(response.usage.output_token_details.audio_tokens).toBeGreaterThan(40);

    // Generated faster than real time: response.done right after the audio starts, the audio played out after it.
    const time = (type: string) => peer.eventTimes[indexOf(ev, type, indexOf(ev, 'response.created'))] as number;
    const audio = encodedFixture(reply?.audio ?? '');
    expect(time('response.done') - time('output_audio_buffer.started')).toBeLessThan(500);
    expect(time('output_audio_buffer.stopped') - time('output_audio_buffer.started')).toBeGreaterThan(audio.durationMs - 300);
    expect(peer.audioPacketsReceived).toBeGreaterThan(audio.packets.length * 0.9);
    expect(standin.responses(peer.callId ?? '')).toEqual([
      expect.objectContaining({
        responseId: response.id, status: 'completed', text: reply?.text, fixture: reply?.audio, audioEnd: 'stopped',
        audioGeneratedMs: audio.packets.length * FRAME_MS, audioSentMs: audio.packets.length * FRAME_MS,
      }),
    ]);
    expect(new Set(ev.map((e) => e.event_id)).size).toBe(ev.length);
    const info = standin.calls().find((c) => c.id === peer.callId);
    expect(info).toMatchObject({ state: 'connected', speechTurns: 1 });
    expect(info?.inputAudioMs).toBeGreaterThan(4000);
    expect(standin.schemaViolations).toEqual([]);

    standin.dropCall(peer.callId ?? undefined);
    const sentBefore = standin.sent.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(standin.calls().find((c) => c.id === peer.callId)?.state).toBe('closed');
    expect(standin.sent.length).toBe(sentBefore);
    // No goodbye reached the caller: its side still believes the call is up.
    expect(peer.pc.connectionState).toBe('connected');
  }, 20_000);

  it('plays push-to-talk, text output and the real in-session errors', async () => {
    const peer = await connectedPeer({ model: 'gpt-realtime-mini' });
    peer.streamSilence();
    peer.send({ type: 'session.update', session: { type: 'realtime', model: 'gpt-realtime-mini', output_modalities: ['text'], audio: { input: { turn_detection: null, noise_reduction: null } } } });
    const updated = (await peer.waitForEvent((e) => e.type === 'session.updated')) as SessionEvent;
    expect(updated.session.audio.input.turn_detection).toBeNull();
    expect(updated.session.output_modalities).toEqual(['text']);

    let from = peer.events.length;
    peer.send({ type: 'input_audio_buffer.clear' });
    await peer.waitForEvent((e) => e.type === 'input_audio_buffer.cleared', 2000, from);
    peer.send({ type: 'input_audio_buffer.commit', event_id: 'evt_short' });
    const tooShort = await peer.waitForEvent((e) => e.type === 'error', 2000, from);
    expect(tooShort.error).toMatchObject({ type: 'invalid_request_error', code: 'input_audio_buffer_commit_empty', event_id: 'evt_short' });
    expect((tooShort.error as { message: string }).message).toMatch(
      /^Error committing input audio buffer: buffer too small\. Expected at least 100ms of audio, but buffer only has \d+\.\d\dms of audio\.$/,
    );

    await new Promise((resolve) => setTimeout(resolve, 300));
    from = peer.events.length;
    peer.send({ type: 'input_audio_buffer.commit' });
    await peer.waitForEvent((e) => e.type === 'conversation.item.done', 2000, from);
    peer.send({ type: 'response.create' });
    const textDone = (await peer.waitForEvent((e) => e.type === 'response.done', 5000, from)) as ResponseDone;
    expect(textDone.response.status).toBe('completed');
    expect(textDone.response.output[0]?.content[0]?.type).toBe('output_text');
    const types = peer.events.slice(from).map((e) => e.type);
    expect(types).toContain('response.output_text.delta');
    expect(types).not.toContain('output_audio_buffer.started');

    from = peer.events.length;
    peer.send({ type: 'session.update', event_id: 'evt_no_type', session: { instructions: 'x' } });
    const missingType = await peer.waitForEvent((e) => e.type === 'error', 2000, from);
    expect(missingType.error).toEqual({
      type: 'invalid_request_error', code: 'missing_required_parameter', message: "Missing required parameter: 'session.type'.", param: 'session.type', event_id: 'evt_no_type',
    });
    from = peer.events.length;
    peer.send({ type: 'session.update', session: { type: 'realtime', model: 'gpt-realtime-2' } });
    expect((await peer.waitForEvent((e) => e.type === 'error', 2000, from)).error).toMatchObject({ param: 'session.model' });
    from = peer.events.length;
    peer.channel.send('{not json');
    expect((await peer.waitForEvent((e) => e.type === 'error', 2000, from)).error).toMatchObject({ code: 'invalid_event' });
    expect(standin.schemaViolations).toHaveLength(1); // the session.update without type
    standin.schemaViolations.length = 0;
  }, 20_000);

  it('fails every response with model_not_found when the account cannot use the model', async () => {
    const peer = await connectedPeer({ model: 'gpt-4o-realtime-preview' });
    for (let turn = 0; turn < 2; turn++) {
      const from = peer.events.length;
      peer.send({ type: 'response.create' });
      const done = (await peer.waitForEvent((e) => e.type === 'response.done', 3000, from)) as ResponseDone;
      expect(done.response.status).toBe('failed');
      expect(done.response.status_details).toEqual({
        type: 'failed',
        error: { type: 'invalid_request_error', code: 'model_not_found', message: 'The model `gpt-4o-realtime-preview` does not exist or you do not have access to it.' },
      });
    }
    expect(peer.audioPacketsReceived).toBe(0);
    expect(standin.schemaViolations).toEqual([]);
  }, 10_000);
});
