import { expect } from 'vitest';
import type { RealtimeStandin } from '../../stand-ins/openai-realtime/standin.ts';
import { FakeBrowserPeer, type ServerEvent } from './fake-browser-peer.ts';

export const MIC = new URL('../../fixtures/mic-en.wav', import.meta.url).pathname;
/** mic-en.wav starts with 3 s of silence; start just before the speech to keep a test short. */
export const SPEECH_LEAD_IN_MS = 2500;

export interface ResponseShape {
  id: string;
  status: string;
  status_details: unknown;
  output: Array<{ id: string; content: Array<{ type: string; transcript?: string; text?: string }> }>;
  usage: { input_token_details: { audio_tokens: number }; output_token_details: { audio_tokens: number } };
}
export type ResponseDone = ServerEvent & { response: ResponseShape };

export async function mintKey(standin: RealtimeStandin, session: Record<string, unknown>): Promise<string> {
  const res = await fetch(`${standin.baseUrl}/realtime/client_secrets`, {
    method: 'POST',
    headers: { Authorization: 'Bearer sk-test-call', 'Content-Type': 'application/json' },
    body: JSON.stringify({ session: { type: 'realtime', ...session } }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { value: string }).value;
}

/** A connected fake browser that has seen `session.created`; closed by `closeAll`. */
export async function connectedPeer(standin: RealtimeStandin, peers: FakeBrowserPeer[], session: Record<string, unknown>): Promise<FakeBrowserPeer> {
  const peer = new FakeBrowserPeer();
  peers.push(peer);
  const failure = await peer.connect(standin.callsUrl, await mintKey(standin, session));
  expect(failure).toBeNull();
  await peer.waitForEvent((e) => e.type === 'session.created', 5000);
  return peer;
}

export function indexOf(events: ServerEvent[], type: string, from = 0): number {
  const index = events.findIndex((e, i) => i >= from && e.type === type);
  if (index < 0) throw new Error(`no ${type} after #${from}; got ${events.slice(from).map((e) => e.type).join(', ')}`);
  return index;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
