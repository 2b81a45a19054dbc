import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALLER_LINES, REPLY_BANK } from '../../stand-ins/openai-realtime/reply-bank.ts';
import { startRealtimeStandin, type RealtimeStandin } from '../../stand-ins/openai-realtime/standin.ts';
import type { FakeBrowserPeer } from './fake-browser-peer.ts';
import { MIC, connectedPeer, sleep, type ResponseDone } from './standin-calls.ts';

let standin: RealtimeStandin;
const peers: FakeBrowserPeer[] = [];

beforeAll(async () => {
  standin = await startRealtimeStandin();
});
afterAll(async () => {
  await Promise.all(peers.map((p) => p.close()));
  await standin.close();
});

/** Instructions shaped like a compiled persona: English headings, a Korean character and opening line. */
const KOREAN_PERSONA = [
  '# Role',
  'You are 박말순, 74 years old, 부산 시장에서 생선을 파는 할머니.',
  '# Language',
  'Speak only Korean (한국어), even if the user switches to another language.',
  '# Start',
  'Opening line (say this first, word for word): "어서 와요. 오늘 고등어 좋아요."',
].join('\n');

describe('a persona that speaks Korean', () => {
  it('opens with its line, then answers in Korean with the audio of each reply, and hears the caller in Korean', async () => {
    const peer = await connectedPeer(standin, peers, {
      model: 'gpt-realtime',
      instructions: KOREAN_PERSONA,
      audio: { input: { transcription: { model: 'gpt-4o-mini-transcribe', language: 'ko' } } },
    });
    peer.streamSilence();
    peer.send({ type: 'response.create' });
    const opening = (await peer.waitForEvent((e) => e.type === 'response.done', 5000)) as ResponseDone;
    expect(opening.response.output[0]?.content[0]?.transcript).toBe('어서 와요. 오늘 고등어 좋아요.');
    expect(standin.responses(peer.callId ?? '')[0]?.fixture).toMatch(/^reply-ko-/);

    // A caller turn by push-to-talk: the transcript is a Korean caller line.
    peer.send({ type: 'session.update', session: { type: 'realtime', audio: { input: { turn_detection: null } } } });
    await peer.waitForEvent((e) => e.type === 'session.updated');
    peer.send({ type: 'output_audio_buffer.clear' });
    peer.send({ type: 'input_audio_buffer.clear' });
    peer.streamWav(MIC, { startMs: 3000 });
    await sleep(400);
    const from = peer.events.length;
    peer.send({ type: 'input_audio_buffer.commit' });
    const heard = await peer.waitForEvent((e) => e.type === 'conversation.item.input_audio_transcription.completed', 2000, from);
    expect(CALLER_LINES.ko).toContain(heard.transcript);
    peer.streamSilence();

    const replies: string[] = [];
    for (let turn = 0; turn < REPLY_BANK.ko.length; turn++) {
      const at = peer.events.length;
      peer.send({ type: 'response.create' });
      const done = (await peer.waitForEvent((e) => e.type === 'response.done', 5000, at)) as ResponseDone;
      replies.push(done.response.output[0]?.content[0]?.transcript ?? '');
      peer.send({ type: 'output_audio_buffer.clear' });
      await peer.waitForEvent((e) => e.type === 'output_audio_buffer.cleared', 2000, at);
    }
    // Every bank reply once, in Korean, each with the fixture made from exactly its text.
    expect(new Set(replies)).toEqual(new Set(REPLY_BANK.ko.map((r) => r.text)));
    const records = standin.responses(peer.callId ?? '').slice(1);
    for (const r of records) expect(REPLY_BANK.ko).toContainEqual({ text: r.text, audio: r.fixture });
    expect(standin.schemaViolations).toEqual([]);
  }, 15_000);

  it('an English persona answers in English even when its caller is transcribed in Korean', async () => {
    const peer = await connectedPeer(standin, peers, {
      model: 'gpt-realtime',
      instructions: 'You are a barista.\nSpeak only English, even if the user switches to another language.',
      audio: { input: { transcription: { model: 'gpt-4o-mini-transcribe', language: 'ko' } } },
    });
    peer.streamSilence();
    peer.send({ type: 'response.create' });
    const done = (await peer.waitForEvent((e) => e.type === 'response.done', 5000)) as ResponseDone;
    expect(REPLY_BANK.en.map((r) => r.text)).toContain(done.response.output[0]?.content[0]?.transcript);
  }, 10_000);
});
