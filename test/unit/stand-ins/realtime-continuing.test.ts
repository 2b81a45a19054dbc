import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPLY_BANK } from '../../stand-ins/openai-realtime/reply-bank.ts';
import { startRealtimeStandin, type RealtimeStandin } from '../../stand-ins/openai-realtime/standin.ts';
import type { FakeBrowserPeer } from './fake-browser-peer.ts';
import { connectedPeer, type ResponseDone } from './standin-calls.ts';

let standin: RealtimeStandin;
const peers: FakeBrowserPeer[] = [];

beforeAll(async () => {
  standin = await startRealtimeStandin();
});
afterAll(async () => {
  await Promise.all(peers.map((p) => p.close()));
  await standin.close();
});

const OPENING = 'Good morning, take a seat.';
const PERSONA = `You are a recruiter.\nOpening line (say this first, word for word): "${OPENING}"`;

function firstTranscript(done: ResponseDone): string | undefined {
  return done.response.output[0]?.content[0]?.transcript;
}

describe('a session that is given earlier turns before its first response', () => {
  it('carries on with a reply from its bank instead of the opening line', async () => {
    const peer = await connectedPeer(standin, peers, { model: 'gpt-realtime', instructions: PERSONA });
    peer.streamSilence();
    peer.send({
      type: 'conversation.item.create',
      item: { id: 'ctx_1_0', type: 'message', role: 'assistant', content: [{ type: 'output_text', text: OPENING }] },
    });
    peer.send({ type: 'response.create' });
    const reply = (await peer.waitForEvent((e) => e.type === 'response.done', 5000)) as ResponseDone;
    expect(firstTranscript(reply)).not.toBe(OPENING);
    expect(REPLY_BANK.en.map((line) => line.text)).toContain(firstTranscript(reply));
    expect(standin.schemaViolations).toEqual([]);
  });

  it('still opens with its line when the conversation is empty', async () => {
    const peer = await connectedPeer(standin, peers, { model: 'gpt-realtime', instructions: PERSONA });
    peer.streamSilence();
    peer.send({ type: 'response.create' });
    const opening = (await peer.waitForEvent((e) => e.type === 'response.done', 5000)) as ResponseDone;
    expect(firstTranscript(opening)).toBe(OPENING);
  });
});
